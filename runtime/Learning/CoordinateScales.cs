using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// The normalised coordinates the generator network works in: x̂ = x/L (period 1), t̂ = (t − t₀)/T, û = u/σ_u.
/// A field (ξ̂, τ̂, φ̂) there is (L ξ̂, T τ̂, σ_u φ̂) in physical units.
/// </summary>
public sealed record CoordinateScales(double Length, double TimeOrigin, double Duration, double ScaleU)
{
    public static CoordinateScales For(TrajectorySet data) =>
        new(data.Length, data.StartTime, data.Duration, data.StandardDeviationU);

    Tensor Unit(Tensor like) => tensor(new[] { Length, Duration, ScaleU }, dtype: like.dtype);
    Tensor Origin(Tensor like) => tensor(new[] { 0, TimeOrigin, 0 }, dtype: like.dtype);

    /// <summary>Physical (x, t, u) in the last dimension to normalised.</summary>
    public Tensor ToNormalised(Tensor physical) => (physical - Origin(physical)) / Unit(physical);

    public Tensor ToPhysical(Tensor normalised) => normalised * Unit(normalised) + Origin(normalised);

    /// <summary>A field's components (ξ, τ, φ) from normalised to physical units.</summary>
    public Tensor FieldToPhysical(Tensor field) => field * Unit(field);

    public Tensor FieldToNormalised(Tensor field) => field / Unit(field);
}
