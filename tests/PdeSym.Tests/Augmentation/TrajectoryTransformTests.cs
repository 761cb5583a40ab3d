using PdeSym.Augmentation;
using PdeSym.Spectral;
using PdeSym.Symbolic;
using Xunit.Abstractions;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Tests.Augmentation;

/// <summary>
/// Transformed KdV solutions against the published algebra: exact symmetries map the solution to a solution
/// (the residual stays at the level of the untransformed data), non-symmetries do not; α then −α returns.
/// </summary>
public class TrajectoryTransformTests(ITestOutputHelper output)
{
    static double Rms(Tensor r) => r.square().mean().sqrt().item<double>();

    /// <summary>rms Δ / rms u_t of a trajectory that starts at stored time <paramref name="first"/>.</summary>
    static double RelativeResidual(Tensor u, int first)
    {
        var residual = TrajectoryResidual.Evaluate(KdvTrajectory.Pde, u, KdvTrajectory.Grid, KdvTrajectory.Times[first], KdvTrajectory.Dt);
        var ut = (u[2..] - u[..^2]) / (2 * KdvTrajectory.Dt);
        return Rms(residual) / Rms(ut);
    }

    TransformedTrajectory Transform(string xi, string tau, string phi, double alpha)
    {
        var field = PointField.From(Generator.Parse(xi, tau, phi));
        var moved = TrajectoryTransform.Apply(KdvTrajectory.U, KdvTrajectory.Grid, KdvTrajectory.Times, field, alpha, minimumTimes: 20);
        Assert.NotNull(moved);
        return moved;
    }

    [Theory]
    [InlineData("1", "0", "0", 3.7)]        // ∂x
    [InlineData("0", "1", "0", 2.6)]        // ∂t, not a multiple of dt
    [InlineData("t", "0", "1", 0.3)]        // Galilean boost
    [InlineData("1 + t", "0.5", "1", -0.2)] // a mix
    public void Exact_symmetries_map_the_solution_to_a_solution(string xi, string tau, string phi, double alpha)
    {
        using var scope = NewDisposeScope();
        double original = RelativeResidual(KdvTrajectory.U, 0);
        var moved = Transform(xi, tau, phi, alpha);
        double transformed = RelativeResidual(moved.U, moved.FirstTime);
        double change = Rms(moved.U - KdvTrajectory.U[moved.FirstTime..(moved.FirstTime + moved.Times)]) / Rms(KdvTrajectory.U);
        output.WriteLine($"V = ({xi}, {tau}, {phi}), α = {alpha}: residual {original:e2} -> {transformed:e2}; data changed by {change:e2}; kept {moved.Times} times from {moved.FirstTime}");
        Assert.True(change > 0.01, "the transformation moved the data");
        Assert.True(transformed < 3 * original + 1e-6, $"symmetry: residual {transformed:e2} vs {original:e2} before");
    }

    [Theory]
    [InlineData("t", "0", "0", 0.3)]   // t∂x alone
    [InlineData("0", "0", "1", 0.3)]   // ∂u alone
    [InlineData("0", "0", "u", 0.3)]   // u∂u
    public void Non_symmetries_do_not(string xi, string tau, string phi, double alpha)
    {
        using var scope = NewDisposeScope();
        double original = RelativeResidual(KdvTrajectory.U, 0);
        var moved = Transform(xi, tau, phi, alpha);
        double transformed = RelativeResidual(moved.U, moved.FirstTime);
        output.WriteLine($"V = ({xi}, {tau}, {phi}), α = {alpha}: residual {original:e2} -> {transformed:e2}");
        Assert.True(transformed > 0.05 && transformed > 100 * original, $"non-symmetry: residual {transformed:e2} vs {original:e2} before");
    }

    [Fact]
    public void Alpha_then_minus_alpha_returns_the_trajectory()
    {
        using var scope = NewDisposeScope();
        var field = PointField.Mix([PointField.From(Generator.Parse("1", "0", "0")), PointField.From(Generator.Parse("0", "1", "0")), PointField.From(Generator.Parse("t", "0", "1"))],
            [1.0, 0.7, 0.5]);
        var times = KdvTrajectory.Times;
        var there = TrajectoryTransform.Apply(KdvTrajectory.U, KdvTrajectory.Grid, times, field, 0.8, minimumTimes: 20)!;
        var back = TrajectoryTransform.Apply(there.U, KdvTrajectory.Grid, times.Skip(there.FirstTime).Take(there.Times).ToList(), field, -0.8, minimumTimes: 20)!;
        int first = there.FirstTime + back.FirstTime;
        var original = KdvTrajectory.U[first..(first + back.Times)];
        double error = Rms(back.U - original) / Rms(original);
        double moved = Rms(there.U - KdvTrajectory.U[there.FirstTime..(there.FirstTime + there.Times)]) / Rms(original);
        output.WriteLine($"round trip: relative error {error:e2} over {back.Times} times (moved by {moved:e2})");
        Assert.True(moved > 0.1);
        Assert.True(error < 2e-3, $"round trip error {error:e2}");
    }

