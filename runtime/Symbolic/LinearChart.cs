namespace PdeSym.Symbolic;

/// <summary>
/// Coordinates X, T, linear in x and t, in which a field has τ depending on T alone. For an affine V = (M·(x, t) + b)·∇: T = w·(x, t)
/// for a left eigenvector w of M (wᵀM = μwᵀ, so V(T) = μT + w·b), X = x (or t when T is a multiple of x). There the
/// field has the form the characteristics are integrated in (ξ = a·X + β(T), τ = τ(T)): the wave equation's
/// (x − t)∂x + (t − x)∂t + a·u∂u has T = x − t, V(T) = 2T, and x + t invariant. M may hold a family's parameter when its
/// eigenvalues are polynomials in it (u_tt = u_xx − u³'s (x + at)∂x + (ax + t)∂t: μ = 1 ± a, w = (1, ±1)). The equation is
/// carried over by the chain rule (u_x = X_x u_X + T_x u_T, constants), the results back by X(x, t), T(x, t). A field that
/// is not affine is tried on the light cones T = x ± t, where the wave equation's conformal maps move T as a function of
/// itself (⟨V1 + V2 + V6 + V7⟩ = (1 + (x + t)²)(∂x + ∂t) leaves x − t invariant).
/// </summary>
internal sealed class LinearChart
{
    readonly Expr xx, xt, tx, tt;              // X = xx·x + xt·t, T = tx·x + tt·t
    readonly Dictionary<string, Expr> toNew, toOld;

    LinearChart(Expr xx, Expr xt, Expr tx, Expr tt, Expr eigenvalue)
    {
        (this.xx, this.xt, this.tx, this.tt) = (xx, xt, tx, tt);
        var det = (xx * tt - xt * tx).Expand();
        // Nonzero where the chart holds: the determinant, and μ (else V(T) = w·b is all that is left of τ).
        Assumptions = [.. new[] { det, eigenvalue }.Where(e => e is not Number)];
        // Old coordinates through the new (named x and t again): the inverse of [[xx, xt], [tx, tt]].
        toNew = new Dictionary<string, Expr>
        {
            ["x"] = ((tt * Expr.X - xt * Expr.T) / det).Expand(),
            ["t"] = ((xx * Expr.T - tx * Expr.X) / det).Expand(),
        };
        toOld = new Dictionary<string, Expr>
        {
            ["x"] = (xx * Expr.X + xt * Expr.T).Expand(),
            ["t"] = (tx * Expr.X + tt * Expr.T).Expand(),
        };
    }

    /// <summary>Expressions in a family's parameters the chart needs nonzero (its determinant, the eigenvalue μ).</summary>
    public IReadOnlyList<Expr> Assumptions { get; }

    /// <summary>The new coordinates in words, for a refusal: "X = x, T = x − t".</summary>
    public string Describe() => $"X = {toOld["x"].ToUnicode()}, T = {toOld["t"].ToUnicode()}";

    /// <summary>The chart for V when τ depends on x and either ξ and τ are affine in x and t with coefficients free of x,
    /// t, u (numbers, or expressions in a family's parameters) and M has an eigenvalue that is rational, or a polynomial
    /// in one parameter, whose T is not invariant (μ ≠ 0 or w·b ≠ 0), or V moves a light cone x ± t as a function of
    /// itself; else null.</summary>
    public static LinearChart? Of(Generator v)
    {
        if (!v.Tau.Contains("x") || v.Xi.Contains("u") || v.Tau.Contains("u")) return null;
        var origin = new Dictionary<string, Expr> { ["x"] = Expr.Zero, ["t"] = Expr.Zero };
        var (a, bb, c, d) = (v.Xi.Derivative("x").Expand(), v.Xi.Derivative("t").Expand(), v.Tau.Derivative("x").Expand(), v.Tau.Derivative("t").Expand());
        var (xi0, tau0) = (v.Xi.Substitute(origin).Expand(), v.Tau.Substitute(origin).Expand());
        if (new[] { a, bb, c, d, xi0, tau0 }.Any(e => e.Contains("x") || e.Contains("t"))
            || !(v.Xi - a * Expr.X - bb * Expr.T - xi0).Expand().IsZero || !(v.Tau - c * Expr.X - d * Expr.T - tau0).Expand().IsZero)
            return LightCone(v);
        // Eigenvalues of M = [[a, bb], [c, d]]; a nonzero one first, so that V(T) ≠ 0.
        if (Eigenvalues(a, bb, c, d) is not { } eigenvalues) return null;
        foreach (var mu in eigenvalues.OrderBy(mu => mu.IsZero ? 1 : 0))
        {
            // wᵀM = μwᵀ: (a − μ)w₁ + c·w₂ = 0 and bb·w₁ + (d − μ)w₂ = 0; c ≠ 0 as τ depends on x.
            var (w1, w2) = Primitive(c, (mu - a).Expand());
            if (mu.IsZero && (w1 * xi0 + w2 * tau0).Expand().IsZero) continue;          // T invariant: no τ left
            return w2.IsZero ? new LinearChart(Expr.Zero, Expr.One, w1, w2, mu) : new LinearChart(Expr.One, Expr.Zero, w1, w2, mu);
        }
        return null;
    }

