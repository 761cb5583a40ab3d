namespace PdeSym.Symbolic;

/// <summary>The Lie bracket of vector fields on (x, t, u): [V, W] = V(W) − W(V), component by component.</summary>
public static class LieBracket
{
    public static Generator Of(Generator v, Generator w) => new(
        (Apply(v, w.Xi) - Apply(w, v.Xi)).Expand(),
        (Apply(v, w.Tau) - Apply(w, v.Tau)).Expand(),
        (Apply(v, w.Phi) - Apply(w, v.Phi)).Expand());

    /// <summary>V(f) = ξ f_x + τ f_t + φ f_u.</summary>
    public static Expr Apply(Generator v, Expr f) =>
        v.Xi * Differentiation.Partial(f, "x") + v.Tau * Differentiation.Partial(f, "t") + v.Phi * Differentiation.Partial(f, "u");
}
