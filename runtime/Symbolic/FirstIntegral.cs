namespace PdeSym.Symbolic;

/// <summary>
/// First integrals of a reduced ODE: when the ODE is a total derivative D_z G, then G = c₁ along its solutions (KdV's
/// travelling waves: f‴ + f·f′ − cf′ = D_z(f″ + f²/2 − cf)); and when G = c₁ reads f″ + P(z-free f) = c₁, multiplying by f′
/// integrates once more: f′²/2 + ∫P df − c₁f = c₂, the energy whose zero level holds the soliton. An ODE f″ + P(f) = 0
/// itself (sine-Gordon's travelling waves f″ + k sin f = 0) has the energy f′²/2 + ∫P df = c₁.
/// </summary>
public static class FirstIntegral
{
    /// <summary>
    /// G with D_z G = <paramref name="ode"/>, found by integrating the highest derivative away (the ODE must be linear in
    /// it at each step: A·f^(n) + … gives ∫ A df^(n−1)); null when the ODE is no total derivative or a step leaves the
    /// antiderivatives <see cref="Antiderivative"/> takes.
    /// </summary>
    public static Expr? Of(Expr ode, string variable, Func<int, string> derivative, int order)
    {
        var g = new List<Expr>();
        var rest = ode.Expand();
        for (int step = 0; step < 4 * (order + 1) && !rest.IsZero; step++)
        {
            int n = Enumerable.Range(0, order + 1).LastOrDefault(k => rest.Contains(derivative(k)), -1);
            if (n == 0) return null;                       // a function of f alone is no total derivative
            // No f left: ∫ dz; else the coefficient A of f^(n) (free of it) integrated in f^(n−1).
            var a = n < 0 ? null : rest.Derivative(derivative(n)).Expand();
            var piece = n < 0 ? Antiderivative.Of(rest, variable) : a!.Contains(derivative(n)) ? null : Antiderivative.Of(a, derivative(n - 1));
            if (piece is null) return null;
            g.Add(piece);
            rest = (rest - Total(piece, variable, derivative, order)).Expand();
        }
        return rest.IsZero && g.Count > 0 ? Expr.Add(g).Expand() : null;
    }

    /// <summary>
    /// For G = f″ + P(f) (autonomous, of second order, with f″'s coefficient 1) held at <paramref name="level"/> along the
    /// solutions: the integral f′²/2 + ∫P df − level·f (G·f′ is its derivative); else null.
    /// </summary>
    public static Expr? Energy(Expr g, string variable, Func<int, string> derivative, Expr level)
    {
        var p = (g - Expr.Sym(derivative(2))).Expand();
        if (p.Contains(derivative(2)) || p.Contains(derivative(1)) || p.Contains(variable) || Enumerable.Range(3, 8).Any(k => g.Contains(derivative(k))))
            return null;
        if (Antiderivative.Of(p, derivative(0)) is not { } potential) return null;
        return (Expr.Pow(Expr.Sym(derivative(1)), 2) / Expr.Num(2) + potential - level * Expr.Sym(derivative(0))).Expand();
    }

    /// <summary>
    /// D_c of an expression in c, f, f′, … up to f's <paramref name="order"/>-th derivative: ∂/∂c + Σ f^(k+1)·∂/∂f^(k), each
    /// f-term times <paramref name="chain"/> = ∂z/∂c when f is a function of z(c) (the reduction's D_x, D_t); 1 for D_z.
    /// </summary>
    public static Expr Total(Expr e, string coordinate, Func<int, string> derivative, int order, Expr? chain = null)
    {
        var terms = new List<Expr> { e.Derivative(coordinate) };
        for (int k = 0; k <= order; k++)
            if (e.Contains(derivative(k))) terms.Add(e.Derivative(derivative(k)) * Expr.Sym(derivative(k + 1)) * (chain ?? Expr.One));
        return Expr.Add(terms);
    }
}
