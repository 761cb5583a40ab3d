using PdeSym.Spectral;
using PdeSym.Symbolic;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// Draws training windows [length, nx] from trajectories [count, nt, nx] and moves each by a random element of
/// the symmetry group: α_k ~ U(−s, s) for every generator, flowed along Σ α_k V̂_k where V̂_k is V_k divided by
/// its rms size in units of the data (ξ/L, τ/window duration, φ/std u), so that one scale s serves exact and learned
/// generators alike; k fields with a time component share the range of one (α_k ~ U(−s/k, s/k) for them). A window a
/// transformation moves out of reach is taken untransformed (counted as rejected).
/// </summary>
public sealed class AugmentedWindowSampler
{
    readonly Tensor data;
    readonly PeriodicGrid grid;
    readonly double[] times;
    readonly int length, margin;
    readonly double scale;
    readonly IReadOnlyList<Func<Tensor, Tensor>> fields;
    readonly double[] sizes;
    readonly bool readsTimeOnly;

    public int Drawn { get; private set; }
    public int Rejected { get; private set; }

    /// <param name="data">Training trajectories [count, nt, nx] (float64).</param>
    /// <param name="grid">Their grid.</param>
    /// <param name="times">Their stored times.</param>
    /// <param name="length">Window length (history + future).</param>
    /// <param name="symmetries">Generators to draw from; none gives plain windows.</param>
    /// <param name="scale">s, the largest |α| per normalised generator.</param>
    public AugmentedWindowSampler(Tensor data, PeriodicGrid grid, IReadOnlyList<double> times, int length, AugmentationSymmetries symmetries, double scale)
    {
        this.data = data;
        this.grid = grid;
        this.times = times.ToArray();
        this.length = length;
        this.scale = scale;
        int nt = (int)data.shape[1];
        margin = Math.Min(length / 2, nt - length);
        if (margin < 0) throw new UserFacingException($"trajectories of {nt} times are shorter than a window of {length}");
        Generators = symmetries.Isotropic ? IsotropicBasis(symmetries.Generators) : symmetries.Generators;
        fields = Generators.Select(PointField.From).ToList();
        // Fields that shift time add their shifts, so with k of them each gets 1/k of the range and together they reach
        // as far as one does: a learned set often holds several ∂t combinations, whose summed shift would otherwise move
        // a window out of the flowed span (a quarter of the kdv-learned set's windows were rejected before this). An
        // isotropic basis puts all of its mean time shift on one field already.
        int timeShifting = symmetries.Isotropic ? 1 : Generators.Count(g => !g.Tau.IsZero);
        sizes = Generators.Select(g => Size(g) * (g.Tau.IsZero ? 1 : timeShifting)).ToArray();
        readsTimeOnly = Generators.All(g => new[] { g.Xi, g.Tau, g.Phi }.All(c => c.Symbols().All(s => s == "t")));
    }

    /// <summary>The generators the windows are moved along (an isotropic basis of the given ones when asked for).</summary>
    public IReadOnlyList<Symbolic.Generator> Generators { get; }

    /// <summary>rms over the data's points of |(ξ/L, τ/window duration, φ/std u)|.</summary>
    double Size(Symbolic.Generator g)
    {
        using var scope = NewDisposeScope();
        double size = InDataUnits(g).square().sum(-1).mean().sqrt().item<double>();
        if (!(size > 0) || double.IsInfinity(size)) throw new UserFacingException($"the generator {g.ToUnicode()} vanishes or is not finite on the data");
        return size;
    }

