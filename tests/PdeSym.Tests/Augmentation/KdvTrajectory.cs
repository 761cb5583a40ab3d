using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Tests.Augmentation;

/// <summary>One short, well-resolved KdV solution (64 points, t in [0, 20], dt = 0.25), shared by the tests.</summary>
internal static class KdvTrajectory
{
    public static IPde Pde => PdeCatalog.Get("kdv");
    public static PeriodicGrid Grid { get; } = new(128, 64);
    public const double Dt = 0.25;
    public static double[] Times { get; } = Enumerable.Range(0, 81).Select(j => j * Dt).ToArray();

    static readonly Lazy<Tensor> solution = new(() =>
    {
        var u0 = new SineSeries(4, 1, 2, MaxAmplitude: 0.5).Sample(Grid, 1, 5);
        return Trajectories.Simulate(Pde, u0, Grid, Times)[0].DetachFromDisposeScope();
    });

    /// <summary>[81, 64] float64.</summary>
    public static Tensor U => solution.Value;
}
