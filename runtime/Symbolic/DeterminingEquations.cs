namespace PdeSym.Symbolic;

/// <summary>
/// The infinitesimal criterion for an equation u_{t^m} = F (<see cref="EvolutionEquation"/>) in characteristic form:
/// V = ξ∂x + τ∂t + φ∂u is a symmetry iff C = D_t^m Q − F_*[Q] vanishes on solutions, where Q = φ − ξu_x − τu_t
/// (u_t replaced through the equation when m = 1), D_t acts on the jet through u_{x^k t^(m−1)} ↦ D_x^k F, and
/// F_*[Q] = Σ_J ∂F/∂u_J · D_J Q is the linearisation over the jet variables u_J that F reads. This equals pr V(u_{t^m} − F)
/// on the solution manifold. Everything lives in the exact <see cref="PolynomialRing"/>, so collecting C by monomials
/// gives linear equations on an ansatz's coefficients.
/// </summary>
internal sealed class DeterminingEquations
{
    readonly List<JetPolynomial> dxF;                              // D_x^k F, k = 0, 1, ... (extended on demand)
    readonly (JetVariable Jet, JetPolynomial Partial)[] dFdu;      // ∂F/∂u_J for the u_J that F reads

    public PolynomialRing Ring { get; }
    public JetPolynomial Rhs { get; }
    public int Order { get; }
    /// <summary>m, the t-derivatives of the leading term u_{t^m}.</summary>
    public int TimeOrder { get; }

    public DeterminingEquations(EvolutionEquation equation)
    {
        Ring = new PolynomialRing();
        try { Rhs = Ring.FromExpr(equation.Rhs); }
        catch (NotPolynomialException e)
        {
            throw new SymmetryAnalysisException(
                $"the equation {equation.Leading.Name} = {equation.Rhs.ToPlain()} is outside the reach of the exact ansatz: it holds {e.Message}. " +
                "Check a candidate generator numerically with `pdesym check` instead");
        }
        Order = equation.Order;
        TimeOrder = equation.TimeOrder;
        dFdu = equation.Jets.Select(j => (j, Ring.Partial(Rhs, PolynomialRing.Index(j)))).Where(p => !p.Item2.IsZero).ToArray();
        dxF = [Rhs];
    }

    /// <summary>The criterion C in x, t and the free jet variables (those of fewer than m t-derivatives).</summary>
    public JetPolynomial Criterion(JetPolynomial xi, JetPolynomial tau, JetPolynomial phi)
    {
        var ut = TimeOrder == 1 ? Rhs : PolynomialRing.Var(new JetVariable(0, 1));
        var q = phi - xi * PolynomialRing.Var(new JetVariable(1, 0)) - tau * ut;
        // D_x^i D_t^j Q for every j ≤ m and the x-derivatives the linearisation needs.
        var byT = new List<JetPolynomial> { q };
        for (int j = 1; j <= TimeOrder; j++) byT.Add(Ring.Total(byT[^1], TotalT));
        var criterion = byT[TimeOrder];
        foreach (var (jet, partial) in dFdu)
        {
            var d = byT[jet.T];
            for (int i = 0; i < jet.X; i++) d = Ring.TotalX(d);
            criterion.AddInPlace(partial * d, Rational.MinusOne);
        }
        return criterion;
    }

    /// <summary>D_t p on the solutions: u_{t^m} and its x-derivatives replaced through the equation.</summary>
    public JetPolynomial OnSolutionsDt(JetPolynomial p) => Ring.Total(p, TotalT);

    // D_t on the solution manifold: t ↦ 1, x ↦ 0, u_{x^k t^j} ↦ u_{x^k t^(j+1)} while j + 1 < m, u_{x^k t^(m−1)} ↦ D_x^k F.
    JetPolynomial? TotalT(int v)
    {
        if (v == PolynomialRing.TIndex) return JetPolynomial.Constant(Rational.One);
        if (v == PolynomialRing.XIndex) return null;
        var jet = PolynomialRing.Jet(v)!.Value;
        if (jet.T >= TimeOrder) throw new InvalidOperationException($"{jet.Name} should have been replaced through the equation");
        if (jet.T + 1 < TimeOrder) return PolynomialRing.Var(jet with { T = jet.T + 1 });
        while (dxF.Count <= jet.X) dxF.Add(Ring.TotalX(dxF[^1]));
        return dxF[jet.X];
    }

    /// <summary>
    /// The exponentials e^(a x + b t) that F holds (the ansatz multiplies its monomials by them and their inverses); a
    /// factor e^(c u) of F does not enter the ansatz (its e^(λu) come from <see cref="ExponentialRatesInU"/>).
    /// </summary>
    public IReadOnlyList<(Rational A, Rational B)> Exponentials() =>
        Rhs.Terms.Keys.Where(m => !m.ExpX.IsZero || !m.ExpT.IsZero).Select(m => (m.ExpX, m.ExpT)).Distinct().ToList();

