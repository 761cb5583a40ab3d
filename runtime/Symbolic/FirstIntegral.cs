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
            Expr piece;
            if (n < 0)
            {
                if (Antiderivative.Of(rest, variable) is not { } r) return null;
                piece = r;
            }
            else
            {
                var a = rest.Derivative(derivative(n)).Expand();
                if (a.Contains(derivative(n)) || Antiderivative.Of(a, derivative(n - 1)) is not { } h) return null;
                piece = h;
            }
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

    /// <summary>D_z of an expression in z, f, f′, …</summary>
    public static Expr Total(Expr e, string variable, Func<int, string> derivative, int order)
    {
        var terms = new List<Expr> { e.Derivative(variable) };
        for (int k = 0; k <= order; k++)
            if (e.Contains(derivative(k))) terms.Add(e.Derivative(derivative(k)) * Expr.Sym(derivative(k + 1)));
        return Expr.Add(terms);
    }
}
