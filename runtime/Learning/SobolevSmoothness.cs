using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// Sobolev-type smoothness of learned fields: the mean squared finite-difference gradient |V(a) − V(b)|² / |a − b|²
/// over pairs of neighbouring points. Switched on late in training to iron out small wiggles without biasing the
/// search early.
/// </summary>
public static class SobolevSmoothness
{
    /// <returns>The penalty of each field, <c>[n]</c>.</returns>
    public static Tensor Loss(Tensor fieldsA, Tensor fieldsB, Tensor pointsA, Tensor pointsB)
    {
        using var scope = NewDisposeScope();
        var distance = (pointsA - pointsB).square().sum(-1).clamp(min: 1e-24);
        return ((fieldsA - fieldsB).square().sum(-1) / distance).mean([1]).MoveToOuterDisposeScope();
    }
}
