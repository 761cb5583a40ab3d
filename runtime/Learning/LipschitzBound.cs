using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// A soft Lipschitz bound on learned fields: over pairs of nearby points (a, b), penalises the part of
/// |V(a) − V(b)| / |a − b| above <c>bound</c>, squared. Keeps fields smooth enough for their flows and for the
/// local fits downstream.
/// </summary>
public static class LipschitzBound
{
    /// <param name="fieldsA">Fields at points a, <c>[n, P, d]</c>.</param>
    /// <param name="fieldsB">Fields at points b, <c>[n, P, d]</c>.</param>
    /// <param name="pointsA">Points a, <c>[P, e]</c> or <c>[n, P, e]</c>.</param>
    /// <param name="pointsB">Points b, same shape as a.</param>
    /// <param name="bound">The largest slope left unpenalised.</param>
    /// <returns>The penalty of each field, <c>[n]</c>.</returns>
    public static Tensor Loss(Tensor fieldsA, Tensor fieldsB, Tensor pointsA, Tensor pointsB, double bound)
    {
        using var scope = NewDisposeScope();
        var distance = (pointsA - pointsB).norm(-1).clamp(min: 1e-12);
        var ratio = (fieldsA - fieldsB).norm(-1) / distance;
        return nn.functional.relu(ratio - bound).square().mean([1]).MoveToOuterDisposeScope();
    }
}
