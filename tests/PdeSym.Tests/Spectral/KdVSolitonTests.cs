using PdeSym.Spectral;
using static TorchSharp.torch;
using Xunit.Abstractions;

namespace PdeSym.Tests.Spectral;

/// <summary>Single soliton of the catalogue's KdV against the exact travelling wave u = 3c sech²(√c (x − x0 − ct)/2).</summary>
public class KdVSolitonTests(ITestOutputHelper output)
{
    const double Length = 128, Speed = 0.5, X0 = 40;
    static readonly PeriodicGrid Grid = new(Length, 256);

    static Tensor Exact(double t)
    {
        var x = Grid.X();
        var xi = (x - X0 - Speed * t + Length / 2).remainder(Length) - Length / 2; // nearest periodic image
        return (3 * Speed / (Math.Sqrt(Speed) / 2 * xi).cosh().square()).unsqueeze(0);
    }

    static double MaxError(ITimeIntegrator integrator, double T, SimulationStatistics? stats = null)
    {
        using var scope = NewDisposeScope();
        var u = Trajectories.Simulate(PdeCatalog.Get("kdv"), Exact(0), Grid, [0, T / 2, T],
            new SimulationOptions { Integrator = integrator, Statistics = stats });
        return (u[0, 2] - Exact(T)[0]).abs().max().item<double>();
    }

    [Fact]
    public void Etdrk4_at_default_step_matches_the_soliton_below_1e_6_at_T_10()
    {
        var stats = new SimulationStatistics();
        double error = MaxError(new Etdrk4Solver(), 10, stats);
        output.WriteLine($"ETDRK4 h={Etdrk4Solver.DefaultMaxStep}: max error {error:e2}, {stats.RhsCalls} RHS calls");
        Assert.True(error < 1e-6, $"max error {error:e3}");
    }

    [Fact]
    public void Etdrk4_converges_at_fourth_order()
    {
        double coarse = MaxError(new Etdrk4Solver(0.2), 4), fine = MaxError(new Etdrk4Solver(0.1), 4);
        double order = Math.Log2(coarse / fine);
        output.WriteLine($"errors {coarse:e2} / {fine:e2}: order {order:f2}");
        Assert.InRange(order, 3.5, 4.6);
    }

    [Fact]
    public void Dormand_prince_matches_the_soliton_at_tight_tolerance()
    {
        var stats = new SimulationStatistics();
        double error = MaxError(new DormandPrinceSolver(1e-9, 1e-9), 2, stats);
        output.WriteLine($"dopri5 1e-9: max error {error:e2}, {stats.RhsCalls} RHS calls, {stats.RejectedSteps} rejected");
        Assert.True(error < 1e-6, $"max error {error:e3}");
    }
}
