namespace PdeSym.Symbolic;

/// <summary>Gauss–Jordan elimination with partial pivoting in floating point, for the small systems that place an
/// element in an optimal system (scalings in log space, a representative's scale and parameters).</summary>
internal static class FloatingGaussJordan
{
    /// <summary>A solution of A·x = b — A the first <paramref name="columns"/> columns of <paramref name="m"/>, b the
    /// next — with the free unknowns 0, and the rank (a pivot below 1e-12 counts as 0). <paramref name="m"/> is overwritten.</summary>
    public static (double[] Solution, int Rank) Solve(double[,] m, int rows, int columns)
    {
        var x = new double[columns];
        var pivotColumn = new int[rows];
        int r = 0;
        for (int c = 0; c < columns && r < rows; c++)
        {
            int best = Enumerable.Range(r, rows - r).MaxBy(i => Math.Abs(m[i, c]));
            if (Math.Abs(m[best, c]) < 1e-12) continue;
            for (int k = 0; k <= columns; k++) (m[r, k], m[best, k]) = (m[best, k], m[r, k]);
            for (int i = 0; i < rows; i++)
            {
                if (i == r) continue;
                double f = m[i, c] / m[r, c];
                for (int k = 0; k <= columns; k++) m[i, k] -= f * m[r, k];
            }
            pivotColumn[r++] = c;
        }
        for (int i = 0; i < r; i++) x[pivotColumn[i]] = m[i, columns] / m[i, pivotColumn[i]];
        return (x, r);
    }
}
