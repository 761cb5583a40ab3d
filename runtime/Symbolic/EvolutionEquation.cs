namespace PdeSym.Symbolic;

/// <summary>
/// An equation Δ = 0 solved for its highest pure t-derivative: u_{t^m} = F(x, t, u, u_x, u_t, u_xt, ...) with every
/// derivative in F of fewer than m t's (Kovalevskaya form). m = 1 is an evolution equation u_t = F(x, t, u, u_x, ...),
/// what the learner and the solvers take; m = 2 holds the wave, Klein–Gordon and Boussinesq equations, whose point
/// symmetries the exact core also finds. <see cref="Order"/> is the highest x-derivative in F.
/// </summary>
public sealed record EvolutionEquation(Expr Equation, Expr Rhs, int Order, int TimeOrder = 1)
{
    /// <summary>u_{t^m}, the derivative the equation is solved for.</summary>
    public JetVariable Leading => new(0, TimeOrder);

    /// <summary>The jet variables F reads (u, u_x, u_t, ...), each of fewer than m t-derivatives.</summary>
    public IReadOnlyList<JetVariable> Jets => Rhs.Symbols()
        .Select(n => JetVariable.TryParse(n, out var v) ? v : (JetVariable?)null)
        .OfType<JetVariable>().OrderBy(v => v.Order).ThenBy(v => v.T).ToList();

    /// <summary>Solves Δ for u_t (an evolution equation), or throws <see cref="SymmetryAnalysisException"/> saying why it cannot.</summary>
    public static EvolutionEquation From(Expr equation)
    {
        var solved = Solve(equation);
        if (solved.TimeOrder != 1)
            throw new SymmetryAnalysisException(
                $"the equation {equation.ToPlain()} = 0 holds {solved.Leading.Name}; only evolution equations u_t = F(x, t, u, u_x, u_xx, ...) are analysed here");
        return solved;
    }

    /// <summary>
    /// Solves Δ for its highest pure t-derivative u_{t^m}; throws <see cref="SymmetryAnalysisException"/> when Δ holds
    /// another derivative with m or more t's (u_xt beside u_t), is not linear in u_{t^m}, or holds names other than the jet's.
    /// </summary>
    public static EvolutionEquation Solve(Expr equation)
    {
        var names = equation.Symbols();
        var jets = new List<JetVariable>();
        foreach (var name in names)
        {
            if (name is "x" or "t") continue;
            if (!JetVariable.TryParse(name, out var v))
                throw new SymmetryAnalysisException(
                    $"the equation {equation.ToPlain()} = 0 holds the name '{name}'; only x, t, u and jet variables (u_x, u_t, u_xx, ...) may appear — substitute constants by numbers");
            jets.Add(v);
        }
        int m = jets.Where(v => v.X == 0).Select(v => v.T).DefaultIfEmpty(0).Max();
        if (m == 0)
            throw new SymmetryAnalysisException($"the equation {equation.ToPlain()} = 0 has no u_t; only evolution equations u_t = F(x, t, u, u_x, ...) (or u_tt = F, ...) are analysed");
        var leading = new JetVariable(0, m);
        if (jets.FirstOrDefault(v => v.T >= m && v != leading) is var mixed && mixed != default)
            throw new SymmetryAnalysisException(
                $"the equation {equation.ToPlain()} = 0 holds {mixed.Name} beside {leading.Name}; only equations solved for their highest t-derivative, " +
                $"{leading.Name} = F with fewer t-derivatives in F (u_t = F(x, t, u, u_x, u_xx, ...), u_tt = F(..., u_t, u_xt, ...)), are analysed");
        var ut = Expr.Jet(leading);
        var a = equation.Derivative(leading.Name);
        if (a.Contains(leading.Name))
            throw new SymmetryAnalysisException($"the equation {equation.ToPlain()} = 0 is not linear in {leading.Name}, so it cannot be solved for {leading.Name}");
        var rest = equation.Substitute(leading.Name, Expr.Zero);
        if ((equation - (a * ut + rest)).Expand() is var diff && !diff.IsZero)
            throw new SymmetryAnalysisException($"the equation {equation.ToPlain()} = 0 could not be split as a·{leading.Name} + b; write it as {leading.Name} + F(x, t, u, u_x, ...)");
        var rhs = (-rest / a).Simplify();
        int order = rhs.Symbols().Select(n => JetVariable.TryParse(n, out var v) ? v.X : 0).DefaultIfEmpty(0).Max();
        return new EvolutionEquation(equation, rhs, order, m);
    }
}