    /// <summary>(ξ/L, τ/window duration, φ/std u) at the points of (up to) the first 8 trajectories, <c>[points, 3]</c>.</summary>
    Tensor InDataUnits(Symbolic.Generator g)
    {
        using var scope = NewDisposeScope();
        int count = (int)Math.Min(data.shape[0], 8);
        var u = data[..count];
        var x = grid.X().expand_as(u);
        var t = tensor(times, dtype: float64).reshape(1, -1, 1).expand_as(u);
        var v = PointField.From(g)(stack([x, t, u], -1));
        double duration = (times[1] - times[0]) * (length + margin);
        var units = tensor(new[] { grid.Length, duration, u.std().item<double>() }, dtype: float64);
        return (v / units).reshape(-1, 3).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// An orthonormal basis of the generators' span in units of the data (mean over points of the dot product),
    /// rotated so that the first field carries all of the basis's mean time shift; linearly dependent generators
    /// give fewer fields.
    /// </summary>
    IReadOnlyList<Symbolic.Generator> IsotropicBasis(IReadOnlyList<Symbolic.Generator> generators)
    {
        if (generators.Count == 0) return generators;
        using var scope = NewDisposeScope();
        var values = stack(generators.Select(InDataUnits).ToArray(), 0);                    // [k, P, 3]
        var flat = values.reshape(generators.Count, -1);
        var gram = matmul(flat, flat.T) / values.shape[1];
        var (eigenvalues, vectors) = linalg.eigh(gram);
        var keep = nonzero(eigenvalues > eigenvalues.max() * 1e-8).flatten();
        var coefficients = vectors.index_select(1, keep) / eigenvalues.index_select(0, keep).sqrt();  // [k, r]
        // Householder reflection taking the mean time shifts m of the basis fields to |m| e₁.
        var meanShift = matmul(values.select(2, 1).mean([1]).unsqueeze(0), coefficients).flatten();  // [r]
        var target = zeros_like(meanShift);
        target[0] = meanShift.norm();
        var v = meanShift - target;
        if (v.norm().item<double>() > 1e-12 * Math.Max(1, meanShift.norm().item<double>()))
            coefficients = coefficients - 2 * matmul(matmul(coefficients, v.unsqueeze(1)), v.unsqueeze(0)) / v.dot(v);
        var c = coefficients.data<double>().ToArray();
        int rank = (int)coefficients.shape[1];
        Expr Combine(Func<Symbolic.Generator, Expr> component, int i) => Expr.Add(generators
            .Select((g, k) => (g, w: c[k * rank + i])).Where(p => p.w != 0 && !component(p.g).IsZero)
            .Select(p => Expr.Float(p.w) * component(p.g))).Simplify();
        return Enumerable.Range(0, rank).Select(i => new Symbolic.Generator(Combine(g => g.Xi, i), Combine(g => g.Tau, i), Combine(g => g.Phi, i))).ToList();
    }

    /// <summary>
    /// One window per entry of <paramref name="trajectories"/>, [count, length, nx], each moved by its own random
    /// group element; the whole batch is flowed and resampled together (<see cref="TrajectoryTransform.ApplyBatch"/>).
    /// </summary>
    public Tensor SampleBatch(IReadOnlyList<int> trajectories, Random random)
    {
        using var scope = NewDisposeScope();
        int nt = (int)data.shape[1], count = trajectories.Count;
        int span = fields.Count == 0 ? length : length + margin;
        // The kept window starts anywhere in the trajectory (as without augmentation); the flowed span around it
        // reaches margin / 2 stored times either side where the trajectory has them, so every time is drawn.
        var starts = new int[count];
        var wanted = new int[count];
        var alphas = new double[fields.Count, count];
        for (int b = 0; b < count; b++)
        {
            int kept = random.Next(0, nt - length + 1);
            starts[b] = fields.Count == 0 ? kept : Math.Clamp(kept - margin / 2, 0, nt - span);
            wanted[b] = kept - starts[b];
            for (int k = 0; k < fields.Count; k++) alphas[k, b] = (2 * random.NextDouble() - 1) * scale / sizes[k];
        }
        var windows = stack(trajectories.Select((n, b) => data[n, starts[b]..(starts[b] + span)]).ToList(), 0);
        if (fields.Count == 0) return windows.MoveToOuterDisposeScope();
        var weights = tensor(alphas, dtype: float64, device: data.device).reshape(fields.Count, count, 1, 1, 1);
        var windowTimes = starts.Select(s => times[s..(s + span)]).ToList();
        var (moved, accepted) = TrajectoryTransform.ApplyBatch(windows, grid, windowTimes, PointField.MixPerWindow(fields, weights), length,
            preferredFirst: wanted, readsTimeOnly: readsTimeOnly);
        Drawn += count;
        Rejected += accepted.Count(a => !a);
        return moved.MoveToOuterDisposeScope();
    }
}