    // A field that is not affine — the wave equation's conformal (x² + t²)∂x + 2xt∂t — may still move x ± t as a function of
    // itself: V(x + t) = (x + t)² there. T = x ± t, and X = x ∓ t the other light cone.
    // Of the two, one whose field moves X affinely (ξ = a(T)X + b(T), what the characteristics integrate) is preferred:
    // 2∂x + (x − t)²(∂x − ∂t)… moves x + t by 2 and x − t by 2(x − t)² + 2, so T = x − t, X = x + t.
    static LinearChart? LightCone(Generator v)
    {
        var charts = new List<LinearChart>();
        foreach (var sign in new[] { Expr.One, Expr.MinusOne })
        {
            var moved = (v.Xi + sign * v.Tau).Expand();                                   // V(x + sign·t)
            var inT = moved.Substitute("x", Expr.Sym("T_") - sign * Expr.T).Expand();     // in T = x + sign·t and t
            if (!inT.Contains("t")) charts.Add(new LinearChart(Expr.One, -sign, Expr.One, sign, Expr.One));   // X = x − sign·t, the other light cone
        }
        return charts.FirstOrDefault(c => c.Field(v).Xi.Derivative("x").Derivative("x").Expand().IsZero) ?? charts.FirstOrDefault();
    }

    // λ² − (a + d)λ + (ad − bb·c) = 0: rational roots, or (a + d ± r)/2 with r² the discriminant, r a rational or a
    // polynomial in one parameter; null otherwise.
    static List<Expr>? Eigenvalues(Expr a, Expr bb, Expr c, Expr d)
    {
        var trace = (a + d).Expand();
        var discriminant = (trace * trace - 4 * (a * d - bb * c)).Expand();
        Expr? root = null;
        if (discriminant is Number { IsExact: true } n) root = n.Exact.Sign >= 0 && n.Exact.TryRoot(2, out var r) ? Expr.Num(r) : null;
        else if (discriminant.Symbols() is { Count: 1 } names && UnivariatePolynomial.From(discriminant, names.First()) is { } p)
            root = SquareRoot(p)?.ToExpr(names.First());
        return root is null ? null : [((trace + root) / 2).Expand(), ((trace - root) / 2).Expand()];
    }

    // q with q² = p, when p is a square: each square-free part to an even power, the leading coefficient a rational square.
    static UnivariatePolynomial? SquareRoot(UnivariatePolynomial p)
    {
        if (p.IsZero) return p;
        if (!p.Leading.TryRoot(2, out var lead) || p.Leading.Sign < 0) return null;
        var parts = p.Monic().SquareFree();
        if (parts.Where((s, i) => (i + 1) % 2 == 1 && s.Degree > 0).Any()) return null;
        return parts.Select((s, i) => s.Pow((i + 1) / 2)).Aggregate(UnivariatePolynomial.One, (q, s) => q * s).Scale(lead);
    }

    // (w₁, w₂) without a common factor in the parameter: (1 − a)(1, 1) is (1, 1).
    static (Expr, Expr) Primitive(Expr w1, Expr w2)
    {
        if (w1.Symbols().Union(w2.Symbols()).ToList() is not [var name]
            || UnivariatePolynomial.From(w1, name) is not { } p || UnivariatePolynomial.From(w2, name) is not { } q
            || UnivariatePolynomial.Gcd(p, q) is not { Degree: > 0 } g)
            return (w1, w2);
        return (p.DivRem(g).Quotient.ToExpr(name), q.DivRem(g).Quotient.ToExpr(name));
    }

    /// <summary>Δ in the new coordinates (named x and t): each u_{x^i t^j} by the chain rule, x and t through X and T.</summary>
    public Expr Equation(Expr equation)
    {
        var map = new Dictionary<string, Expr>(toNew);
        foreach (var name in equation.Symbols())
            if (JetVariable.TryParse(name, out var jet) && jet.Order > 0) map[name] = Jet(jet);
        return equation.Substitute(map).Expand();
    }

    /// <summary>V in the new coordinates: V(X)∂X + V(T)∂T + φ∂u.</summary>
    public Generator Field(Generator v) => new(
        (xx * v.Xi + xt * v.Tau).Substitute(toNew).Expand(),
        (tx * v.Xi + tt * v.Tau).Substitute(toNew).Expand(),
        v.Phi.Substitute(toNew).Expand());

    /// <summary>An expression in the new coordinates written in x and t.</summary>
    public Expr Back(Expr e) => e.Substitute(toOld).Expand();

    // u_{x^i t^j} = (X_x ∂X + T_x ∂T)^i (X_t ∂X + T_t ∂T)^j u: a polynomial in the two derivatives, each monomial a jet.
    Expr Jet(JetVariable jet)
    {
        var terms = new Dictionary<(int X, int T), Expr> { [(0, 0)] = Expr.One };
        void Apply(Expr dx, Expr dt)
        {
            var next = new Dictionary<(int X, int T), Expr>();
            foreach (var ((i, j), c) in terms)
            {
                next[(i + 1, j)] = next.GetValueOrDefault((i + 1, j), Expr.Zero) + c * dx;
                next[(i, j + 1)] = next.GetValueOrDefault((i, j + 1), Expr.Zero) + c * dt;
            }
            terms = next;
        }
        for (int k = 0; k < jet.X; k++) Apply(xx, tx);
        for (int k = 0; k < jet.T; k++) Apply(xt, tt);
        return Expr.Add(terms.Select(kv => kv.Value.Expand() * Expr.Sym(new JetVariable(kv.Key.X, kv.Key.T).Name))).Expand();
    }
}
