using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Test oracle independent of the solver: writes generators as coefficient vectors over (component, monomial) by
/// expanding their components, and compares the spans of two lists by exact rank.
/// </summary>
internal static class GeneratorSpan
{
    public static Generator G(string xi, string tau, string phi) => Generator.Parse(xi, tau, phi);

    /// <summary>The exact algebra of an equation written as text.</summary>
    public static SymmetryAlgebra Compute(string equation, int degree = 2) => SymmetryAlgebra.Compute(Expr.Parse(equation), degree);

    static Dictionary<(int, Expr), Rational> Vector(Generator g)
    {
        var v = new Dictionary<(int, Expr), Rational>();
        var components = new[] { g.Xi, g.Tau, g.Phi };
        for (int c = 0; c < 3; c++)
        {
            var e = components[c].Expand();
            foreach (var term in e is Sum s ? s.Terms : [e])
            {
                if (term.IsZero) continue;
                var (coefficient, monomial) = Product.SplitCoefficient(term);
                Assert.True(coefficient.IsExact, $"{term} has a float coefficient");
                v[(c, monomial)] = v.GetValueOrDefault((c, monomial), Rational.Zero) + coefficient.Exact;
            }
        }
        return v;
    }

    public static int Rank(IEnumerable<Generator> generators)
    {
        var rows = generators.Select(Vector).ToList();
        var keys = rows.SelectMany(r => r.Keys).Distinct().ToList();
        var m = rows.Select(r => keys.Select(k => r.GetValueOrDefault(k, Rational.Zero)).ToArray()).ToList();
        int rank = 0;
        for (int col = 0; col < keys.Count && rank < m.Count; col++)
        {
            int pivot = m.FindIndex(rank, r => !r[col].IsZero);
            if (pivot < 0) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int i = 0; i < m.Count; i++)
            {
                if (i == rank || m[i][col].IsZero) continue;
                var f = m[i][col] / m[rank][col];
                for (int j = 0; j < keys.Count; j++) m[i][j] -= f * m[rank][j];
            }
            rank++;
        }
        return rank;
    }

    /// <summary>
    /// Rank of generators as functions: each is sampled at the same random points (x, t in [0, 1], u in [-1, 1]);
    /// independent of how the components are written (√(t+1)·t + √(t+1) and (t+1)^(3/2) are one function).
    /// </summary>
    public static int NumericRank(IEnumerable<Generator> generators, int points = 40)
    {
        var random = new Random(5);
        var samples = Enumerable.Range(0, points).Select(_ => new Dictionary<string, double>
            { ["x"] = random.NextDouble(), ["t"] = random.NextDouble(), ["u"] = 2 * random.NextDouble() - 1 }).ToList();
        var m = generators.Select(g => samples.SelectMany(p => new[] { g.Xi.Evaluate(p), g.Tau.Evaluate(p), g.Phi.Evaluate(p) }).ToArray()).ToList();
        foreach (var row in m)
        {
            double norm = Math.Sqrt(row.Sum(v => v * v));
            for (int j = 0; j < row.Length; j++) row[j] /= norm;
        }
        int rank = 0;
        for (int col = 0; col < (m.Count == 0 ? 0 : m[0].Length) && rank < m.Count; col++)
        {
            int pivot = Enumerable.Range(rank, m.Count - rank).MaxBy(i => Math.Abs(m[i][col]));
            if (Math.Abs(m[pivot][col]) < 1e-9) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int i = rank + 1; i < m.Count; i++)
            {
                double f = m[i][col] / m[rank][col];
                for (int j = 0; j < m[i].Length; j++) m[i][j] -= f * m[rank][j];
            }
            rank++;
        }
        return rank;
    }

    /// <summary>Asserts that the two lists are bases of the same space.</summary>
    public static void AssertSameSpan(IReadOnlyList<Generator> expected, IReadOnlyList<Generator> actual)
    {
        string shown = string.Join("; ", actual.Select(g => g.ToUnicode()));
        Assert.True(expected.Count == actual.Count, $"expected {expected.Count} generators, got {actual.Count}: {shown}");
        Assert.Equal(expected.Count, Rank(expected));
        Assert.True(Rank(actual) == actual.Count, $"not independent: {shown}");
        Assert.True(Rank(expected.Concat(actual)) == expected.Count, $"different span: {shown}");
    }
}
