namespace PdeSym.Symbolic;

/// <summary>Square matrices over ℚ, exactly: the identity, products and inverses the adjoint action and the optimal
/// system need.</summary>
internal static class RationalMatrix
{
    public static Rational[,] Identity(int n)
    {
        var e = new Rational[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) e[i, j] = i == j ? Rational.One : Rational.Zero;
        return e;
    }

    public static Rational[,] Multiply(Rational[,] a, Rational[,] b)
    {
        int n = a.GetLength(0);
        var p = new Rational[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var s = Rational.Zero;
                for (int k = 0; k < n; k++) s += a[i, k] * b[k, j];
                p[i, j] = s;
            }
        return p;
    }

    // Gauss–Jordan over ℚ; null when singular.
    public static Rational[,]? Inverse(Rational[,] a)
    {
        int n = a.GetLength(0);
        var m = (Rational[,])a.Clone();
        var inverse = Identity(n);
        for (int col = 0; col < n; col++)
        {
            int pivot = Enumerable.Range(col, n - col).FirstOrDefault(r => !m[r, col].IsZero, -1);
            if (pivot < 0) return null;
            for (int j = 0; j < n; j++)
            {
                (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
                (inverse[col, j], inverse[pivot, j]) = (inverse[pivot, j], inverse[col, j]);
            }
            var scale = m[col, col];
            for (int j = 0; j < n; j++) { m[col, j] /= scale; inverse[col, j] /= scale; }
            for (int r = 0; r < n; r++)
            {
                if (r == col || m[r, col].IsZero) continue;
                var f = m[r, col];
                for (int j = 0; j < n; j++) { m[r, j] -= f * m[col, j]; inverse[r, j] -= f * inverse[col, j]; }
            }
        }
        return inverse;
    }

    // det(λI − A), coefficients from the constant term up (Faddeev–LeVerrier).
    public static List<Rational> CharacteristicPolynomial(Rational[,] a)
    {
        int n = a.GetLength(0);
        var c = new Rational[n + 1];
        c[n] = Rational.One;
        var m = Identity(n);
        for (int i = 0; i < n; i++) m[i, i] = Rational.Zero;                                  // M₀ = 0
        for (int k = 1; k <= n; k++)
        {
            var am = Multiply(a, m);
            for (int i = 0; i < n; i++) am[i, i] += c[n - k + 1];
            m = am;
            var trace = Rational.Zero;
            var product = Multiply(a, m);
            for (int i = 0; i < n; i++) trace += product[i, i];
            c[n - k] = -trace / new Rational(k, 1);
        }
        return [.. c];
    }
}
