using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// A trajectory moved by a point transformation and resampled onto the original grid: <see cref="U"/> is
/// [kept, nx] at the original stored times FirstTime .. FirstTime + kept − 1 that the moved data covers.
/// </summary>
public sealed record TransformedTrajectory(Tensor U, int FirstTime)
{
    public int Times => (int)U.shape[0];
}
