using PdeSym.Data;
using PdeSym.Spectral;
using static TorchSharp.torch;
using Xunit.Abstractions;

namespace PdeSym.Tests.Spectral;

/// <summary>
/// Blow-up that stays finite: an unstable step carries KdV to ‖u‖ ≈ 1e115 without a NaN. The energy estimate of
/// <see cref="GrowthBound"/> flags it, and the default data of every catalogue equation stays inside the estimate itself.
/// </summary>
public class GrowthBoundTests(ITestOutputHelper output)
{
    public static TheoryData<string> EvolutionPdes => CatalogueSimulationTests.EvolutionPdes;

    // LPSDA KdV data (nx = 256, L = 128) with ETDRK4 at h = 1.25, 125× its default step, stored every step up to
    // t = 53.75: max |u| goes 6, 22, 1e8, 1e115 over the last four stored times, one step before it overflows.
    static Tensor UnstableKdV(SimulationOptions options)
    {
        var pde = PdeCatalog.Get("kdv");
        var grid = new PeriodicGrid(pde.Domain.Length, 256);
        var u0 = DataRecipe.For(pde).Initial.Sample(grid, 8, 7919);
        return Trajectories.Simulate(pde, u0, grid, DataSetGenerator.RunTimes(53.75, 44), options with { Integrator = new Etdrk4Solver(1.25) });
    }

    [Fact]
    public void A_too_large_step_is_caught_although_the_solution_stays_finite()
    {
        using var scope = NewDisposeScope();
        // Without the bound the run ends finite but absurd: the NaN/inf check alone passes it.
        var unbounded = UnstableKdV(new SimulationOptions { GrowthFactor = double.PositiveInfinity });
        Assert.True(unbounded.isfinite().all().item<bool>());
        var final = unbounded[.., ^1].abs().amax([1]);
        output.WriteLine($"KdV, ETDRK4 h = 1.25, no growth check: max |u| at t = 53.75 is {final.max().item<double>():e2}");
        Assert.True(final.max().item<double>() > 1e10);

        var e = Assert.Throws<SimulationBlowUpException>(() => UnstableKdV(new SimulationOptions { FirstTrajectory = 10 }));
        output.WriteLine(e.Message);
        Assert.Equal(10 + final.argmax().item<long>(), e.Trajectory);
        Assert.InRange(e.Time, 40, 52.5); // caught before the last stored time
        Assert.Contains($"trajectory {e.Trajectory} blew up: its norm", e.Message);
        Assert.Contains("(etdrk4)", e.Message);
        Assert.Contains("--max-step", e.Message);
        Assert.Contains("--integrator dopri5", e.Message);
    }

    [Fact]
    public void An_ill_posed_equation_is_named_as_the_cause_not_the_step()
    {
        // Backward diffusion u_t = −0.1 u_xx: on 64 points over 10 the top mode grows at 0.1·(2π·32/10)² ≈ 40 per unit time.
        using var scope = NewDisposeScope();
        var backward = new EvolutionForm([0, 0, -0.1], "0", [JetVariable.U], j => zeros_like(j[JetVariable.U]));
        var grid = new PeriodicGrid(10, 64);
        var u0 = new SineSeries(5, 1, 3).Sample(grid, 2, 3) + 1e-3 * randn(2, 64, dtype: float64, generator: new TorchSharp.torch.Generator(1));
        var e = Assert.Throws<SimulationBlowUpException>(() => Trajectories.Simulate(backward, u0, grid, DataSetGenerator.RunTimes(2, 41)));
        output.WriteLine(e.Message);
        Assert.Contains("linear part itself amplifies modes at rate γ = 40.4", e.Message);
        Assert.Contains("ill-posed", e.Message);
        Assert.DoesNotContain("--max-step", e.Message);
    }

    [Fact]
    public void The_limit_grows_at_the_fastest_rate_of_L_from_the_largest_initial_norm()
    {
        using var scope = NewDisposeScope();
        var u0 = stack([ones(64, dtype: float64), full(64, 0.5, dtype: float64)]); // norms 8 and 4
        // KS: L̂ = k² − k⁴ peaks at 1/4 (k² = 1/2, a grid mode when L = 2π·√2·8); KdV's L̂ = i k³ never grows.
        using var ks = new SpectralEvolution(PdeCatalog.Get("ks").Evolution!, new PeriodicGrid(2 * Math.PI * Math.Sqrt(2) * 8, 64));
        var ksBound = new GrowthBound(u0, ks.LinearSymbol, 1);
        Assert.Equal(0.25, ksBound.Rate, 12);
        Assert.Equal(GrowthBound.DefaultFactor * 8 * Math.Exp(0.25 * 4), ksBound.Limit(5), 9);
        // Past e^50 nothing counts as data, whatever L allows.
        Assert.Equal(1, ksBound.Limit(1000) / (GrowthBound.DefaultFactor * 8 * Math.Exp(GrowthBound.MaxLogAmplification)), 12);
        using var kdv = new SpectralEvolution(PdeCatalog.Get("kdv").Evolution!, new PeriodicGrid(128, 64));
        var bound = new GrowthBound(u0, kdv.LinearSymbol, 2, factor: 10);
        Assert.Equal(0, bound.Rate, 12);
        Assert.Equal(80, bound.Limit(50), 9);
        Assert.Null(bound.FirstBeyond(full(2, 64, 9.9, dtype: float64), 50)); // norm 79.2
        var beyond = bound.FirstBeyond(stack([zeros(64, dtype: float64), full(64, 10.125, dtype: float64)]), 50); // norm 81
        Assert.Equal(1, beyond?.Trajectory);
        Assert.Equal(81, beyond!.Value.Norm, 9);
        Assert.Equal(double.PositiveInfinity, new GrowthBound(zeros(1, 64, dtype: float64), kdv.LinearSymbol, 0).Limit(1));
    }

    [Theory]
    [MemberData(nameof(EvolutionPdes))]
    public void Default_data_of_every_catalogue_equation_stays_inside_the_energy_estimate(string name)
    {
        // The default recipe, integrator, duration and stored times, on a coarser grid (128) and one trajectory, every
        // stored time kept so that u0 is in the data: ‖u(t)‖ ≤ e^(γt)‖u0‖ holds but for the aliasing of the pseudo-spectral
        // product (+1.1 % for KdV, +1.9 % for nKdV on 128 points), so the check, which allows GrowthBound.DefaultFactor
        // times the estimate, cannot trip on them.
        using var scope = NewDisposeScope();
        var pde = PdeCatalog.Get(name);
        const int nx = 128, steps = 250;
        var data = DataSetGenerator.Generate(pde, new Dictionary<string, int> { ["train"] = 1 }, new DataSettings { Nx = nx, Nt = steps, Steps = steps });
        var u = tensor(data.Splits[0].Values, dtype: float64).reshape(steps, nx);
        using var evolution = new SpectralEvolution(pde.Evolution!, new PeriodicGrid(pde.Domain.Length, nx));
        var bound = new GrowthBound(u[..1], evolution.LinearSymbol, 0, factor: 1);
        var times = DataSetGenerator.RunTimes(pde.Domain.Duration, steps);
        var norms = GrowthBound.Norms(u).data<double>().ToArray();
        double worst = Enumerable.Range(0, steps).Max(i => norms[i] / bound.Limit(times[i]));
        output.WriteLine($"{name}: max over the run of ‖u(t)‖ / (e^(γt)‖u0‖) = {worst:F4} (γ = {bound.Rate:g3})");
        Assert.True(worst <= 1.1, $"{name}: {worst:F4}");
    }
}
