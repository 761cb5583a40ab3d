using System.Diagnostics;

namespace PdeSym.Symbolic;

/// <summary>One conservation law D_t T + D_x X = Λ·(u_t − F): its multiplier Λ and its density T (up to a total x-derivative).</summary>
public sealed record ConservationLaw(Expr Multiplier, Expr Density);

/// <summary>
/// The conservation laws of an evolution equation u_t = F inside an ansatz, found exactly by the multiplier method
/// (Olver, §4.3; Anco &amp; Bluman): Λ(x, t, u, u_x, …) is a multiplier when the Euler operator annihilates Λ·(u_t − F)
/// identically, which is linear in Λ's coefficients and solved over the rationals. Each multiplier's density is
/// T = ∫₀¹ u·Λ[λu] dλ (the homotopy formula; for an evolution equation Λ is the variational derivative of T). KdV's:
/// 1, u, u² + 2u_xx and x − tu — mass, momentum, energy and the Galilean law.
/// </summary>
public sealed class ConservationLaws
{
    public required Expr Equation { get; init; }
    public required EvolutionEquation Evolution { get; init; }
    public required int Degree { get; init; }
    public required int Order { get; init; }
    public required IReadOnlyList<ConservationLaw> Laws { get; init; }
    /// <summary>The ansatz in words, e.g. <c>polynomials of degree ≤ 2 in x, t, u, u_x, u_xx</c>.</summary>
    public required string Ansatz { get; init; }
    public required int Unknowns { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Multipliers Λ polynomial of total degree ≤ <paramref name="degree"/> in x, t, u and u's first
    /// <paramref name="order"/> x-derivatives, and their densities.</summary>
    /// <exception cref="SymmetryAnalysisException">Not an evolution equation, outside the exact ring, or an ansatz out of range.</exception>
    public static ConservationLaws Compute(Expr equation, int degree = 2, int order = 2)
    {
        if (degree is < 0 or > 6) throw new SymmetryAnalysisException($"the multiplier degree must be between 0 and 6, not {degree}");
        if (order is < 0 or > 6) throw new SymmetryAnalysisException($"the multiplier order must be between 0 and 6, not {order}");
        var clock = Stopwatch.StartNew();
        var evolution = EvolutionEquation.From(equation.Rationalize());
        var ring = new PolynomialRing();
        JetPolynomial rhs;
        try { rhs = ring.FromExpr(evolution.Rhs); }
        catch (NotPolynomialException e)
        {
            throw new SymmetryAnalysisException($"the equation u_t = {evolution.Rhs.ToPlain()} is outside the reach of the exact ansatz: it holds {e.Message}");
        }
        var delta = PolynomialRing.Var(new JetVariable(0, 1)) - rhs;

        var variables = new List<int> { PolynomialRing.XIndex, PolynomialRing.TIndex };
        variables.AddRange(Enumerable.Range(0, order + 1).Select(k => PolynomialRing.Index(new JetVariable(k, 0))));
        var monomials = Monomials(variables, degree);
        var euler = ring.ClearDenominators(monomials.Select(m => Euler(ring, delta.Multiply(m))).ToList());
        var presentation = RationalEchelon.Vanishing(euler, out _).SolutionBasis();

        var laws = new List<ConservationLaw>();
        foreach (var (_, row) in presentation.Rows)
        {
            var scale = Rational.CoprimeIntegerScale(row.Values);
            var multiplier = Polynomial(row, monomials, scale);
            if (ring.ToExpr(multiplier).ToUnicode().StartsWith('−')) multiplier = multiplier.Scale(Rational.MinusOne);
            laws.Add(new ConservationLaw(ring.ToExpr(multiplier), ring.ToExpr(Density(multiplier))));
        }
        var names = variables.Select(PolynomialRing.Name);
        return new ConservationLaws
        {
            Equation = equation, Evolution = evolution, Degree = degree, Order = order, Laws = laws,
            Ansatz = $"polynomials of degree ≤ {degree} in {string.Join(", ", names)}",
            Unknowns = monomials.Count, Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// True when D_t T, taken on the solutions of u_t = F, is a total x-derivative (its Euler operator in the x-jet
    /// vanishes): T is then a conserved density on a periodic domain. An independent check of a density.
    /// </summary>
    public static bool IsConservedDensity(Expr equation, Expr density)
    {
        var evolution = EvolutionEquation.From(equation.Rationalize());
        var de = new DeterminingEquations(evolution);
        var ring = de.Ring;
        var t = ring.FromExpr(density.Rationalize());
        var dt = ring.Total(t, v =>
            v == PolynomialRing.TIndex ? JetPolynomial.Constant(Rational.One)
            : v == PolynomialRing.XIndex ? null
            : Enumerable.Range(0, PolynomialRing.Jet(v)!.Value.X).Aggregate(de.Rhs, (p, _) => ring.TotalX(p)));
        return ring.ClearDenominators([Euler(ring, dt)])[0].IsZero;
    }

    // E(P) = Σ_J (−D)^J ∂P/∂u_J over the jet variables of P, with full total derivatives (u_J ↦ u_{J+x}, u_{J+t}).
    static JetPolynomial Euler(PolynomialRing ring, JetPolynomial p)
    {
        var result = new JetPolynomial();
        foreach (var v in p.Variables(ring).Where(v => v >= PolynomialRing.UIndex).ToList())
        {
            var jet = PolynomialRing.Jet(v)!.Value;
            var d = ring.Partial(p, v);
            for (int i = 0; i < jet.X; i++) d = ring.TotalX(d).Scale(Rational.MinusOne);
            for (int j = 0; j < jet.T; j++) d = TotalT(ring, d).Scale(Rational.MinusOne);
            result.AddInPlace(d, Rational.One);
        }
        return result;
    }

    static JetPolynomial TotalT(PolynomialRing ring, JetPolynomial p) => ring.Total(p, v =>
        v == PolynomialRing.TIndex ? JetPolynomial.Constant(Rational.One)
        : v == PolynomialRing.XIndex ? null
        : PolynomialRing.Var(PolynomialRing.Jet(v)!.Value with { T = PolynomialRing.Jet(v)!.Value.T + 1 }));

    // T = ∫₀¹ u·Λ[λu] dλ: a term of degree d in u and its derivatives contributes u·term/(d + 1).
    static JetPolynomial Density(JetPolynomial multiplier)
    {
        var u = Monomial.Variable(PolynomialRing.UIndex);
        var density = new JetPolynomial();
        foreach (var (m, c) in multiplier.Terms)
        {
            int d = m.Variables.Where(v => v >= PolynomialRing.UIndex).Sum(m.Power);
            density.AddInPlace(m.Multiply(u), c / (d + 1));
        }
        return density;
    }

    static JetPolynomial Polynomial(IReadOnlyDictionary<int, Rational> row, List<Monomial> monomials, Rational scale)
    {
        var p = new JetPolynomial();
        foreach (var (col, value) in row) p.AddInPlace(monomials[col], value * scale);
        return p;
    }

    // Every monomial of total degree ≤ degree in the variables, by degree (so low-degree pivots come first).
    static List<Monomial> Monomials(List<int> variables, int degree)
    {
        var result = new List<Monomial> { Monomial.One };
        var layer = new List<(Monomial Monomial, int Last)> { (Monomial.One, 0) };
        for (int d = 1; d <= degree; d++)
        {
            var next = new List<(Monomial, int)>();
            foreach (var (m, last) in layer)
                for (int i = last; i < variables.Count; i++)
                    next.Add((m.Multiply(Monomial.Variable(variables[i])), i));
            result.AddRange(next.Select(n => n.Item1));
            layer = next;
        }
        return result;
    }
}
