namespace PdeSym.Symbolic;

/// <summary>
/// The sharp score of a candidate generator (DESIGN.md): with the characteristic Q = φ − ξu_x − τu_t, the
/// expression C = D_t Q − F_*[Q] in the jet variables x, t, u, u_x, u_xx, ... (u_t and its derivatives replaced
/// through u_t = F, F_* the linearisation of F). C ≡ 0 exactly for a symmetry; evaluate it at the jets of data.
/// </summary>
public static class SharpScore
{
    /// <summary>Builds C for Δ = 0 and V; exact generators go through the polynomial ring (C is 0 when it vanishes).</summary>
    public static Expr Build(Expr equation, Generator generator) => Build(EvolutionEquation.From(equation), generator);

    public static Expr Build(EvolutionEquation equation, Generator generator)
    {
        CheckNames(generator);
        if (TryExact(equation, generator, out var exact, out _)) return exact;
        return Tree(equation, generator).Expand();
    }

    internal static void CheckNames(Generator g)
    {
        foreach (var (component, name) in new[] { (g.Xi, "xi"), (g.Tau, "tau"), (g.Phi, "phi") })
            foreach (var s in component.Symbols())
                if (s is not ("x" or "t" or "u"))
                    throw new SymmetryAnalysisException($"{name} = {component.ToPlain()} holds '{s}'; the components of a point symmetry are functions of x, t and u");
    }

    /// <summary>C in the exact ring; false when the equation or the generator is outside it.</summary>
    internal static bool TryExact(EvolutionEquation equation, Generator g, out Expr criterion, out bool decided)
    {
        criterion = Expr.Zero;
        decided = false;
        DeterminingEquations de;
        try { de = new DeterminingEquations(equation); }
        catch (SymmetryAnalysisException) { return false; }
        try
        {
            var c = de.Criterion(de.Ring.FromExpr(g.Xi), de.Ring.FromExpr(g.Tau), de.Ring.FromExpr(g.Phi));
            var cleared = de.Ring.ClearDenominators([c])[0];
            // Zero after clearing is zero; a nonzero remainder decides only when no fractional radical is left.
            decided = cleared.IsZero || !PolynomialRing.HasRadicals(cleared);
            criterion = cleared.IsZero ? Expr.Zero : de.Ring.ToExpr(c);
            return true;
        }
        catch (NotPolynomialException) { return false; }
    }

    /// <summary>C built on expression trees (any expressions, floats included).</summary>
    internal static Expr Tree(EvolutionEquation equation, Generator g)
    {
        var f = equation.Rhs;
        var q = g.Characteristic.Substitute("u_t", f);
        var dxF = new List<Expr> { f };
        var terms = new List<Expr> { q.Derivative("t") };
        foreach (var name in q.Symbols())
        {
            if (!JetVariable.TryParse(name, out var v)) continue;
            while (dxF.Count <= v.X) dxF.Add(dxF[^1].TotalDerivative("x"));
            terms.Add(q.Derivative(name) * dxF[v.X]);
        }
        var dq = q;
        for (int k = 0; k <= equation.Order; k++)
        {
            if (k > 0) dq = dq.TotalDerivative("x");
            var dfdu = f.Derivative(new JetVariable(k, 0).Name);
            if (!dfdu.IsZero) terms.Add(-(dfdu * dq));
        }
        return Expr.Add(terms);
    }
}
