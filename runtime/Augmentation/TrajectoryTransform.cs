using PdeSym.Learning;
using PdeSym.Spectral;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// Moves a whole trajectory by the flow of a field: every point (x_i, t_j, u_ij) goes along the flow of V for
/// parameter α (RK4), then the moved points are resampled onto the regular grid — linearly in t along each
/// moved grid column, then band-limited in x at each stored time (<see cref="PeriodicResampling"/>). Only the
/// stored times that every moved column covers are kept; a sample that keeps fewer than the minimum, or whose
/// time order the flow reverses, is rejected (null).
/// </summary>
public static class TrajectoryTransform
{
    /// <param name="u">The trajectory, [nt, nx], at <paramref name="times"/> (increasing, equally spaced or not).</param>
    /// <param name="grid">The periodic grid of the data.</param>
    /// <param name="times">The stored times, nt of them.</param>
    /// <param name="field">V on [..., 3] points (x, t, u) in physical coordinates.</param>
    /// <param name="alpha">Flow parameter.</param>
    /// <param name="minimumTimes">Fewest stored times a kept sample must cover.</param>
    /// <param name="flowSteps">RK4 steps of the flow.</param>
    public static TransformedTrajectory? Apply(Tensor u, PeriodicGrid grid, IReadOnlyList<double> times,
        Func<Tensor, Tensor> field, double alpha, int minimumTimes = 2, int flowSteps = 4)
    {
        if (u.dim() != 2 || u.shape[0] != times.Count || u.shape[1] != grid.Nx)
            throw new ArgumentException($"expected a trajectory [{times.Count}, {grid.Nx}], got [{string.Join(", ", u.shape)}]", nameof(u));
        if (minimumTimes < 2) throw new ArgumentOutOfRangeException(nameof(minimumTimes), "a kept sample needs at least 2 times");
        using var scope = NewDisposeScope();
        int nt = times.Count, nx = grid.Nx;
        var device = u.device;
        var t = tensor(times.ToArray(), dtype: float64, device: device);
        var x = grid.X().to(device);
        var points = stack([x.expand(nt, nx), t.unsqueeze(1).expand(nt, nx), u.to_type(ScalarType.Float64)], -1);
        var moved = Rk4Flow.Integrate(field, points, tensor(alpha, float64, device), flowSteps);
        if (!moved.isfinite().all().item<bool>()) return null;
        // Columns: [nx, nt] so that each moved column is one sorted sequence of times.
        var movedX = moved.select(-1, 0).transpose(0, 1).contiguous();
        var movedT = moved.select(-1, 1).transpose(0, 1).contiguous();
        var movedU = moved.select(-1, 2).transpose(0, 1).contiguous();
        if (nt > 1 && !(movedT[.., 1..] > movedT[.., ..^1]).all().item<bool>()) return null;

        double earliest = movedT[.., 0].max().item<double>(), latest = movedT[.., nt - 1].min().item<double>();
        double slack = 1e-9 * Math.Max(1.0, Math.Abs(times[^1] - times[0]));
        int first = -1, last = -1;
        for (int j = 0; j < nt; j++)
        {
            if (times[j] < earliest - slack || times[j] > latest + slack) continue;
            if (first < 0) first = j;
            last = j;
        }
        if (first < 0 || last - first + 1 < minimumTimes) return null;

        var targets = t[first..(last + 1)].clamp(earliest, latest).unsqueeze(0).expand(nx, -1).contiguous(); // [nx, K]
        var upper = searchsorted(movedT, targets).clamp(1, nt - 1);
        var lower = upper - 1;
        var t0 = movedT.gather(1, lower);
        var t1 = movedT.gather(1, upper);
        var w = ((targets - t0) / (t1 - t0)).clamp(0, 1);
        Tensor AtTargets(Tensor column) => column.gather(1, lower) * (1 - w) + column.gather(1, upper) * w;
        var positions = AtTargets(movedX).transpose(0, 1); // [K, nx]
        var values = AtTargets(movedU).transpose(0, 1);
        var resampled = PeriodicResampling.ToGrid(positions, values, grid);
        if (!resampled.isfinite().all().item<bool>()) return null;
        return new TransformedTrajectory(resampled.MoveToOuterDisposeScope(), first);
    }
}
