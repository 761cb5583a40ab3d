using PdeSym.Data;

namespace PdeSym.Augmentation;

/// <summary>
/// The data set <c>pdesym augment</c> makes (once, then cached: <see cref="DataSetCache"/>) when given no
/// <c>--data</c>: 256 training, 32 validation and 32 test trajectories from the PDE's recipe, nx = 128, the run
/// storing 125 times over half the declared duration and keeping the last 70 (for KdV: L = 128, t ∈ [22.2, 50],
/// dt = 0.403, the LPSDA time step on half its grid), dealiased.
/// </summary>
public static class AugmentationData
{
    public static IReadOnlyDictionary<string, int> Counts { get; } = new Dictionary<string, int> { ["train"] = 256, ["valid"] = 32, ["test"] = 32 };

    public static DataSettings SettingsFor(IPde pde) => new()
    {
        Nx = 128, Steps = 125, Nt = 70, Duration = pde.Domain.Duration / 2, Dealias = true, Seed = 0,
    };
}
