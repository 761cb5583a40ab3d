using PdeSym.Learning;
using PdeSym.Spectral;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// Moves whole trajectories by the flow of a field: every point (x_i, t_j, u_ij) goes along the flow of V for
/// parameter α (RK4), then the moved points are resampled onto the regular grid — linearly in t along each
/// moved grid column, then band-limited in x at each stored time (<see cref="PeriodicResampling"/>). Only the
/// stored times that every moved column covers are kept; a sample that keeps fewer than the minimum, or whose
/// time order the flow reverses, is rejected. <see cref="ApplyBatch"/> moves many windows in one pass of tensor
/// operations (the training sampler's path); <see cref="Apply"/> is one trajectory.
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
    /// <returns>The covered stored times, resampled, or null when the sample is rejected.</returns>
    public static TransformedTrajectory? Apply(Tensor u, PeriodicGrid grid, IReadOnlyList<double> times,
        Func<Tensor, Tensor> field, double alpha, int minimumTimes = 2, int flowSteps = 4)
    {
        if (u.dim() != 2 || u.shape[0] != times.Count || u.shape[1] != grid.Nx)
            throw new ArgumentException($"expected a trajectory [{times.Count}, {grid.Nx}], got [{string.Join(", ", u.shape)}]", nameof(u));
        if (minimumTimes < 2) throw new ArgumentOutOfRangeException(nameof(minimumTimes), "a kept sample needs at least 2 times");
        using var scope = NewDisposeScope();
        var moved = Move(u.unsqueeze(0), grid, [times.ToArray()], field, tensor(alpha, float64, u.device), flowSteps);
        var (first, count) = moved.Coverage[0];
        if (!moved.Ordered[0] || count < minimumTimes) return null;
        var resampled = moved.Resample([first], count, grid)[0];
        if (!resampled.isfinite().all().item<bool>()) return null;
        return new TransformedTrajectory(resampled.MoveToOuterDisposeScope(), first);
    }

    /// <summary>
    /// Moves a batch of windows, each by its own α (a field that reads its batch index through broadcasting, e.g.
    /// <see cref="PointField.MixPerWindow"/>), and keeps the first
    /// <paramref name="keep"/> covered stored times of each.
    /// </summary>
    /// <param name="u">Windows [batch, nt, nx].</param>
    /// <param name="grid">Their grid.</param>
    /// <param name="times">The stored times of each window, batch × nt.</param>
    /// <param name="field">V on [batch, nt, nx, 3] points.</param>
    /// <param name="keep">Stored times kept per window.</param>
    /// <param name="flowSteps">RK4 steps of the flow.</param>
    /// <param name="preferredFirst">Per window, the stored time (index in the window) the kept times should start at; the
    /// kept run is the covered one nearest to it. Null: the first covered time.</param>
    /// <param name="readsTimeOnly">The field's components read t alone (every periodic-domain generator of KdV): the flow
    /// then moves every point of a stored time by the same displacement, so it is integrated once per stored time
    /// (exact, nx times less work).</param>
    /// <returns>[batch, keep, nx]; a rejected window (out of reach, reversed time order, not finite) is its own
    /// <paramref name="keep"/> times from the preferred first (or its first), unmoved, and marked false in Accepted.</returns>
    public static (Tensor U, bool[] Accepted) ApplyBatch(Tensor u, PeriodicGrid grid, IReadOnlyList<double[]> times,
        Func<Tensor, Tensor> field, int keep, int flowSteps = 4, IReadOnlyList<int>? preferredFirst = null, bool readsTimeOnly = false)
    {
        if (u.dim() != 3 || u.shape[0] != times.Count || u.shape[2] != grid.Nx || times.Any(t => t.Length != u.shape[1]))
            throw new ArgumentException($"expected windows [{times.Count}, nt, {grid.Nx}] with nt times each, got [{string.Join(", ", u.shape)}]", nameof(u));
        if (keep < 2 || keep > u.shape[1]) throw new ArgumentOutOfRangeException(nameof(keep), $"keep must lie in 2..{u.shape[1]}");
        using var scope = NewDisposeScope();
        int batch = (int)u.shape[0];
        var moved = Move(u, grid, times, field, tensor(1.0, float64, u.device), flowSteps, readsTimeOnly);
        var accepted = Enumerable.Range(0, batch).Select(b => moved.Ordered[b] && moved.Coverage[b].Count >= keep).ToArray();
        // Rejected windows flow by nothing (their points stay put), so one resampling serves the whole batch.
        moved = moved.Keeping(accepted);
        var first = Enumerable.Range(0, batch).Select(b =>
        {
            var (start, count) = moved.Coverage[b];
            if (!accepted[b]) return preferredFirst is null ? 0 : Math.Clamp(preferredFirst[b], 0, (int)u.shape[1] - keep);
            return preferredFirst is null ? start : Math.Clamp(preferredFirst[b], start, start + count - keep);
        }).ToArray();
        var resampled = moved.Resample(first, keep, grid);
        var finite = resampled.isfinite().all(2).all(1).data<bool>().ToArray();
        for (int b = 0; b < batch; b++) accepted[b] &= finite[b];
        var mask = tensor(accepted, device: u.device).reshape(batch, 1, 1);
        var unmoved = stack(first.Select((f, b) => u[b, f..(f + keep)]).ToList(), 0).to_type(ScalarType.Float64);
        var result = where(mask, resampled, unmoved);
        return (result.MoveToOuterDisposeScope(), accepted);
    }

    /// <summary>Moved grid columns [batch, nx, nt] (x, t, u), the original points, and what each window covers.</summary>
    sealed record Moved(Tensor X, Tensor T, Tensor U, Tensor Original, double[][] Times, bool[] Ordered, (int First, int Count)[] Coverage)
    {
        /// <summary>The same, with the windows not kept put back unmoved.</summary>
        public Moved Keeping(bool[] kept)
        {
            if (kept.All(k => k)) return this;
            var mask = tensor(kept, device: X.device).reshape(-1, 1, 1);
            var x = Original.select(-1, 0);
            var t = Original.select(-1, 1);
            var u = Original.select(-1, 2);
            var coverage = Coverage.Select((c, b) => kept[b] ? c : (0, Times[b].Length)).ToArray();
            return this with { X = where(mask, X, x), T = where(mask, T, t), U = where(mask, U, u), Ordered = kept.Select(_ => true).ToArray(), Coverage = coverage };
        }

        /// <summary>Each window at its stored times first[b] .. first[b] + count − 1, on the grid: [batch, count, nx].</summary>
        public Tensor Resample(int[] first, int count, PeriodicGrid grid)
        {
            int batch = first.Length, nx = grid.Nx, nt = (int)T.shape[2];
            var targetTimes = new double[batch * count];
            for (int b = 0; b < batch; b++) Array.Copy(Times[b], first[b], targetTimes, b * count, count);
            // Clamped to the span every column covers (the stored times may sit a rounding error outside it).
            var targets = tensor(targetTimes, dtype: float64, device: T.device).reshape(batch, 1, count)
                .clamp(T[.., .., 0].max(1, keepdim: true).values.unsqueeze(-1), T[.., .., nt - 1].min(1, keepdim: true).values.unsqueeze(-1))
                .expand(batch, nx, count).contiguous();
            var upper = searchsorted(T, targets).clamp(1, nt - 1);
            var lower = upper - 1;
            var t0 = T.gather(2, lower);
            var t1 = T.gather(2, upper);
            var w = ((targets - t0) / (t1 - t0)).clamp(0, 1);
            Tensor AtTargets(Tensor column) => column.gather(2, lower) * (1 - w) + column.gather(2, upper) * w;
            var positions = AtTargets(X).transpose(1, 2).reshape(batch * count, nx); // rows: one per (window, time)
            var values = AtTargets(U).transpose(1, 2).reshape(batch * count, nx);
            return PeriodicResampling.ToGrid(positions, values, grid).reshape(batch, count, nx);
        }
    }

    static Moved Move(Tensor u, PeriodicGrid grid, IReadOnlyList<double[]> times, Func<Tensor, Tensor> field, Tensor alpha, int flowSteps, bool readsTimeOnly = false)
    {
        int batch = (int)u.shape[0], nt = (int)u.shape[1], nx = grid.Nx;
        var device = u.device;
        var t = tensor(times.SelectMany(x => x).ToArray(), dtype: float64, device: device).reshape(batch, nt, 1).expand(batch, nt, nx);
        var x = grid.X().to(device).expand(batch, nt, nx);
        var points = stack([x, t, u.to_type(ScalarType.Float64)], -1); // [batch, nt, nx, 3]
        Tensor moved;
        if (readsTimeOnly)
        {
            // dz/ds = V(t): t flows on its own and x, u gain a displacement that depends on t alone.
            var origin = stack([zeros(batch, nt, 1, dtype: float64, device: device), t[.., .., ..1], zeros(batch, nt, 1, dtype: float64, device: device)], -1);
            moved = points + (Rk4Flow.Integrate(field, origin, alpha, flowSteps) - origin);
        }
        else moved = Rk4Flow.Integrate(field, points, alpha, flowSteps);
        var finite = moved.isfinite().all(-1).all(-1).all(-1);
        moved = where(finite.reshape(batch, 1, 1, 1), moved, points);
        // Columns: [batch, nx, nt], so that each moved column is one sorted sequence of times.
        var movedX = moved.select(-1, 0).transpose(1, 2).contiguous();
        var movedT = moved.select(-1, 1).transpose(1, 2).contiguous();
        var movedU = moved.select(-1, 2).transpose(1, 2).contiguous();
        var ordered = (nt > 1 ? (movedT[.., .., 1..] > movedT[.., .., ..^1]).all(2).all(1) : ones(batch, dtype: @bool, device: device)).logical_and(finite);
        var earliest = movedT[.., .., 0].max(1).values.data<double>().ToArray();
        var latest = movedT[.., .., nt - 1].min(1).values.data<double>().ToArray();
        var coverage = new (int, int)[batch];
        for (int b = 0; b < batch; b++)
        {
            var stored = times[b];
            double slack = 1e-9 * Math.Max(1.0, Math.Abs(stored[^1] - stored[0]));
            int first = -1, last = -1;
            for (int j = 0; j < nt; j++)
            {
                if (stored[j] < earliest[b] - slack || stored[j] > latest[b] + slack) continue;
                if (first < 0) first = j;
                last = j;
            }
            coverage[b] = first < 0 ? (0, 0) : (first, last - first + 1);
        }
        return new Moved(movedX, movedT, movedU, points.transpose(1, 2), times.ToArray(), ordered.data<bool>().ToArray(), coverage);
    }
}
