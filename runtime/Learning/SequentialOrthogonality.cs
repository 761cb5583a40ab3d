using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// Keeps n learned fields distinct: field k is pushed away from each earlier field j &lt; k (only k receives the
/// gradient), with the penalty π/2 − arccos|⟨V_j, V_k⟩|, the inner product being the mean over points of the
/// pointwise dot product. The arccos form keeps a strong gradient near parallel fields.
/// </summary>
public static class SequentialOrthogonality
{
    /// <param name="fields">Unit-normalised fields <c>[n, P, d]</c>.</param>
    /// <returns>The penalty of each field, <c>[n]</c> (0 for the first).</returns>
    public static Tensor Loss(Tensor fields)
    {
        using var scope = NewDisposeScope();
        long points = fields.shape[1];
        var gram = einsum("ipd,jpd->ij", fields.detach(), fields) / points;
        var penalty = Math.PI / 2 - arccos(gram.abs().clamp(max: 1 - 1e-6));
        return penalty.triu(1).sum([0L]).MoveToOuterDisposeScope();
    }

    /// <summary>Mean pointwise dot products of the fields, <c>[n, n]</c> (their cosines when unit-normalised).</summary>
    public static Tensor Gram(Tensor fields) => einsum("ipd,jpd->ij", fields, fields) / fields.shape[1];
}
