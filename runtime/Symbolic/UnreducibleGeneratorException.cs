namespace PdeSym.Symbolic;

/// <summary>A symmetry whose invariants <see cref="SimilarityInvariants"/> cannot write in closed form; <see cref="Reason"/> says why.</summary>
public sealed class UnreducibleGeneratorException(Generator generator, string reason) : UserFacingException(
    $"V = {generator.ToUnicode()} cannot be reduced here: {reason}. {Reach}")
{
    /// <summary>What the reduction takes, and what to try instead.</summary>
    public const string Reach =
        "`pdesym reduce` integrates the characteristics of generators whose equations for them are linear: τ = τ(t) ≠ 0 with " +
        "ξ = a(t)x + b(t), or τ = 0, and φ = α(x, t)u + β(x, t) (translations, scalings, Galilean boosts, projective " +
        "maps), when the integrals along them are powers of linear functions of t, e^(kt) or rational functions of t; affine fields " +
        "whose τ depends on x, in coordinates X, T that make τ a function of T (a rational eigenvalue of their linear part); and boosts and rotations " +
        "ξ = ax + bt, τ = dx − at with φ = 0 on their quadratic invariant; a combination of the algebra's " +
        "generators in that form may reduce the same solutions";

    public Generator Generator { get; } = generator;
    public string Reason { get; } = reason;
}
