namespace PdeSym.Symbolic;

/// <summary>
/// Verifies a candidate generator (e.g. a learner's readout) against Δ = 0: exactly when the equation and the
/// generator lie in the exact polynomial ring (rational powers such as √(t+1) included), otherwise by evaluating the
/// sharp score C at random jet points on the solution manifold.
/// </summary>
public static class SymmetryCheck
{
    /// <param name="equation">Δ, e.g. <c>Expr.Parse("u_t + u*u_x + u_xxx")</c>.</param>
    /// <param name="generator">The candidate V = ξ∂x + τ∂t + φ∂u (components in x, t, u).</param>
    /// <param name="tolerance">Largest relative residual accepted as a symmetry on the numeric path.</param>
    /// <param name="seed">Seed of the random jet points.</param>
    public static SymmetryCheckResult Verify(Expr equation, Generator generator, double tolerance = 1e-9, int seed = 20241021)
    {
        var evolution = EvolutionEquation.Solve(equation.Rationalize());
        SharpScore.CheckNames(generator);
        if (generator.IsZero) throw new SymmetryAnalysisException("the generator is zero (ξ = τ = φ = 0); give at least one nonzero component");

        if (SharpScore.TryExact(evolution, generator, out var exact, out bool decided) && decided)
        {
            if (exact.IsZero) return new SymmetryCheckResult(true, 0, CheckMethod.Exact, exact);
            return new SymmetryCheckResult(false, Residual(evolution, generator, exact, seed), CheckMethod.Exact, exact);
        }
        var criterion = evolution.TimeOrder == 1 ? SharpScore.Tree(evolution, generator) : Prolongation.Criterion(generator, evolution);
        double residual = Residual(evolution, generator, criterion, seed);
        return new SymmetryCheckResult(residual <= tolerance, residual, CheckMethod.Numeric, criterion);
    }

    /// <summary>rms(C) / (rms(F) · rms|V|) over random points x, t ∈ [0, 1], jet values in [−1, 1].</summary>
    static double Residual(EvolutionEquation evolution, Generator g, Expr criterion, int seed)
    {
        var random = new Random(seed);
        var names = criterion.Symbols().Union(evolution.Rhs.Symbols()).Union(["x", "t", "u"]).ToList();
        double sc = 0, sf = 0, sv = 0;
        int used = 0;
        for (int i = 0; i < 256 && used < 64; i++)
        {
            var point = names.ToDictionary(n => n, n => n is "x" or "t" ? random.NextDouble() : 2 * random.NextDouble() - 1);
            double c = criterion.Evaluate(point), f = evolution.Rhs.Evaluate(point);
            double xi = g.Xi.Evaluate(point), tau = g.Tau.Evaluate(point), phi = g.Phi.Evaluate(point);
            double v = xi * xi + tau * tau + phi * phi;
            if (!double.IsFinite(c) || !double.IsFinite(f) || !double.IsFinite(v)) continue;
            sc += c * c; sf += f * f; sv += v;
            used++;
        }
        if (used == 0)
            throw new SymmetryAnalysisException("the criterion could not be evaluated at any sample point (x, t in [0, 1]); the generator or the equation is undefined there");
        double scale = Math.Sqrt(sf / used) * Math.Sqrt(sv / used);
        return Math.Sqrt(sc / used) / (scale > 0 ? scale : 1);
    }
}
