namespace PdeSym.Symbolic;

/// <summary>Vectors of a Lie algebra given by exact structure constants c[i, j, k] ([V_i, V_j] = Σ_k c[i, j, k] V_k):
/// brackets, unit vectors and reduced bases of spans, shared by the structure analysis, the Levi factor and the optimal
/// system.</summary>
internal static class StructureConstants
{
    public static Rational[] Unit(int n, int i) => Enumerable.Range(0, n).Select(k => k == i ? Rational.One : Rational.Zero).ToArray();

    public static Rational[] Bracket(Rational[,,] c, Rational[] a, Rational[] b)
    {
        int n = a.Length;
        var r = Enumerable.Repeat(Rational.Zero, n).ToArray();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (!a[i].IsZero && !b[j].IsZero)
                    for (int k = 0; k < n; k++) r[k] += a[i] * b[j] * c[i, j, k];
        return r;
    }

    /// <summary>A reduced row echelon basis of the span: each vector's first nonzero entry is a 1 that the others lack.</summary>
    public static List<Rational[]> Basis(int n, IEnumerable<Rational[]> vectors)
    {
        var echelon = new RationalEchelon(n);
        foreach (var v in vectors) echelon.Add(Enumerable.Range(0, n).ToDictionary(k => k, k => v[k]));
        return echelon.Rows.Select(r => Enumerable.Range(0, n).Select(k => r.Row.GetValueOrDefault(k, Rational.Zero)).ToArray()).ToList();
    }

    /// <summary>v minus the multiples of a reduced echelon basis that clear its pivot entries: v's class modulo the span,
    /// written on the other columns.</summary>
    public static Rational[] Reduce(Rational[] v, IReadOnlyList<Rational[]> echelon)
    {
        var r = (Rational[])v.Clone();
        foreach (var row in echelon)
        {
            var f = r[Array.FindIndex(row, x => !x.IsZero)];
            if (!f.IsZero) for (int k = 0; k < r.Length; k++) r[k] -= f * row[k];
        }
        return r;
    }

    /// <summary>The derived series 𝔞 ⊃ [𝔞, 𝔞] ⊃ … as reduced bases, down to the empty one; null when it stops short of
    /// 0 (𝔞 not solvable).</summary>
    public static List<List<Rational[]>>? DerivedSeries(Rational[,,] c, IReadOnlyList<Rational[]> span)
    {
        int n = c.GetLength(0);
        var series = new List<List<Rational[]>> { Basis(n, span) };
        while (series[^1].Count > 0)
        {
            var next = Basis(n, series[^1].SelectMany(a => series[^1].Select(b => Bracket(c, a, b))));
            if (next.Count == series[^1].Count) return null;
            series.Add(next);
        }
        return series;
    }

    public static Rational[] Combine(IReadOnlyList<Rational> coefficients, IReadOnlyList<Rational[]> vectors)
    {
        var r = Enumerable.Repeat(Rational.Zero, vectors[0].Length).ToArray();
        for (int b = 0; b < vectors.Count; b++)
            if (!coefficients[b].IsZero) for (int k = 0; k < r.Length; k++) r[k] += coefficients[b] * vectors[b][k];
        return r;
    }
}
