namespace PdeSym.Symbolic;

/// <summary>
/// The infinitesimal criterion for an evolution equation u_t = F in characteristic form: V = ξ∂x + τ∂t + φ∂u is a
/// symmetry iff C = D_t Q − F_*[Q] vanishes on solutions, where Q = φ − ξu_x − τF (u_t replaced through the
/// equation), D_t acts on the jet through u_{x^k,t} = D_x^k F, and F_*[Q] = Σ_k ∂F/∂u_{x^k} · D_x^k Q is the
/// linearisation. This equals pr V(u_t − F) on the solution manifold. Everything lives in the exact
/// <see cref="PolynomialRing"/>, so collecting C by monomials gives linear equations on an ansatz's coefficients.
/// </summary>
internal sealed class DeterminingEquations
{
    readonly JetPolynomial[] dxF;      // D_x^k F, k = 0..order
    readonly JetPolynomial[] dFdu;     // ∂F/∂u_{x^k}

    public PolynomialRing Ring { get; }
    public JetPolynomial Rhs { get; }
    public int Order { get; }

    public DeterminingEquations(EvolutionEquation equation)
    {
        Ring = new PolynomialRing();
        try { Rhs = Ring.FromExpr(equation.Rhs); }
        catch (NotPolynomialException e)
        {
            throw new SymmetryAnalysisException(
                $"the equation u_t = {equation.Rhs.ToPlain()} is outside the reach of the exact ansatz: it holds {e.Message}. " +
                "Check a candidate generator numerically with `pdesym check` instead");
        }
        Order = equation.Order;
        dFdu = Enumerable.Range(0, Order + 1).Select(k => Ring.Partial(Rhs, PolynomialRing.Index(new JetVariable(k, 0)))).ToArray();
        dxF = new JetPolynomial[2 * Order + 2];
        dxF[0] = Rhs;
        for (int k = 1; k < dxF.Length; k++) dxF[k] = Ring.TotalX(dxF[k - 1]);
    }

    /// <summary>The jet variables x, t, u, u_x, ... of the criterion (no t-derivatives).</summary>
    public JetPolynomial Criterion(JetPolynomial xi, JetPolynomial tau, JetPolynomial phi)
    {
        var q = phi - xi * PolynomialRing.Var(new JetVariable(1, 0)) - tau * Rhs;
        var dtq = Ring.Total(q, TotalT);
        var linearised = new JetPolynomial();
        var dq = q;
        for (int k = 0; k <= Order; k++)
        {
            if (k > 0) dq = Ring.TotalX(dq);
            if (!dFdu[k].IsZero) linearised.AddInPlace(dFdu[k] * dq, Rational.One);
        }
        return dtq - linearised;
    }

    // D_t on the solution manifold: t ↦ 1, x ↦ 0, u_{x^k} ↦ D_x^k F.
    JetPolynomial? TotalT(int v)
    {
        if (v == PolynomialRing.TIndex) return JetPolynomial.Constant(Rational.One);
        if (v == PolynomialRing.XIndex) return null;
        var jet = PolynomialRing.Jet(v)!.Value;
        if (jet.T != 0) throw new InvalidOperationException($"{jet.Name} should have been replaced through the equation");
        return jet.X < dxF.Length ? dxF[jet.X] : Extend(jet.X);
    }

    JetPolynomial Extend(int k)
    {
        var p = dxF[^1];
        for (int i = dxF.Length - 1; i < k; i++) p = Ring.TotalX(p);
        return p;
    }

    /// <summary>The exponentials e^(a x + b t) that F holds (the ansatz multiplies its monomials by them and their inverses).</summary>
    public IReadOnlyList<(Rational A, Rational B)> Exponentials() =>
        Rhs.Terms.Keys.Where(m => m.HasExponential).Select(m => (m.ExpX, m.ExpT)).Distinct().ToList();

    /// <summary>True when F is linear (affine) in u and its derivatives.</summary>
    public bool IsLinear => Rhs.Terms.Keys.All(m =>
        m.Variables.Where(v => v >= 2).Sum(v => m.Power(v)) <= 1
        && m.Bases.All(b => !Ring.Base(b).Variables(Ring).Any(v => v >= 2)));

    /// <summary>True when F has reciprocals or radicals (so some generators may need powers the ansatz lacks).</summary>
    public bool HasRadicals => Rhs.Terms.Keys.Any(m => m.Bases.Length > 0 || m.Powers.Any(p => p < 0));

}
