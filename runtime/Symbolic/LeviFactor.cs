namespace PdeSym.Symbolic;

/// <summary>
/// A Levi subalgebra 𝔰 of g = 𝔰 ⋉ 𝔯 (𝔯 the radical), exactly. Levi's theorem says one exists; it is built as in the
/// proof, one step of the radical's derived series 𝔯 ⊃ 𝔯′ ⊃ 𝔯″ ⊃ … at a time: a complement x₁ … x_m of 𝔯 closes modulo 𝔯
/// (g/𝔯 ≅ 𝔰), and corrections δ_i in the layer 𝔯⁽ˡ⁾ that make [x_i + δ_i, x_j + δ_j] = Σ_k c̄_ij^k (x_k + δ_k) hold modulo
/// 𝔯⁽ˡ⁺¹⁾ solve a linear system, since [δ_i, δ_j] ∈ 𝔯⁽ˡ⁺¹⁾. The heat equation's 𝔰 is ⟨∂t, x∂x + 2t∂t − u∂u/2, 4tx∂x + …⟩:
/// the scaling needs the correction −u∂u/2 for [∂t, 4tx∂x + 4t²∂t − (x² + 2t)u∂u] to lie in 𝔰.
/// </summary>
internal static class LeviFactor
{
    /// <summary>A basis of a Levi subalgebra (coordinates on the table's basis); null if the construction fails its
    /// final check (it should not).</summary>
    public static List<Rational[]>? Of(Rational[,,] c, IReadOnlyList<Rational[]> radical)
    {
        int n = c.GetLength(0);
        var radicalBasis = StructureConstants.Basis(n, radical);
        var pivots = radicalBasis.Select(r => Array.FindIndex(r, x => !x.IsZero)).ToHashSet();
        var s = Enumerable.Range(0, n).Where(i => !pivots.Contains(i)).Select(i => StructureConstants.Unit(n, i)).ToList();
        int m = s.Count;
        // c̄: the brackets of the complement modulo the radical, read on the complement's own columns.
        var complementColumns = Enumerable.Range(0, n).Where(i => !pivots.Contains(i)).ToList();
        var quotient = new Rational[m, m, m];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
            {
                var v = StructureConstants.Reduce(StructureConstants.Bracket(c, s[i], s[j]), radicalBasis);
                for (int k = 0; k < m; k++) quotient[i, j, k] = v[complementColumns[k]];
            }
        if (StructureConstants.DerivedSeries(c, radicalBasis) is not { } series) return null; // not solvable: not a radical
        for (int level = 0; level + 1 < series.Count; level++)
            if (Correction(c, s, quotient, series[level], series[level + 1]) is { } corrected) s = corrected;
            else return null;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
            {
                var expected = StructureConstants.Combine(Enumerable.Range(0, m).Select(k => quotient[i, j, k]).ToList(), s);
                if (!StructureConstants.Bracket(c, s[i], s[j]).SequenceEqual(expected)) return null;
            }
        return s;
    }

    // s_i + δ_i with δ_i = Σ_b y[i, b]·layer[b] closing modulo `below`; the particular solution with free unknowns 0.
    static List<Rational[]>? Correction(Rational[,,] c, List<Rational[]> s, Rational[,,] quotient, List<Rational[]> layer, List<Rational[]> below)
    {
        int m = s.Count, l = layer.Count, n = c.GetLength(0), tau = m * l;
        var system = new RationalEchelon(tau + 1);
        for (int i = 0; i < m; i++)
            for (int j = i + 1; j < m; j++)
            {
                // Columns: y[i', b] at i'·l + b; the constant [s_i, s_j] − Σ_k c̄ s_k at tau.
                var columns = new Dictionary<int, Rational[]>();
                void AddColumn(int index, Rational[] v)
                {
                    var reduced = StructureConstants.Reduce(v, below);
                    columns[index] = columns.TryGetValue(index, out var old) ? old.Zip(reduced, (a, b) => a + b).ToArray() : reduced;
                }
                for (int b = 0; b < l; b++)
                {
                    AddColumn(j * l + b, StructureConstants.Bracket(c, s[i], layer[b]));
                    AddColumn(i * l + b, StructureConstants.Bracket(c, layer[b], s[j]));
                    for (int k = 0; k < m; k++)
                        if (!quotient[i, j, k].IsZero) AddColumn(k * l + b, layer[b].Select(x => -quotient[i, j, k] * x).ToArray());
                }
                var constant = StructureConstants.Bracket(c, s[i], s[j]);
                for (int k = 0; k < m; k++)
                    for (int q = 0; q < n; q++) constant[q] -= quotient[i, j, k] * s[k][q];
                AddColumn(tau, constant);
                for (int q = 0; q < n; q++) system.Add(columns.ToDictionary(kv => kv.Key, kv => kv.Value[q]));
            }
        if (system.PivotColumns.Contains(tau)) return null; // inconsistent: cannot happen by Levi's theorem
        var y = new Rational[tau];
        Array.Fill(y, Rational.Zero);
        foreach (var (pivot, row) in system.Rows) y[pivot] = -row.GetValueOrDefault(tau, Rational.Zero);
        return Enumerable.Range(0, m).Select(i =>
            s[i].Zip(StructureConstants.Combine(Enumerable.Range(0, l).Select(b => y[i * l + b]).ToList(), layer), (a, d) => a + d).ToArray()).ToList();
    }
}
