using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Test oracle independent of the solver: writes generators as coefficient vectors over (component, monomial) by
/// expanding their components, and compares the spans of two lists by exact rank.
/// </summary>
internal static class GeneratorSpan
{
    public static Generator G(string xi, string tau, string phi) => Generator.Parse(xi, tau, phi);

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
