namespace PdeSym.Symbolic;

/// <summary>
/// The invariants of V = ξ∂x + τ∂t + φ∂u in closed form, by integrating its characteristic system dx/ξ = dt/τ = du/φ
/// when both of its equations are linear — which holds for the generators of evolution equations' algebras:
/// <list type="bullet">
/// <item>τ = 0: t is invariant; u = G(f(t) + ∫ β/(ξG) dx) with G = e^(∫ α/ξ dx) for φ = α(x, t)u + β(x, t)
/// (Galilean boosts: KdV's t∂x + ∂u gives u = x/t + f(t); heat's 2t∂x − xu∂u gives u = e^(−x²/4t) f(t); a scaling of x
/// alone, 2x∂x − 3u∂u, u = x^(−3/2) f(t));</item>
/// <item>τ = τ(t) ≠ 0, ξ = a(t)x + b(t), φ = α(x, t)u + β(x, t): z = x/E − ∫ b/(τE) dt with E = e^(∫ a/τ dt), and
/// u = G(f(z) + ∫ β/(τG) dt) with G = e^(∫ α/τ dt) along the characteristic — travelling waves (z = x − ct), scaling
/// solutions (z = x t^(−1/3), u = t^(−2/3) f(z) for KdV), ∂t + t∂x + ∂u (z = x − t²/2, u = t + f(z)) and the projective
/// symmetries (heat's: z = x/t, u = t^(−1/2) e^(−x²/4t) f(z));</item>
/// <item>a boost or rotation ξ = ax + bt, τ = dx − at, φ = 0: u = f(z) on the quadratic invariant z = dx² − 2axt − bt²
/// (the wave equation's Lorentz boost: z = x² − t²).</item>
/// </list>
/// (A field whose τ depends on x otherwise is first put in linear coordinates where it does not: <see cref="LinearChart"/>.)
/// The integrals are taken term by term over powers of linear functions of t (t^(−1) gives log t), e^(kt) and rational
/// functions of t (logarithms and arctangents: ∂t + V6 of the heat equation); anything else is refused with the reason. A scaling about t₀ ≠ 0 is centred first (<see cref="Centre"/>) so that its powers are of t.
/// </summary>
/// <param name="Variable">The ODE's variable: z, or t when τ = 0.</param>
/// <param name="Z">The invariant z = Z(x, t) (t when τ = 0).</param>
/// <param name="Chart">x (and t) written through z and t (empty when τ = 0: x must drop out); for a boost or a rotation,
/// the line t = 0, x = √(z/d) across its orbits (then <see cref="OnLine"/>).</param>
/// <param name="U">u = U(x, t, f) with the symbol f standing for f(Z).</param>
internal sealed record SimilarityInvariants(string Variable, Expr Z, IReadOnlyDictionary<string, Expr> Chart, Expr U)
{
    static readonly Expr F = Expr.Sym(SimilarityReduction.Unknown);
    static readonly Expr Zs = Expr.Sym("z");

    public static SimilarityInvariants Of(Generator v)
    {
        var (xi, tau, phi) = (v.Xi, v.Tau, v.Phi);
        if (tau.IsZero && xi.IsZero)
            throw Refuse(v, "it moves u alone (ξ = τ = 0), so x and t are both invariant and u = U(x, t) is no reduction");
        var alpha = phi.Derivative("u").Expand();
        var beta = (phi - alpha * Expr.U).Expand();
        if (alpha.Contains("u") || beta.Contains("u"))
            throw Refuse(v, $"φ = {phi.ToUnicode()} is not affine in u");
        SimilarityInvariants invariants;
        if (tau.IsZero)
        {
            if (xi.Contains("u"))
                throw Refuse(v, $"τ = 0 and ξ = {xi.ToUnicode()} depends on u");
            // At fixed t, du/dx = (αu + β)/ξ: u = G(f(t) + ∫ β/(ξG) dx) with G = e^(∫ α/ξ dx) (x∂x − 3u∂u/2: u = x^(−3/2) f(t)).
            var g = Antiderivative.ExpOf(Integrate(alpha / xi, "x", v), "x");
            Expr u = beta.IsZero ? g * F : (g * (F + Integrate(beta / (xi * g), "x", v))).Expand();
            invariants = new SimilarityInvariants("t", Expr.T, new Dictionary<string, Expr>(), u);
        }
        else if (tau.Contains("x") && Orbits(v) is { } orbits)
            invariants = orbits;
        else if (tau.Contains("x") || tau.Contains("u"))
            throw Refuse(v, $"τ = {tau.ToUnicode()} depends on {(tau.Contains("x") ? "x" : "u")}" +
                            (tau.Contains("x") ? " and V is no boost or rotation (ξ = ax + bt, τ = dx − at, φ = 0)" : ""));
        else
            invariants = AlongCharacteristics(v, alpha, beta);
        if (invariants.Defect(v) is var defect && !Evaluation.Vanishes(defect))
            throw new InvalidOperationException($"internal: U = {invariants.U.ToPlain()} is not V-invariant (defect {defect.ToPlain()})");
        return invariants;
    }

