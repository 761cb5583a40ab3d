using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// The size of fields over a batch: the root mean square over points of the pointwise Euclidean norm. Dividing a
/// field by it gives the unit-normalised field the flows and the orthogonality penalty work with.
/// </summary>
public static class FieldNorm
{
    /// <param name="fields"><c>[n, P, d]</c>.</param>
    /// <param name="floor">Smallest norm returned (keeps a vanishing field finite).</param>
    /// <returns><c>[n, 1, 1]</c>, clamped away from 0.</returns>
    public static Tensor Of(Tensor fields, double floor = 1e-8) =>
        fields.square().sum(-1).mean([1]).sqrt().clamp(min: floor).reshape(-1, 1, 1);
}
