using System.Diagnostics;

namespace PdeSym.Symbolic;

/// <summary>
/// One conservation law D_t T + D_x X = Λ·(u_{t^m} − F): its multiplier Λ and its density T (up to a total x-derivative;
/// null when no density lies inside the ansatz, which happens only for m ≥ 2).
/// </summary>
public sealed record ConservationLaw(Expr Multiplier, Expr? Density);

/// <summary>
/// The conservation laws of an equation u_{t^m} = F inside an ansatz, found exactly by the multiplier method (Olver,
/// §4.3; Anco &amp; Bluman): Λ(x, t, u, u_x, …, u_t, …) is a multiplier when the Euler operator annihilates Λ·(u_{t^m} − F)
/// identically, which is linear in Λ's coefficients and solved over the rationals. Each density is solved for too: T
/// polynomial, with D_t T − Λ·Δ a total x-derivative, written in the plainest monomials (lowest derivatives first) — KdV's
/// multipliers 1, u, u² + 2u_xx and x − tu give mass, momentum, the energy u³/3 − u_x² and the Galilean law, the wave
/// equation's u_t its energy (u_t² + u_x²)/2; for m = 1 the homotopy formula T = ∫₀¹ u·Λ[λu] dλ (Λ is the variational
/// derivative of T) stands in where no polynomial density is found (multipliers with e^(cu) have their own).
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
    /// <paramref name="order"/> x-derivatives (and those of u_t, …, u_{t^(m−1)}), and their densities.</summary>
    /// <exception cref="SymmetryAnalysisException">Not solved for a t-derivative, outside the exact ring, or an ansatz out of range.</exception>
    public static ConservationLaws Compute(Expr equation, int degree = 2, int order = 2)
    {
        if (degree is < 0 or > 6) throw new SymmetryAnalysisException($"the multiplier degree must be between 0 and 6, not {degree}");
        if (order is < 0 or > 6) throw new SymmetryAnalysisException($"the multiplier order must be between 0 and 6, not {order}");
        var clock = Stopwatch.StartNew();
        var evolution = EvolutionEquation.Solve(equation.Rationalize());
        var ring = new PolynomialRing();
        JetPolynomial rhs;
        try { rhs = ring.FromExpr(evolution.Rhs); }
        catch (NotPolynomialException e)
        {
            throw new SymmetryAnalysisException($"the equation {evolution.Leading.Name} = {evolution.Rhs.ToPlain()} is outside the reach of the exact ansatz: it holds {e.Message}");
        }
        int m = evolution.TimeOrder;
        var delta = PolynomialRing.Var(evolution.Leading) - rhs;

        var variables = Coordinates(order, m);
        var monomials = Monomial.UpToDegree(variables, degree);
        // Where the symmetries hold e^(λu) (the potential Burgers equation's e^(−u)∂u, w = e^(−λu) solving a linear
        // equation), the multipliers hold e^(−λu): ∫e^u dx is conserved.
        var rates = m == 1 && rhs.Terms.Keys.All(k => k.ExpU.IsZero) ? new DeterminingEquations(evolution).ExponentialRatesInU() : [];
        foreach (var rate in rates)
            monomials.AddRange(Monomial.UpToDegree(variables, degree).Select(k => k.Multiply(Monomial.Exponential(Rational.Zero, Rational.Zero, -rate))));
        var euler = ring.ClearDenominators(monomials.Select(k => Euler(ring, delta.Multiply(k))).ToList());
        var presentation = RationalEchelon.Vanishing(euler, out _).SolutionBasis();

        var laws = new List<ConservationLaw>();
        foreach (var (_, row) in presentation.Rows)
        {
            var scale = Rational.CoprimeIntegerScale(row.Values);
            var multiplier = Polynomial(row, monomials, scale);
            if (ring.ToExpr(multiplier).ToUnicode().StartsWith('−')) multiplier = multiplier.Scale(Rational.MinusOne);
            if (multiplier.Terms.Keys.Any(k => !k.ExpU.IsZero))
            {
                laws.Add(new ConservationLaw(ring.ToExpr(multiplier), ExponentialDensity(equation, ring.ToExpr(multiplier))));
                continue;
            }
            // Solved for in the plainest monomials (KdV's energy u³/3 − u_x², not the homotopy formula's u³/3 + u·u_xx).
            var density = SolvedDensity(ring, multiplier, delta, Math.Max(order, evolution.Order), m) ?? (m == 1 ? Density(multiplier) : null);
            laws.Add(new ConservationLaw(ring.ToExpr(multiplier), density is null ? null : ring.ToExpr(density)));
        }
        var names = variables.Select(PolynomialRing.Name);
        return new ConservationLaws
        {
            Equation = equation, Evolution = evolution, Degree = degree, Order = order, Laws = laws,
            Ansatz = $"polynomials of degree ≤ {degree} in {string.Join(", ", names)}" +
                     string.Concat(rates.Select(r => $", also times {Expr.Exp(Expr.Num(-r) * Expr.U).ToUnicode()}")),
            Unknowns = monomials.Count, Elapsed = clock.Elapsed,
        };
    }

    /// <summary>An align*, one line per law: Λ_i = … and T_i = … side by side.</summary>
    /// <param name="noDensity">The text where a law has no density within the ansatz.</param>
    public string ToLatex(string noDensity = "none within the ansatz")
    {
        var text = new System.Text.StringBuilder("\\begin{align*}\n");
        for (int i = 0; i < Laws.Count; i++)
            text.Append($"  \\Lambda_{{{i + 1}}} &= {Laws[i].Multiplier.ToLatex()}, & T_{{{i + 1}}} &= {Laws[i].Density?.ToLatex() ?? "\\text{" + noDensity + "}"}")
                .Append(i < Laws.Count - 1 ? " \\\\\n" : "\n");
        return text.Append("\\end{align*}\n").ToString();
    }

    /// <summary>
    /// True when D_t T, taken on the solutions of u_{t^m} = F, is a total x-derivative (the x-Euler operator of each of
    /// u, u_t, …, u_{t^(m−1)} annihilates it): T is then a conserved density on a periodic domain. An independent check.
    /// </summary>
    /// <exception cref="SymmetryAnalysisException">The density reads u_{t^m} or more, or lies outside the exact ring.</exception>
    public static bool IsConservedDensity(Expr equation, Expr density)
    {
        var evolution = EvolutionEquation.Solve(equation.Rationalize());
        var de = new DeterminingEquations(evolution);
        foreach (var name in density.Symbols())
            if (name is not ("x" or "t") && (!JetVariable.TryParse(name, out var j) || j.T >= evolution.TimeOrder))
                throw new SymmetryAnalysisException($"the density {density.ToPlain()} reads '{name}'; a density may read x, t, u and its x-derivatives" +
                    (evolution.TimeOrder > 1 ? $", and those of its t-derivatives below {evolution.Leading.Name}" : "") +
                    (JetVariable.TryParse(name, out _) ? $" (write {name} through the equation)" : ""));
        JetPolynomial t;
        try { t = de.Ring.FromExpr(density.Rationalize()); }
        catch (NotPolynomialException e) { throw new SymmetryAnalysisException($"the density {density.ToPlain()} is outside the exact ring: it holds {e.Message}"); }
        var dt = de.OnSolutionsDt(t);
        return de.Ring.ClearDenominators(XEuler(de.Ring, dt, de.TimeOrder)).All(p => p.IsZero);
    }

    // x, t and u_{x^k t^j} for k ≤ order, j < m: what a multiplier or a density of u_{t^m} = F may read.
    static List<int> Coordinates(int order, int m)
    {
        var variables = new List<int> { PolynomialRing.XIndex, PolynomialRing.TIndex };
        for (int j = 0; j < m; j++)
            variables.AddRange(Enumerable.Range(0, order + 1).Select(k => PolynomialRing.Index(new JetVariable(k, j))));
        return variables;
    }

    // For m ≥ 2: T with E_j(D_t T − Λ·Δ) = 0 for every t-family j (D_t taken off the solutions), solved over ℚ as a
    // column s for Λ·Δ beside T's monomials; the solution with s = 1 in reduced form, or null when none is in the ansatz.
    // T is fixed only up to trivial densities (D_x of anything, …): the monomials go in from the most involved (explicit
    // x and t, high derivatives) to the plainest, so that the trivial ones take the involved columns as pivots and the
    // density is written in the plain ones — the wave equation's energy as (u_t² + u_x²)/2, not with x²u_xt².
    static JetPolynomial? SolvedDensity(PolynomialRing ring, JetPolynomial multiplier, JetPolynomial delta, int order, int m)
    {
        var product = multiplier * delta;
        int degree = product.Terms.Keys.Max(TotalDegree);
        var variables = Coordinates(order, m);
        // sin u, cos u and e^(cu) in the equation go into the density's ansatz too (sine-Gordon's energy holds 1 − cos u).
        if (product.Terms.Keys.Any(k => k.Power(PolynomialRing.SinU) != 0 || k.Power(PolynomialRing.CosU) != 0))
            variables.AddRange([PolynomialRing.SinU, PolynomialRing.CosU]);
        var exponentials = product.Terms.Keys.Where(k => !k.ExpU.IsZero).Select(k => Monomial.Exponential(Rational.Zero, Rational.Zero, k.ExpU)).Distinct().ToList();
        var monomials = Monomial.UpToDegree(variables, degree);
        monomials = [.. monomials, .. exponentials.SelectMany(e => monomials.Select(p => p.Multiply(e)))];
        monomials = monomials.OrderByDescending(Involvement).ToList();
        var conditions = new List<List<JetPolynomial>> { XEuler(ring, product.Scale(Rational.MinusOne), m) };
        conditions.AddRange(monomials.Select(t => XEuler(ring, TotalT(ring, JetPolynomial.Of(t, Rational.One)), m)));
        // One common factor clears every denominator (1/(t + 1) of a damped wave), so that the monomials are independent.
        var cleared = ring.ClearDenominators(conditions.SelectMany(c => c).ToList());
        var columns = Enumerable.Range(0, conditions.Count)
            .Select(c => (IReadOnlyList<JetPolynomial>)cleared.Skip(c * (m + 1)).Take(m + 1).ToList()).ToList();
        var basis = RationalEchelon.Vanishing(columns, out _).SolutionBasis();
        if (basis.Rows.FirstOrDefault(r => r.Pivot == 0) is not { Row: { } row }) return null;
        var density = new JetPolynomial();
        foreach (var (col, value) in row) if (col > 0) density.AddInPlace(monomials[col - 1], value);
        return density;
    }

    static int TotalDegree(Monomial m) => m.Powers.Sum();

    // How involved a density term is: explicit x and t first, then the highest derivative (u_x² before u·u_xx), then the
    // derivatives' total order, then degree.
    static (int, int, int, int) Involvement(Monomial m) =>
        (m.Power(PolynomialRing.XIndex) + m.Power(PolynomialRing.TIndex),
         m.Variables.Where(v => v > PolynomialRing.UIndex).Select(v => PolynomialRing.Jet(v)!.Value.Order).DefaultIfEmpty(0).Max(),
         m.Variables.Where(v => v > PolynomialRing.UIndex).Sum(v => PolynomialRing.Jet(v)!.Value.Order * m.Power(v)),
         TotalDegree(m));

    // E_j(P) = Σ_k (−D_x)^k ∂P/∂u_{x^k t^j} for j = 0 … m: P is a total x-derivative exactly when all of them vanish
    // (u, u_t, … taken as independent functions of x, t as a parameter).
    static List<JetPolynomial> XEuler(PolynomialRing ring, JetPolynomial p, int m)
    {
        var families = Enumerable.Range(0, m + 1).Select(_ => new JetPolynomial()).ToList();
        foreach (var v in JetVariables(ring, p))
        {
            var jet = PolynomialRing.Jet(v)!.Value;
            if (jet.T > m) throw new InvalidOperationException($"{jet.Name} has more t-derivatives than expected");
            var d = ring.Partial(p, v);
            for (int i = 0; i < jet.X; i++) d = ring.TotalX(d).Scale(Rational.MinusOne);
            families[jet.T].AddInPlace(d, Rational.One);
        }
        return families;
    }

    // E(P) = Σ_J (−D)^J ∂P/∂u_J = Σ_j (−D_t)^j E_j(P), full total derivatives (they commute).
    static JetPolynomial Euler(PolynomialRing ring, JetPolynomial p)
    {
        int m = JetVariables(ring, p).Select(v => PolynomialRing.Jet(v)!.Value.T).DefaultIfEmpty(0).Max();
        var families = XEuler(ring, p, m);
        var result = new JetPolynomial();
        for (int j = 0; j <= m; j++)
        {
            var d = families[j];
            for (int k = 0; k < j; k++) d = TotalT(ring, d).Scale(Rational.MinusOne);
            result.AddInPlace(d, Rational.One);
        }
        return result;
    }

    static List<int> JetVariables(PolynomialRing ring, JetPolynomial p) => p.Variables(ring).Where(v => v >= PolynomialRing.UIndex).ToList();

    static JetPolynomial TotalT(PolynomialRing ring, JetPolynomial p) => ring.Total(p, v =>
        v == PolynomialRing.TIndex ? JetPolynomial.Constant(Rational.One)
        : v == PolynomialRing.XIndex ? null
        : PolynomialRing.Var(PolynomialRing.Jet(v)!.Value with { T = PolynomialRing.Jet(v)!.Value.T + 1 }));

    // Λ = β(x, t)e^(cu) reads no derivative of u: T = ∫Λ du, kept when it checks (D_t T on solutions a total x-derivative).
    static Expr? ExponentialDensity(Expr equation, Expr multiplier)
    {
        if (multiplier.Symbols().Any(n => n is not ("x" or "t" or "u"))) return null;
        return Antiderivative.Of(multiplier, "u") is { } density && IsConservedDensity(equation, density) ? density : null;
    }

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
}