    [Fact]
    public void Samples_that_leave_too_little_are_rejected()
    {
        using var scope = NewDisposeScope();
        var shift = PointField.From(Generator.Parse("0", "1", "0"));
        // A time shift of 15 leaves 5 of the 20 time units covered.
        Assert.Null(TrajectoryTransform.Apply(KdvTrajectory.U, KdvTrajectory.Grid, KdvTrajectory.Times, shift, 15, minimumTimes: 40));
        var kept = TrajectoryTransform.Apply(KdvTrajectory.U, KdvTrajectory.Grid, KdvTrajectory.Times, shift, 15, minimumTimes: 10);
        Assert.NotNull(kept);
        Assert.Equal(60, kept.FirstTime);
        Assert.Equal(21, kept.Times);
    }

    [Fact]
    public void A_batch_of_windows_moves_as_each_window_alone()
    {
        using var scope = NewDisposeScope();
        var fields = new[] { PointField.From(Generator.Parse("1", "0", "0")), PointField.From(Generator.Parse("0", "1", "0")), PointField.From(Generator.Parse("t", "0", "1")) };
        double[][] alphas = [[2.0, 1.3, 0.2], [-1.0, -0.6, -0.3], [0.5, 40, 0]]; // the last: a time shift beyond the window
        int[] starts = [0, 17, 30];
        const int span = 40, keep = 30;
        var windows = stack(starts.Select(s => KdvTrajectory.U[s..(s + span)]).ToList(), 0);
        var times = starts.Select(s => KdvTrajectory.Times[s..(s + span)]).ToList();
        var weights = tensor(Enumerable.Range(0, 3).SelectMany(k => alphas.Select(a => a[k])).ToArray(), dtype: float64).reshape(3, 3, 1, 1, 1);
        var (moved, accepted) = TrajectoryTransform.ApplyBatch(windows, KdvTrajectory.Grid, times, PointField.MixPerWindow(fields, weights), keep);
        Assert.Equal([3L, keep, 64], moved.shape);
        Assert.Equal([true, true, false], accepted);
        for (int b = 0; b < 2; b++)
        {
            var alone = TrajectoryTransform.Apply(windows[b], KdvTrajectory.Grid, times[b], PointField.Mix(fields, alphas[b]), 1.0, minimumTimes: keep)!;
            double difference = (moved[b] - alone.U[..keep]).abs().max().item<double>();
            Assert.True(difference < 1e-12, $"window {b}: batch and alone differ by {difference:e2}");
        }
        Assert.Equal(0, (moved[2] - windows[2, ..keep]).abs().max().item<double>()); // rejected: unmoved

        // These fields read t alone: flowing once per stored time gives the same windows.
        var (fast, fastAccepted) = TrajectoryTransform.ApplyBatch(windows, KdvTrajectory.Grid, times, PointField.MixPerWindow(fields, weights), keep, readsTimeOnly: true);
        Assert.Equal(accepted, fastAccepted);
        Assert.True((fast - moved).abs().max().item<double>() < 1e-12);
    }

    [Fact]
    public void Band_limited_resampling_recovers_a_band_limited_function_from_scattered_points()
    {
        using var scope = NewDisposeScope();
        var grid = new PeriodicGrid(10, 32);
        Tensor F(Tensor x) => (2 * Math.PI * 3 * x / 10).sin() + 0.5 * (2 * Math.PI * 7 * x / 10).cos() + 0.2;
        var x = grid.X();
        var positions = stack([x + 0.4 * (2 * Math.PI * x / 10).sin(), x + 2.3], 0); // non-uniform and shifted rows
        var onGrid = PeriodicResampling.ToGrid(positions, F(positions), grid);
        Assert.True(allclose(onGrid, F(x).expand(2, -1), rtol: 0, atol: 1e-10));
        Assert.True(allclose(PeriodicResampling.FromGrid(positions, onGrid, grid), F(positions), rtol: 0, atol: 1e-10));
        // Uniformly shifted rows only: the Fourier phase-shift path.
        var shifted = stack([x + 2.3, x - 7.9], 0);
        Assert.True(allclose(PeriodicResampling.ToGrid(shifted, F(shifted), grid), F(x).expand(2, -1), rtol: 0, atol: 1e-10));
    }

    [Fact]
    public void A_generator_that_reads_other_names_is_refused()
    {
        var e = Assert.Throws<UserFacingException>(() => PointField.From(Generator.Parse("u_x", "0", "0")));
        Assert.Contains("u_x", e.Message);
    }
}
