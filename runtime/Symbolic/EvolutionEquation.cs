namespace PdeSym.Symbolic;

/// <summary>
/// An equation Δ = 0 solved for u_t: u_t = F(x, t, u, u_x, u_xx, ...). Δ must be linear in u_t, with a
/// coefficient free of u_t, and hold no other t-derivative (u_xt, u_tt, ...).
/// </summary>
public sealed record EvolutionEquation(Expr Equation, Expr Rhs, int Order)
{
    static readonly Expr ut = Expr.Sym("u_t");

    /// <summary>Solves Δ for u_t, or throws <see cref="SymmetryAnalysisException"/> saying why it cannot.</summary>
    public static EvolutionEquation From(Expr equation)
    {
        var names = equation.Symbols();
        foreach (var name in names)
        {
            if (name is "x" or "t") continue;
            if (!JetVariable.TryParse(name, out var v))
                throw new SymmetryAnalysisException(
                    $"the equation {equation.ToPlain()} = 0 holds the name '{name}'; only x, t, u and jet variables (u_x, u_t, u_xx, ...) may appear — substitute constants by numbers");
            if (v.T > 0 && v != new JetVariable(0, 1))
                throw new SymmetryAnalysisException(
                    $"the equation {equation.ToPlain()} = 0 holds {name}; only evolution equations u_t = F(x, t, u, u_x, u_xx, ...) are analysed");
        }
        if (!names.Contains("u_t"))
            throw new SymmetryAnalysisException($"the equation {equation.ToPlain()} = 0 has no u_t; only evolution equations u_t = F(x, t, u, u_x, ...) are analysed");
        var a = equation.Derivative("u_t");
        if (a.Contains("u_t"))
            throw new SymmetryAnalysisException($"the equation {equation.ToPlain()} = 0 is not linear in u_t, so it cannot be solved for u_t");
        var rest = equation.Substitute("u_t", Expr.Zero);
        if ((equation - (a * ut + rest)).Expand() is var diff && !diff.IsZero)
            throw new SymmetryAnalysisException($"the equation {equation.ToPlain()} = 0 could not be split as a·u_t + b; write it as u_t + F(x, t, u, u_x, ...)");
        var rhs = (-rest / a).Simplify();
        int order = rhs.Symbols().Select(n => JetVariable.TryParse(n, out var v) ? v.X : 0).DefaultIfEmpty(0).Max();
        return new EvolutionEquation(equation, rhs, order);
    }
}
