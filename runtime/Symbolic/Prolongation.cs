namespace PdeSym.Symbolic;

/// <summary>
/// The prolongation of V = ξ∂x + τ∂t + φ∂u to the jet space: pr V = V + Σ_J φ^J ∂/∂u_J with
/// φ^J = D_J(φ − ξu_x − τu_t) + ξ u_{J,x} + τ u_{J,t}, for any multi-index J (any order), and the infinitesimal
/// criterion pr V(Δ) restricted to Δ = 0 by eliminating u_t and all its derivatives through the evolution form.
/// </summary>
public static class Prolongation
{
    /// <summary>φ^J, the coefficient of ∂/∂u_J in pr V.</summary>
    public static Expr Coefficient(Generator v, JetVariable j)
    {
        var d = v.Characteristic;
        for (int i = 0; i < j.X; i++) d = d.TotalDerivative("x");
        for (int i = 0; i < j.T; i++) d = d.TotalDerivative("t");
        return d + v.Xi * Expr.Jet(j with { X = j.X + 1 }) + v.Tau * Expr.Jet(j with { T = j.T + 1 });
    }

    /// <summary>pr V(Δ) = ξΔ_x + τΔ_t + Σ_J φ^J ∂Δ/∂u_J over the jet variables Δ holds.</summary>
    public static Expr Apply(Generator v, Expr delta)
    {
        var terms = new List<Expr> { v.Xi * delta.Derivative("x"), v.Tau * delta.Derivative("t") };
        foreach (var name in delta.Symbols())
            if (JetVariable.TryParse(name, out var j))
                terms.Add(Coefficient(v, j) * delta.Derivative(name));
        return Expr.Add(terms);
    }

    /// <summary>
    /// The criterion pr V(Δ) on Δ = 0 for Δ solved as u_{t^m} = F: every u_{x^k t^j} (j ≥ m) replaced by
    /// D_x^k D_t^(j−m) F, with D_t taken on the solutions, so the result depends on x, t and derivatives of fewer than
    /// m t's only (pure x-derivatives for an evolution equation). Zero (after expansion) for a symmetry.
    /// </summary>
    public static Expr Criterion(Generator v, EvolutionEquation equation) =>
        OnSolutions(Apply(v, equation.Equation), equation).Expand();

    /// <summary>Eliminates u_{t^m} and its derivatives through u_{t^m} = F (u_t = F for an evolution equation).</summary>
    public static Expr OnSolutions(Expr e, EvolutionEquation equation)
    {
        int m = equation.TimeOrder;
        var cache = new Dictionary<JetVariable, Expr>();
        Expr Replacement(JetVariable j)
        {
            if (j.T < m) return Expr.Jet(j);
            if (cache.TryGetValue(j, out var known)) return known;
            Expr r;
            if (j.X > 0) r = Replacement(j with { X = j.X - 1 }).TotalDerivative("x");
            else if (j.T == m) r = equation.Rhs;
            else r = RestrictedDt(Replacement(j with { T = j.T - 1 }));
            return cache[j] = r;
        }
        // D_t on solutions of an expression in x, t and derivatives of fewer than m t's.
        Expr RestrictedDt(Expr f)
        {
            var terms = new List<Expr> { f.Derivative("t") };
            foreach (var name in f.Symbols())
                if (JetVariable.TryParse(name, out var j)) terms.Add(f.Derivative(name) * Replacement(j with { T = j.T + 1 }));
            return Expr.Add(terms);
        }
        var replacements = e.Symbols()
            .Where(n => JetVariable.TryParse(n, out var j) && j.T >= m)
            .ToDictionary(n => n, n => { JetVariable.TryParse(n, out var j); return Replacement(j); });
        return e.Substitute(replacements);
    }
}
