using System.Diagnostics;

namespace PdeSym.Symbolic;

/// <summary>One generalised symmetry: its characteristic Q (the flow u_s = Q) and the highest x-derivative of u it reads.</summary>
public sealed record GeneralizedSymmetry(Expr Characteristic, int Order)
{
    /// <summary>Highest derivative first, as a hierarchy is written: <c>u_xxxxx + 5u·u_xxx/3 + 10u_x·u_xx/3 + 5u²·u_x/6</c>.</summary>
    public string ToUnicode() => ExprFormatter.JoinTerms(Terms, t => t.ToUnicode(), "−");

    /// <summary>LaTeX, highest derivative first.</summary>
    public string ToLatex() => ExprFormatter.JoinTerms(Terms, t => t.ToLatex(), "-");

    IEnumerable<Expr> Terms => (Characteristic is Sum s ? s.Terms : [Characteristic])
        .OrderByDescending(t => t.Symbols().Select(n => JetVariable.TryParse(n, out var j) ? j.Order : -1).DefaultIfEmpty(-1).Max());
}

/// <summary>
/// The generalised (Lie–Bäcklund) symmetries of u_t = F (and of u_tt = F, with D_t² in place of D_t) inside an ansatz, found exactly (Olver, §5.1):
/// a characteristic Q(x, t, u, u_x, …, u_{x^n}) is a symmetry when D_t Q = F_*[Q] on the solutions — the criterion of
/// <see cref="DeterminingEquations"/> with φ = Q and ξ = τ = 0, linear in Q's coefficients. The point symmetries are among
/// them (Q = φ − ξu_x − τF); what lies beyond them is listed as <see cref="Generalized"/>, each with leading coefficient 1
/// and reduced modulo the others. KdV has the fifth-order Q = u_xxxxx + 5u·u_xxx/3 + 10u_x·u_xx/3 + 5u²·u_x/6 (the next flow of
/// its hierarchy), Burgers' equation a third-order one; the Kuramoto–Sivashinsky equation none — a sign of integrability.
/// </summary>
public sealed class GeneralizedSymmetries
{
    public required Expr Equation { get; init; }
    public required EvolutionEquation Evolution { get; init; }
    public required int Order { get; init; }
    public required int Degree { get; init; }
    /// <summary>The point symmetries inside the ansatz (their characteristics are solutions too).</summary>
    public required IReadOnlyList<Generator> Point { get; init; }
    /// <summary>The solutions beyond the point symmetries' characteristics, highest order first.</summary>
    public required IReadOnlyList<GeneralizedSymmetry> Generalized { get; init; }
    /// <summary>True when F is linear in u and its derivatives (then every L[u] of a symmetry operator L is one: no sign of integrability).</summary>
    public required bool Linear { get; init; }
    /// <summary>The ansatz in words, e.g. <c>polynomials of degree ≤ 3 in x, t, u, u_x, …, u_xxxxx</c>.</summary>
    public required string Ansatz { get; init; }
    public required int Unknowns { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Characteristics polynomial of total degree ≤ <paramref name="degree"/> in x, t, u and u's first <paramref name="order"/>
    /// x-derivatives (for u_tt = F also u_t's first order − 1; sin u and cos u where F holds them).</summary>
    /// <exception cref="SymmetryAnalysisException">Not u_t = F or u_tt = F, outside the exact ring, or an ansatz out of range.</exception>
    /// <param name="equation">Δ.</param>
    /// <param name="order">Highest x-derivative Q reads; null: 5 for u_t = F, 3 for u_tt = F (whose jet is twice as wide).</param>
    /// <param name="degree">Highest total degree of Q; null: 5 for u_t = F, 3 for u_tt = F.</param>
    public static GeneralizedSymmetries Compute(Expr equation, int? order = null, int? degree = null)
    {
        var clock = Stopwatch.StartNew();
        equation = equation.Rationalize();
        var evolution = EvolutionEquation.Solve(equation);
        int m = evolution.TimeOrder;
        if (m > 2)
            throw new SymmetryAnalysisException($"generalised symmetries are computed for u_t = F and u_tt = F, not {evolution.Leading.Name} = F");
        int n = order ?? (m == 1 ? 5 : 3), d = degree ?? (m == 1 ? 5 : 3);
        if (n is < 1 or > 7) throw new SymmetryAnalysisException($"the characteristic's order must be between 1 and 7, not {n}");
        if (d is < 1 or > 6) throw new SymmetryAnalysisException($"the characteristic's degree must be between 1 and 6, not {d}");
        var de = new DeterminingEquations(evolution);
        var ring = de.Ring;

        // x, t, u_{x^k} (k ≤ n) and, for u_tt = F, u_{x^k t} (k < n); sin u and cos u where F holds them (cos² = 1 − sin²).
        var variables = new List<int> { PolynomialRing.XIndex, PolynomialRing.TIndex };
        for (int j = 0; j < m; j++) variables.AddRange(Enumerable.Range(0, n + 1 - j).Select(k => PolynomialRing.Index(new JetVariable(k, j))));
        bool trigonometric = de.Rhs.Terms.Keys.Any(k => k.Power(PolynomialRing.SinU) != 0 || k.Power(PolynomialRing.CosU) != 0);
        if (trigonometric) variables.AddRange([PolynomialRing.SinU, PolynomialRing.CosU]);
        // Highest derivative first, so that each solution's pivot is its leading term (u_xxxxx for KdV's fifth-order flow).
        var monomials = Monomial.UpToDegree(variables, d).Where(k => k.Power(PolynomialRing.CosU) < 2).ToList();
        // e^(cu) where F holds it (Liouville's u_tt = u_xx + e^u: Q has (3u_x + u_t)e^u).
        var exponentials = de.Rhs.Terms.Keys.Where(k => !k.ExpU.IsZero).Select(k => Monomial.Exponential(Rational.Zero, Rational.Zero, k.ExpU)).Distinct().ToList();
        monomials = [.. monomials, .. exponentials.SelectMany(e => monomials.Select(k => k.Multiply(e)))];
        monomials = monomials.OrderByDescending(JetOrder).ThenByDescending(k => k.Powers.Sum()).ToList();
        var zero = JetPolynomial.Zero;
        var criteria = ring.ClearDenominators(monomials.Select(m => de.Criterion(zero, zero, JetPolynomial.Of(m, Rational.One))).ToList());
        var solutions = RationalEchelon.Vanishing(criteria, out _).SolutionBasis();

        // The point symmetries' characteristics span part of the solutions; what they do not reach is generalised.
        var index = monomials.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
        var algebra = SymmetryAlgebra.Compute(equation, Math.Min(d, 4));   // φ of degree ≤ d, ξu_x too: all that meets the ansatz
        var point = algebra.Generators;
        var reached = new RationalEchelon(monomials.Count);
        foreach (var g in point.Concat(algebra.FamilyMembers))
        {
            var ut = m == 1 ? de.Rhs : PolynomialRing.Var(new JetVariable(0, 1));
            var q = ring.FromExpr(g.Phi) - ring.FromExpr(g.Xi) * PolynomialRing.Var(new JetVariable(1, 0)) - ring.FromExpr(g.Tau) * ut;
            q = ring.FromExpr(ring.ToExpr(q, divideOutRadicals: true));   // cKdV's (3t + 3)·u/(2(t + 1)) is 3u/2
            q = ring.ClearDenominators([q])[0];   // only rewrites cos² u; the characteristics here have no denominators
            if (q.Terms.Keys.All(index.ContainsKey)) reached.Add(q.Terms.ToDictionary(kv => index[kv.Key], kv => kv.Value));
        }
        var generalized = new List<GeneralizedSymmetry>();
        foreach (var (_, row) in solutions.Rows)
        {
            if (!reached.Add(row)) continue;
            var q = new JetPolynomial();
            foreach (var (col, value) in row) q.AddInPlace(monomials[col], value);
            generalized.Add(new GeneralizedSymmetry(ring.ToExpr(q), q.Terms.Keys.Max(JetOrder)));
        }
        var names = variables.Where(v => v >= PolynomialRing.XIndex).Select(PolynomialRing.Name).ToList();
        return new GeneralizedSymmetries
        {
            Equation = equation, Evolution = evolution, Order = n, Degree = d, Point = point, Linear = de.IsLinear,
            Generalized = generalized.OrderByDescending(g => g.Order).ToList(),
            Ansatz = $"polynomials of degree ≤ {d} in {string.Join(", ", names.Take(4))}" + (names.Count > 5 ? ", …" : "") +
                     (names.Count > 4 ? $", {names[^1]}" : "") + (trigonometric ? ", sin u, cos u" : "") +
                     string.Concat(exponentials.Select(e => $", also times {ring.ToExpr(e).ToUnicode()}")),
            Unknowns = monomials.Count, Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Why the list says nothing of integrability, when it does not: a linear equation (every L[u] with L commuting with
    /// its operator is a symmetry) or a first-order one (every function of u_x is, for u_t = F(u_x)); else null.
    /// </summary>
    public string? Caveat => Linear ? "the equation is linear: every L[u] with L an operator that commutes with it is a symmetry"
        : Evolution is { TimeOrder: 1, Order: <= 1 } ? "the equation is of first order: it has symmetries of every order (u_t = F(u_x): every function of u_x)"
        : null;

    /// <summary>
    /// The characteristic of the bracket of the evolutionary fields of P and Q (Olver, §5.1): D_Q(P) − D_P(Q), where
    /// D_R(P) = Σ_k ∂P/∂u_{x^k} · D_x^k R is P's Fréchet derivative along R. Zero when the two flows commute — KdV's
    /// fifth- and seventh-order flows do, as the members of a hierarchy must.
    /// </summary>
    /// <exception cref="SymmetryAnalysisException">P or Q reads a t-derivative, or lies outside the exact ring.</exception>
    public static Expr Bracket(Expr p, Expr q)
    {
        var ring = new PolynomialRing();
        JetPolynomial Read(Expr e)
        {
            if (e.Symbols().FirstOrDefault(n => JetVariable.TryParse(n, out var j) && j.T > 0) is { } name)
                throw new SymmetryAnalysisException($"the bracket is taken of characteristics in x-derivatives only; this one reads {name}");
            try { return ring.FromExpr(e.Rationalize()); }
            catch (NotPolynomialException x) { throw new SymmetryAnalysisException($"{e.ToPlain()} is outside the exact ring: it holds {x.Message}"); }
        }
        var (a, b) = (Read(p), Read(q));
        JetPolynomial Frechet(JetPolynomial of, JetPolynomial along)
        {
            var r = new JetPolynomial();
            foreach (var v in of.Variables(ring).Where(v => v >= PolynomialRing.UIndex))
            {
                var d = along;
                for (int k = 0; k < PolynomialRing.Jet(v)!.Value.X; k++) d = ring.TotalX(d);
                r.AddInPlace(ring.Partial(of, v) * d, Rational.One);
            }
            return r;
        }
        return ring.ToExpr(Frechet(a, b) - Frechet(b, a));
    }

    /// <summary>The criterion in words: D_t Q = F_*[Q] (D_t²Q for u_tt = F), on the solutions.</summary>
    public string CriterionText => (Evolution.TimeOrder == 1 ? "D_t Q" : "D_t²Q") + " = F_*[Q] on the solutions";

    /// <summary>An align*, one line Q_i = … per characteristic beyond the point symmetries, highest derivative first.</summary>
    public string ToLatex() =>
        "\\begin{align*}\n" + string.Join(" \\\\\n", Generalized.Select((q, i) => $"  Q_{{{i + 1}}} &= {q.ToLatex()}")) + "\n\\end{align*}\n";

    /// <summary>
    /// D_t Q − F_*[Q] on the solutions for a characteristic Q(x, t, u, u_x, …) from a paper, exactly: zero when Q is a
    /// (generalised) symmetry. An independent check of a claimed higher flow, as <c>conservation --density</c> is of a density.
    /// </summary>
    /// <exception cref="SymmetryAnalysisException">Not an evolution equation, Q reads u_t or other names, or lies outside the exact ring.</exception>
    public static Expr Criterion(Expr equation, Expr characteristic)
    {
        var evolution = EvolutionEquation.Solve(equation.Rationalize());
        int m = evolution.TimeOrder;
        if (m > 2)
            throw new SymmetryAnalysisException($"generalised symmetries are computed for u_t = F and u_tt = F, not {evolution.Leading.Name} = F");
        foreach (var name in characteristic.Symbols())
            if (name is not ("x" or "t") && (!JetVariable.TryParse(name, out var jet) || jet.T >= m))
                throw new SymmetryAnalysisException($"Q reads '{name}'; a characteristic reads x, t, u and u's x-derivatives" +
                                                    (m == 2 ? " and those of u_t" : "") + (JetVariable.TryParse(name, out _) ? $" (write {name} through the equation)" : ""));
        var de = new DeterminingEquations(evolution);
        JetPolynomial q;
        try { q = de.Ring.FromExpr(characteristic.Rationalize()); }
        catch (NotPolynomialException e) { throw new SymmetryAnalysisException($"Q = {characteristic.ToPlain()} is outside the exact ring: it holds {e.Message}"); }
        var zero = JetPolynomial.Zero;
        return de.Ring.ToExpr(de.Ring.ClearDenominators([de.Criterion(zero, zero, q)])[0]);
    }

    // The highest derivative of u a monomial reads (0 for u alone or none; u_xxt has order 3).
    static int JetOrder(Monomial m) =>
        m.Variables.Where(v => v > PolynomialRing.UIndex).Select(v => PolynomialRing.Jet(v)!.Value.Order).DefaultIfEmpty(0).Max();
}
