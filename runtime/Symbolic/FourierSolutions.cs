namespace PdeSym.Symbolic;

/// <summary>
/// The periodic members of a linear equation's solution family written out: for u_t = Σ_n a_n ∂ⁿu/∂xⁿ with constant
/// a_n, each e^{ikx + λt} with λ = Σ_n a_n (ik)ⁿ is a solution, so β∂u with β its real or imaginary part is a
/// symmetry that no polynomial spells.
/// </summary>
public static class FourierSolutions
{
    /// <summary>
    /// e^{Re λ t}cos(kx + Im λ t) and e^{Re λ t}sin(kx + Im λ t) for k = 2πm/L, m = 1 … count, periodic in x with
    /// period L: heat's u_t = u_xx/10 on [0, 2π) gives e^{−t/10}cos x, e^{−t/10}sin x, e^{−2t/5}cos 2x, …; the Airy
    /// equation's are travelling waves cos(kx + k³t). Empty for an equation not of that form (nonlinear,
    /// inhomogeneous, coefficients depending on x or t, or no evolution equation at all).
    /// </summary>
    public static IReadOnlyList<Expr> Of(Expr equation, double length, int count)
    {
        if (ConstantCoefficients(equation) is not { } a) return [];
        var modes = new List<Expr>();
        for (int m = 1; m <= count; m++)
        {
            var k = Constant(2 * Math.PI * m / length);
            // (ik)ⁿ is real for even n (sign (−1)^{n/2}) and imaginary for odd n (sign (−1)^{(n−1)/2}).
            var re = Expr.Add(a.Where(p => p.Key % 2 == 0).Select(p => (p.Key % 4 == 0 ? 1 : -1) * p.Value * Expr.Pow(k, p.Key))).Simplify();
            var im = Expr.Add(a.Where(p => p.Key % 2 == 1).Select(p => (p.Key % 4 == 1 ? 1 : -1) * p.Value * Expr.Pow(k, p.Key))).Simplify();
            var phase = (k * Expr.X + im * Expr.T).Simplify();
            var envelope = Expr.Exp((re * Expr.T).Simplify());
            modes.Add((envelope * Expr.Cos(phase)).Simplify());
            modes.Add((envelope * Expr.Sin(phase)).Simplify());
        }
        return modes;
    }

    /// <summary>
    /// For a nonlinear equation whose symmetries include β(x, t)e^(λu)∂u for every solution β of a linear equation
    /// (<see cref="DeterminingEquations.ExponentialFamilies"/>; the potential Burgers equation u_t = ν(u_xx + u_x²): λ = −1,
    /// β_t = νβ_xx): e^(λu) and e^(λu) times that equation's lowest Fourier solutions on [0, L). Empty for other equations.
    /// </summary>
    public static IReadOnlyList<Expr> OfExponentialFamilies(Expr equation, double length, int count)
    {
        IReadOnlyList<(Rational Rate, Rational[] A)> families;
        try { families = new DeterminingEquations(EvolutionEquation.Solve(equation.Rationalize())).ExponentialFamilies(); }
        catch (SymmetryAnalysisException) { return []; }
        var members = new List<Expr>();
        foreach (var (rate, a) in families)
        {
            var exp = Expr.Exp(Expr.Num(rate) * Expr.U);
            var linear = Expr.Jet(new JetVariable(0, 1)) - Expr.Add(a.Select((c, n) => Expr.Num(c) * Expr.Jet(new JetVariable(n, 0))).ToList());
            members.Add(exp);
            members.AddRange(Of(linear, length, count).Select(beta => (exp * beta).Simplify()));
        }
        return members;
    }

    // a_n of u_t = Σ_n a_n ∂ⁿu/∂xⁿ, or null when the equation is not of that form.
    static Dictionary<int, Expr>? ConstantCoefficients(Expr equation)
    {
        Expr rhs;
        try { rhs = EvolutionEquation.From(equation.Rationalize()).Rhs.Expand(); }
        catch (SymmetryAnalysisException) { return null; }
        var a = new Dictionary<int, Expr>();
        var sum = Expr.Zero;
        foreach (var name in rhs.Symbols())
        {
            if (!JetVariable.TryParse(name, out var v) || v.T > 0) return null;
            var coefficient = rhs.Derivative(name).Simplify();
            if (coefficient is not Number) return null;
            a[v.X] = coefficient;
            sum += coefficient * Expr.Sym(name);
        }
        return a.Count > 0 && (rhs - sum).Expand().IsZero ? a : null;
    }

    // 2πm/L exactly when it is a simple fraction (L = 2π gives k = m), else the float.
    static Expr Constant(double value) =>
        Rational.Near(value, 12, 1e-12 * Math.Max(1, Math.Abs(value))).Select(Expr.Num).FirstOrDefault() ?? Expr.Float(value);
}