    /// <summary>
    /// The rates λ ≠ 0 for which φ = e^(λu) (times functions of x, t) can satisfy the criterion where a polynomial in u cannot:
    /// the criterion of φ = g(u) is, at each monomial of the jet (and x, t), a linear operator on g; where that operator has
    /// constant coefficients — probed on g = 1, u, u², … and confirmed on every probe — the rational roots of its
    /// characteristic polynomial are the rates. The potential Burgers equation u_t = u_xx + u_x² has −(g″ + g′) at u_x²,
    /// so λ = −1 (its symmetries β(x, t)e^(−u)∂u, β a solution of the heat equation); KdV's, the heat equation's and
    /// Burgers' operators give λ = 0 alone.
    /// </summary>
    public IReadOnlyList<Rational> ExponentialRatesInU()
    {
        int probes = Math.Min(Order + 2, 6);
        var zero = JetPolynomial.Zero;
        var u = PolynomialRing.UIndex;
        // For each monomial without u: the polynomial in u that the probe u^k leaves there (index = power of u).
        var byKey = new Dictionary<Monomial, Rational[][]>();
        for (int k = 0; k < probes; k++)
        {
            foreach (var (m, c) in Criterion(zero, zero, JetPolynomial.Of(Monomial.Variable(u, k), Rational.One)).Terms)
            {
                if (!m.ExpU.IsZero || m.Variables.Any(v => v == PolynomialRing.SinU || v == PolynomialRing.CosU)) return [];
                int power = m.Power(u);
                if (power < 0 || power > probes) return [];   // 1/u: no polynomial in u to compare with
                var key = m.Without(u);
                if (!byKey.TryGetValue(key, out var table))
                    byKey[key] = table = Enumerable.Range(0, probes).Select(_ => Enumerable.Repeat(Rational.Zero, probes + 1).ToArray()).ToArray();
                table[k][power] += c;
            }
        }
        var rates = new HashSet<Rational>();
        foreach (var table in byKey.Values)
        {
            // α_d = [u⁰] L[u^d] / d!; then L[u^k] must be Σ_d α_d k!/(k − d)! u^(k−d) for every probe.
            var alpha = new Rational[probes];
            Rational factorial = Rational.One;
            for (int d = 0; d < probes; d++)
            {
                if (d > 0) factorial *= new Rational(d, 1);
                alpha[d] = table[d][0] / factorial;
            }
            bool constant = true;
            for (int k = 0; k < probes && constant; k++)
                for (int power = 0; power <= probes && constant; power++)
                {
                    int d = k - power;
                    var expected = d < 0 ? Rational.Zero : alpha[d] * Falling(k, d);
                    constant = table[k][power] == expected;
                }
            if (!constant || alpha.Skip(1).All(a => a.IsZero)) continue;
            foreach (var root in new UnivariatePolynomial(alpha).RationalRoots()) if (!root.IsZero) rates.Add(root);
        }
        return rates.Order().ToList();
    }

    /// <summary>
    /// For each rate λ of <see cref="ExponentialRatesInU"/> whose fields β(x, t)e^(λu)∂u are symmetries exactly when β solves
    /// a linear equation β_t = Σₖ aₖ ∂ᵏβ/∂xᵏ with constant aₖ (the potential Burgers equation: β_t = νβ_xx): λ and the aₖ.
    /// Read off the criterion of e^(λu)xⁿ, which must hold no jet variable and equal −e^(λu) Σₖ aₖ n!/(n − k)! x^(n−k).
    /// </summary>
    public IReadOnlyList<(Rational Rate, Rational[] A)> ExponentialFamilies()
    {
        var families = new List<(Rational, Rational[])>();
        var zero = JetPolynomial.Zero;
        foreach (var rate in ExponentialRatesInU())
        {
            var e = Monomial.Exponential(Rational.Zero, Rational.Zero, rate);
            var criteria = Enumerable.Range(0, Order + 1)
                .Select(n => Criterion(zero, zero, JetPolynomial.Of(e.Multiply(Monomial.Variable(PolynomialRing.XIndex, n)), Rational.One))).ToList();
            var a = new Rational[Order + 1];
            Rational factorial = Rational.One;
            for (int n = 0; n <= Order; n++)
            {
                if (n > 0) factorial *= new Rational(n, 1);
                a[n] = -criteria[n].Terms.GetValueOrDefault(e, Rational.Zero) / factorial;
            }
            bool holds = true;
            for (int n = 0; n <= Order && holds; n++)
            {
                var expected = new JetPolynomial();
                for (int k = 0; k <= n; k++)
                    if (!a[k].IsZero)
                        expected.AddInPlace(e.Multiply(Monomial.Variable(PolynomialRing.XIndex, n - k)), -a[k] * Falling(n, k));
                holds = (criteria[n] - expected).IsZero;
            }
            if (holds && a.Skip(1).Any(c => !c.IsZero)) families.Add((rate, a));
        }
        return families;
    }

    static Rational Falling(int k, int d)
    {
        Rational r = Rational.One;
        for (int i = 0; i < d; i++) r *= new Rational(k - i, 1);
        return r;
    }

    /// <summary>True when F is linear (affine) in u and its derivatives.</summary>
    public bool IsLinear => Rhs.Terms.Keys.All(m =>
        m.ExpU.IsZero && m.Variables.All(v => v >= 0) && m.Variables.Where(v => v >= 2).All(v => m.Power(v) > 0)
        && m.Variables.Where(v => v >= 2).Sum(v => m.Power(v)) <= 1
        && m.Bases.All(b => !Ring.Base(b).Variables(Ring).Any(v => v >= 2)));

    /// <summary>
    /// The radical and reciprocal bases of F in x, t and u alone (cKdV's t + 1): the ansatz holds their powers. Bases that
    /// read derivatives (√u_x) stay out: ξ, τ, φ of a point symmetry never read the derivatives.
    /// </summary>
    public IReadOnlyList<int> PointBases => Rhs.Terms.Keys.SelectMany(m => m.Bases).Distinct().Order()
        .Where(b => Ring.Base(b).Variables(Ring).All(v => v <= PolynomialRing.UIndex)).ToList();

    /// <summary>True when F has reciprocals or radicals in x, t, u (so some generators may need powers the ansatz lacks).</summary>
    public bool HasRadicals => PointBases.Count > 0
        || Rhs.Terms.Keys.Any(m => m.Variables.Any(v => v is >= PolynomialRing.XIndex and <= PolynomialRing.UIndex && m.Power(v) < 0));

}
