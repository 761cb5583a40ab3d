namespace PdeSym.Symbolic;

/// <summary>
/// Incremental Gauss–Jordan elimination over the rationals on sparse rows: rows are added one at a time and the
/// kept rows stay in reduced row echelon form (pivot = the smallest column of a row, scaled to 1, and absent from
/// every other kept row).
/// </summary>
internal sealed class RationalEchelon(int columns)
{
    readonly SortedDictionary<int, Dictionary<int, Rational>> pivots = [];

    public int Columns { get; } = columns;
    public int Rank => pivots.Count;
    public IEnumerable<int> PivotColumns => pivots.Keys;

    /// <summary>Reduces the row against the kept rows; keeps it when something independent remains.</summary>
    public bool Add(IReadOnlyDictionary<int, Rational> row)
    {
        var r = row.Where(kv => !kv.Value.IsZero).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var col in r.Keys.Where(pivots.ContainsKey).ToList())
        {
            if (!r.TryGetValue(col, out var factor)) continue;
            foreach (var (c, v) in pivots[col]) AddTo(r, c, -factor * v);
        }
        if (r.Count == 0) return false;
        int pivot = r.Keys.Min();
        var scale = Rational.One / r[pivot];
        foreach (var c in r.Keys.ToList()) r[c] *= scale;
        foreach (var other in pivots.Values)
        {
            if (!other.TryGetValue(pivot, out var f)) continue;
            foreach (var (c, v) in r) AddTo(other, c, -f * v);
        }
        pivots[pivot] = r;
        return true;
    }

    static void AddTo(Dictionary<int, Rational> row, int c, Rational v)
    {
        var s = row.GetValueOrDefault(c, Rational.Zero) + v;
        if (s.IsZero) row.Remove(c); else row[c] = s;
    }

    /// <summary>The kept rows, by pivot column.</summary>
    public IEnumerable<(int Pivot, IReadOnlyDictionary<int, Rational> Row)> Rows =>
        pivots.Select(kv => (kv.Key, (IReadOnlyDictionary<int, Rational>)kv.Value));

    /// <summary>
    /// The linear equations on unknowns c_0 … c_{n−1} under which Σ_k c_k·columns[k] vanishes identically: one per
    /// monomial that occurs (<paramref name="equations"/> of them), kept in reduced row echelon form.
    /// </summary>
    public static RationalEchelon Vanishing(IReadOnlyList<JetPolynomial> columns, out int equations) =>
        Vanishing(columns.Select(c => (IReadOnlyList<JetPolynomial>)[c]).ToList(), out equations);

    /// <summary>As above when each unknown contributes to several polynomials that must all vanish (condition i of
    /// every column goes to the same polynomial i).</summary>
    public static RationalEchelon Vanishing(IReadOnlyList<IReadOnlyList<JetPolynomial>> columns, out int equations)
    {
        var rows = new Dictionary<(int, Monomial), Dictionary<int, Rational>>();
        for (int col = 0; col < columns.Count; col++)
            for (int condition = 0; condition < columns[col].Count; condition++)
                foreach (var (m, c) in columns[col][condition].Terms)
                {
                    if (!rows.TryGetValue((condition, m), out var row)) rows[(condition, m)] = row = [];
                    row[col] = c;
                }
        var system = new RationalEchelon(columns.Count);
        foreach (var row in rows.Values) system.Add(row);
        equations = rows.Count;
        return system;
    }

    /// <summary>The solutions as the rows of a reduced row echelon form: each one's pivot is its first unknown.</summary>
    public RationalEchelon SolutionBasis()
    {
        var basis = new RationalEchelon(Columns);
        foreach (var v in Nullspace()) basis.Add(v);
        return basis;
    }

    /// <summary>A basis of the solutions of (rows)·v = 0: one vector per free column.</summary>
    public List<Dictionary<int, Rational>> Nullspace()
    {
        var basis = new List<Dictionary<int, Rational>>();
        for (int f = 0; f < Columns; f++)
        {
            if (pivots.ContainsKey(f)) continue;
            var v = new Dictionary<int, Rational> { [f] = Rational.One };
            foreach (var (p, row) in pivots)
                if (row.TryGetValue(f, out var c)) v[p] = -c;
            basis.Add(v);
        }
        return basis;
    }
}
