using PdeSym.Learning;
using PdeSym.Spectral;
using PureHDF;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>The paper authors' KdV trajectories (2 × 140 steps × 256 points, L = 128, dt = 100/249, the window
/// starting at step 110), read straight from their HDF5 layout; and small simulated data of any catalogue PDE.</summary>
public static class ReferenceData
{
    public static string Path => Fixtures.Path("kdv_reference_train_2.h5");

    public static TrajectorySet KdV()
    {
        using var file = H5File.OpenRead(Path);
        var values = file.Dataset("/train/pde_140-256").Read<double[]>();
        double dt = 100.0 / 249;
        return new TrajectorySet(tensor(values).reshape(2, 140, 256), 128, 110 * dt, dt);
    }

    /// <summary>Two trajectories on the catalogue's data window, t ∈ [44, 100] (there a boost's ξ is as large as its φ
    /// in the learner's units), 128 points on L = 128, from sums of sines of amplitude up to <paramref name="amplitude"/>.</summary>
    public static TrajectorySet Simulated(IPde pde, double amplitude = 0.5)
    {
        var grid = new PeriodicGrid(128, 128);
        double[] times = [0, .. Enumerable.Range(0, 29).Select(i => 44 + 2.0 * i)];
        var u = Trajectories.Simulate(pde, new SineSeries(10, 1, 2, MaxAmplitude: amplitude).Sample(grid, 2, 3), grid, times);
        return new TrajectorySet(u.narrow(1, 1, 29), 128, 44, 2);
    }
}
