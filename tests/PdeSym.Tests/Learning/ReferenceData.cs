using PdeSym.Learning;
using PureHDF;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>The paper authors' KdV trajectories (2 × 140 steps × 256 points, L = 128, dt = 100/249, the window
/// starting at step 110), read straight from their HDF5 layout.</summary>
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
}