    /// <summary>
    /// (x₀, t₀) of a scaling τ = b(t − t₀), ξ = a(x − x₀), and t₀ of τ = c(t − t₀)^p (cKdV's 4(t + 1)^(3/2)): in x − x₀ and
    /// t − t₀ the powers multiply as monomials. Zeros for every other generator.
    /// </summary>
    public static (Expr X0, Expr T0) Centre(Generator v)
    {
        if (v.Tau.Contains("x") || v.Tau.Contains("u")) return (Expr.Zero, Expr.Zero);
        if (v.Tau.Derivative("t") is Number { IsExact: true, IsZero: false } b)
        {
            var (a, c) = (v.Xi.Derivative("x"), v.Xi.Substitute("x", Expr.Zero));
            return (a is Number { IsZero: false } && c is Number ? -c / a : Expr.Zero, -v.Tau.Substitute("t", Expr.Zero) / b);
        }
        var (_, monomial) = Product.SplitCoefficient(v.Tau);
        return Power.Split(monomial).Base is Sum linear && linear.Derivative("t") is Number { IsZero: false } slope
            ? (Expr.Zero, -linear.Substitute("t", Expr.Zero) / slope)
            : (Expr.Zero, Expr.Zero);
    }

    // τ = τ(t) ≠ 0, ξ = a(t)x + b(t), φ = α(x, t)u + β(x, t): the characteristics are parametrised by t and both of
    // their equations are linear: dx/dt = (a x + b)/τ gives x = E(z + ∫ b/(τE) dt) with E = e^(∫ a/τ dt), so z is
    // invariant; du/dt = (αu + β)/τ along it gives u = G(f(z) + ∫ β/(τG) dt) with G = e^(∫ α/τ dt).
    static SimilarityInvariants AlongCharacteristics(Generator v, Expr alpha, Expr beta)
    {
        var (tau, xi) = (v.Tau, v.Xi);
        var a = xi.Derivative("x").Expand();
        var b = xi.Substitute("x", Expr.Zero).Expand();
        if (a.Contains("x") || a.Contains("u") || b.Contains("u"))
            throw Refuse(v, $"ξ = {xi.ToUnicode()} is not a(t)·x + b(t)");
        var e = Antiderivative.ExpOf(Integrate(a / tau, "t", v), "t");
        var xOf = (e * (Zs + Integrate(b / (tau * e), "t", v))).Expand();
        var z = (Expr.X / e - Integrate(b / (tau * e), "t", v)).Expand();
        var along = new Dictionary<string, Expr> { ["x"] = xOf };
        var g = Antiderivative.ExpOf(Integrate(alpha.Substitute(along) / tau, "t", v), "t");
        var u = g * (F + Integrate(beta.Substitute(along) / (tau * g), "t", v));
        return new SimilarityInvariants("z", z, new Dictionary<string, Expr> { ["x"] = xOf }, u.Substitute("z", z).Expand());
    }

    /// <summary>True when the chart is a line across the orbits, not a change of coordinates: Δ on U is then checked to be a factor times the ODE.</summary>
    public bool OnLine => Chart.ContainsKey("t");

    // ξ = ax + bt, τ = dx − at (a linear field without trace: the Lorentz boost t∂x + x∂t, rotations), φ = 0: the quadratic
    // invariant z = dx² − 2axt − bt² (x² − t² for the boost), u = f(z); the ODE is read on the line t = 0, x = √(z/d)
    // (d > 0 after a sign), or t = 1 when d = 0.
    static SimilarityInvariants? Orbits(Generator v)
    {
        if (!v.Phi.IsZero) return null;
        var (a, b) = (v.Xi.Derivative("x"), v.Xi.Derivative("t"));
        var (d, e) = (v.Tau.Derivative("x"), v.Tau.Derivative("t"));
        if (new[] { a, b, d, e }.Any(c => c is not Number { IsExact: true }) || !(a + e).Expand().IsZero
            || !(v.Xi - a * Expr.X - b * Expr.T).Expand().IsZero || !(v.Tau - d * Expr.X - e * Expr.T).Expand().IsZero)
            return null;
        var z = (d * Expr.Pow(Expr.X, 2) - 2 * a * Expr.X * Expr.T - b * Expr.Pow(Expr.T, 2)).Expand();
        if (z.IsZero) return null;
        if (d is Number { IsNegative: true }) (z, d) = ((-z).Expand(), (-d).Expand());
        var chart = !d.IsZero
            ? new Dictionary<string, Expr> { ["t"] = Expr.Zero, ["x"] = Expr.Sqrt(Zs / d) }
            : new Dictionary<string, Expr> { ["t"] = Expr.One, ["x"] = ((Zs + b) / (-2 * a)).Expand() };   // z = −2ax − b on t = 1
        return new SimilarityInvariants("z", z, chart, F);
    }

    /// <summary>u_{x^i t^j} on u = U: D_x^i D_t^j U, with D_c f^(k) = f^(k+1) ∂Z/∂c.</summary>
    public Expr Jet(JetVariable jet)
    {
        var e = U;
        for (int i = 0; i < jet.X; i++) e = Total(e, "x");
        for (int j = 0; j < jet.T; j++) e = Total(e, "t");
        return e;
    }

    Expr Total(Expr e, string coordinate) => FirstIntegral.Total(e, coordinate, Name, 63, Z.Derivative(coordinate));

    // When the variable is t itself its derivative is read by ∂/∂t; f(t)'s are f_t, f_tt, ...
    string Name(int k) => SimilarityReduction.DerivativeName(Variable, k);

    /// <summary>ξ D_x U + τ D_t U − φ(u = U): zero when u = U is V-invariant for every f.</summary>
    Expr Defect(Generator v) => v.Xi * Total(U, "x") + v.Tau * Total(U, "t") - v.Phi.Substitute("u", U);

    static Expr Integrate(Expr e, string variable, Generator v) => Antiderivative.Of(e, variable) ?? throw Refuse(v,
        $"its characteristic system needs ∫ {e.ToUnicode()} d{variable}, whose terms are not powers of linear functions of {variable}, e^(k{variable}) or rational functions of {variable} with a denominator that splits into linear and quadratic factors over ℚ");

    static UnreducibleGeneratorException Refuse(Generator v, string reason) => new(v, reason);
}
