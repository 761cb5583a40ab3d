namespace PdeSym.Symbolic;

/// <summary>
/// Coordinates X, T, linear in x and t, in which an affine field V = (M·(x, t) + b)·∇ has τ depending on T alone: T = w·(x, t)
/// for a left eigenvector w of M (wᵀM = μwᵀ, so V(T) = μT + w·b), X = x (or t when T is a multiple of x). There the
/// field has the form the characteristics are integrated in (ξ = a·X + β(T), τ = τ(T)): the wave equation's
/// (x − t)∂x + (t − x)∂t + a·u∂u has T = x − t, V(T) = 2T, and x + t invariant. The equation is carried over by the
/// chain rule (u_x = X_x u_X + T_x u_T, constants), the results back by X(x, t), T(x, t).
/// </summary>
internal sealed class AffineChart
{
    readonly Rational xx, xt, tx, tt;              // X = xx·x + xt·t, T = tx·x + tt·t
    readonly Dictionary<string, Expr> toNew, toOld;

    AffineChart(Rational xx, Rational xt, Rational tx, Rational tt)
    {
        (this.xx, this.xt, this.tx, this.tt) = (xx, xt, tx, tt);
        var det = xx * tt - xt * tx;
        // Old coordinates through the new (named x and t again): the inverse of [[xx, xt], [tx, tt]].
        toNew = new Dictionary<string, Expr>
        {
            ["x"] = (Expr.Num(tt / det) * Expr.X - Expr.Num(xt / det) * Expr.T).Expand(),
            ["t"] = (Expr.Num(-tx / det) * Expr.X + Expr.Num(xx / det) * Expr.T).Expand(),
        };
        toOld = new Dictionary<string, Expr>
        {
            ["x"] = (Expr.Num(xx) * Expr.X + Expr.Num(xt) * Expr.T).Expand(),
            ["t"] = (Expr.Num(tx) * Expr.X + Expr.Num(tt) * Expr.T).Expand(),
        };
    }

    /// <summary>T = w·(x, t) in words, for a refusal: "x − t".</summary>
    public string Describe() => $"X = {toOld["x"].ToUnicode()}, T = {toOld["t"].ToUnicode()}";

    /// <summary>The chart for V when ξ and τ are affine in x and t with rational coefficients, τ depends on x, and M has a
    /// rational eigenvalue whose T is not invariant (μ ≠ 0 or w·b ≠ 0); else null.</summary>
    public static AffineChart? Of(Generator v)
    {
        if (!v.Tau.Contains("x")) return null;
        Rational? Coefficient(Expr e) => e is Number { IsExact: true } n ? n.Exact : null;
        var parts = new[] { v.Xi.Derivative("x"), v.Xi.Derivative("t"), v.Tau.Derivative("x"), v.Tau.Derivative("t") }.Select(e => Coefficient(e.Expand())).ToArray();
        var b = new[] { v.Xi, v.Tau }.Select(e => Coefficient(e.Substitute(new Dictionary<string, Expr> { ["x"] = Expr.Zero, ["t"] = Expr.Zero }).Expand())).ToArray();
        if (parts.Concat(b).Any(p => p is null) || v.Xi.Contains("u") || v.Tau.Contains("u")) return null;
        var (a, bb, c, d) = (parts[0]!.Value, parts[1]!.Value, parts[2]!.Value, parts[3]!.Value);   // ξ = ax + bb·t + ξ₀, τ = cx + dt + τ₀
        if (!(v.Xi - Expr.Num(a) * Expr.X - Expr.Num(bb) * Expr.T - Expr.Num(b[0]!.Value)).Expand().IsZero
            || !(v.Tau - Expr.Num(c) * Expr.X - Expr.Num(d) * Expr.T - Expr.Num(b[1]!.Value)).Expand().IsZero)
            return null;
        // Eigenvalues of M = [[a, bb], [c, d]]: λ² − (a + d)λ + (ad − bb·c); a nonzero one first, so that V(T) ≠ 0.
        var roots = LinearOde.RationalRoots([a * d - bb * c, -(a + d), Rational.One]).OrderBy(mu => mu.IsZero ? 1 : 0).ToList();
        foreach (var mu in roots)
        {
            // wᵀM = μwᵀ: (a − μ)w₁ + c·w₂ = 0 and bb·w₁ + (d − μ)w₂ = 0.
            var (w1, w2) = !(c.IsZero && (mu - a).IsZero) ? (c, mu - a) : (d - mu, -bb);
            if (w1.IsZero && w2.IsZero) continue;
            if (mu.IsZero && (w1 * b[0]!.Value + w2 * b[1]!.Value).IsZero) continue;          // T invariant: no τ left
            return w2.IsZero ? new AffineChart(Rational.Zero, Rational.One, w1, w2) : new AffineChart(Rational.One, Rational.Zero, w1, w2);
        }
        return null;
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
        (Expr.Num(xx) * v.Xi + Expr.Num(xt) * v.Tau).Substitute(toNew).Expand(),
        (Expr.Num(tx) * v.Xi + Expr.Num(tt) * v.Tau).Substitute(toNew).Expand(),
        v.Phi.Substitute(toNew).Expand());

    /// <summary>An expression in the new coordinates written in x and t.</summary>
    public Expr Back(Expr e) => e.Substitute(toOld).Expand();

    // u_{x^i t^j} = (X_x ∂X + T_x ∂T)^i (X_t ∂X + T_t ∂T)^j u: a polynomial in the two derivatives, each monomial a jet.
    Expr Jet(JetVariable jet)
    {
        var terms = new Dictionary<(int X, int T), Rational> { [(0, 0)] = Rational.One };
        void Apply(Rational dx, Rational dt)
        {
            var next = new Dictionary<(int X, int T), Rational>();
            foreach (var ((i, j), c) in terms)
            {
                next[(i + 1, j)] = next.GetValueOrDefault((i + 1, j), Rational.Zero) + c * dx;
                next[(i, j + 1)] = next.GetValueOrDefault((i, j + 1), Rational.Zero) + c * dt;
            }
            terms = next;
        }
        for (int k = 0; k < jet.X; k++) Apply(xx, tx);
        for (int k = 0; k < jet.T; k++) Apply(xt, tt);
        return Expr.Add(terms.Where(kv => !kv.Value.IsZero).Select(kv => Expr.Num(kv.Value) * Expr.Sym(new JetVariable(kv.Key.X, kv.Key.T).Name)));
    }
}
