namespace PdeSym.Learning;

/// <summary>Reduced row echelon form of real rows with the pivot columns tried in a given order (the simplest first),
/// for reading a span in canonical form.</summary>
public static class ReducedEchelon
{
    /// <summary>The rows reduced, in pivot order, each as (pivot column, row with 1 at the pivot and 0 at the others'
    /// pivots). A column is a pivot when its largest entry among the rows not yet used is at least
    /// <paramref name="pivotFraction"/> of the largest entry left in them; rows that find no pivot are left out. Each
    /// row is first scaled to largest entry 1, so that a row is not passed over for being written in small numbers
    /// (∂x beside 5e^{−t/10}cos x ∂u).</summary>
    public static List<(int Pivot, double[] Row)> Of(double[][] rows, IEnumerable<int> pivotOrder, double pivotFraction)
    {
        rows = rows.Select(r => r.Max(Math.Abs) is var m and > 0 ? r.Select(v => v / m).ToArray() : (double[])r.Clone()).ToArray();
        var used = new bool[rows.Length];
        var pivots = new List<(int Pivot, int Row)>();
        foreach (int column in pivotOrder)
        {
            if (pivots.Count == rows.Length) break;
            var free = Enumerable.Range(0, rows.Length).Where(i => !used[i]).ToList();
            double largest = free.Max(i => rows[i].Max(Math.Abs));
            int best = free.MaxBy(i => Math.Abs(rows[i][column]));
            if (Math.Abs(rows[best][column]) < pivotFraction * largest) continue;
            double p = rows[best][column];
            for (int k = 0; k < rows[best].Length; k++) rows[best][k] /= p;
            for (int i = 0; i < rows.Length; i++)
            {
                if (i == best || rows[i][column] == 0) continue;
                double f = rows[i][column];
                for (int k = 0; k < rows[i].Length; k++) rows[i][k] -= f * rows[best][k];
            }
            used[best] = true;
            pivots.Add((column, best));
        }
        return pivots.Select(p => (p.Pivot, rows[p.Row])).ToList();
    }
}
