using PdeSym.Spectral;
using static TorchSharp.torch;
using Xunit.Abstractions;

namespace PdeSym.Tests.Spectral;

/// <summary>Heat, Burgers (through Cole–Hopf), nKdV and cKdV of the catalogue against exact solutions or exact invariants.</summary>
public class ExactSolutionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Integrators => new(TimeIntegrators.Names);

    [Theory]
    [MemberData(nameof(Integrators))]
    public void Heat_follows_the_exact_Gaussian(string integrator)
    {
        using var scope = NewDisposeScope();
        var heat = PdeCatalog.Get("heat");
        double nu = heat.Evolution!.Linear[2], t0 = 0.02, center = Math.PI;
        var grid = new PeriodicGrid(heat.Domain.Length, 128);
        var x = grid.X();
        Tensor Gaussian(double t) => ((x - center).square() / (-4 * nu * (t + t0))).exp() / Math.Sqrt(4 * Math.PI * nu * (t + t0));
        var u = Trajectories.Simulate(heat, Gaussian(0).unsqueeze(0), grid, [0, 0.1, 0.2],
            new SimulationOptions { Integrator = TimeIntegrators.Get(integrator) });
        double error = Math.Max((u[0, 1] - Gaussian(0.1)).abs().max().item<double>(), (u[0, 2] - Gaussian(0.2)).abs().max().item<double>());
        double peak = Gaussian(0.2).max().item<double>();
        output.WriteLine($"{integrator}: max error {error:e2} (peak {peak:f2})");
        Assert.True(error / peak < (integrator == "etdrk4" ? 1e-11 : 1e-8), $"max error {error:e2}");
    }

    [Fact]
    public void Burgers_from_Cole_Hopf_agrees_with_the_direct_solver()
    {
        using var scope = NewDisposeScope();
        const double nu = 0.1;
        var grid = new PeriodicGrid(2 * Math.PI, 128);
        var initial = new ColeHopfSineSeries(new SineSeries(4, 1, 3), nu, Scale: 1);
        var psi0 = initial.SampleHeat(grid, 3, new Random(5));
        double[] times = [0, 0.5, 1, 2];
        var coleHopf = ColeHopf.SolveBurgers(psi0, grid, nu, times);
        using var d = new SpectralDerivative(grid);
        var direct = Trajectories.Simulate(HandBuiltForms.Burgers(nu), ColeHopf.ToBurgers(psi0, nu, d), grid, times,
            new SimulationOptions { Integrator = new Etdrk4Solver(0.01) });
        double difference = (direct - coleHopf).abs().max().item<double>();
        double size = coleHopf.abs().max().item<double>();
        output.WriteLine($"Cole–Hopf vs direct ETDRK4: {difference:e2} (max |u| {size:f3})");
        Assert.True(size > 0.05, "the data is not trivial");
        Assert.True(difference < 1e-9, $"difference {difference:e2}");
        // Sampling the Burgers field directly gives the same initial data as the heat field mapped by Cole–Hopf.
        Assert.Equal(0, (initial.Sample(grid, 3, new Random(5)) - coleHopf[.., 0]).abs().max().item<double>(), 12);
    }

    [Fact]
    public void NKdV_is_KdV_in_the_stretched_time_s_equals_50_exp_t_over_50_minus_1()
    {
        using var scope = NewDisposeScope();
        const double c = 0.5, x0 = 40, length = 128, T = 2;
        var grid = new PeriodicGrid(length, 256);
        var x = grid.X();
        Tensor Soliton(double s) => 3 * c / (Math.Sqrt(c) / 2 * ((x - x0 - c * s + length / 2).remainder(length) - length / 2)).cosh().square();
        var nkdv = PdeCatalog.Get("nkdv");
        Assert.IsType<DormandPrinceSolver>(TimeIntegrators.DefaultFor(nkdv.Evolution!));
        var stats = new SimulationStatistics();
        var u = Trajectories.Simulate(nkdv, Soliton(0).unsqueeze(0), grid, [0, T], new SimulationOptions { Statistics = stats });
        double error = (u[0, 1] - Soliton(50 * (Math.Exp(T / 50) - 1))).abs().max().item<double>();
        output.WriteLine($"nKdV by {stats.Integrator}: max error {error:e2}, {stats.RhsCalls} RHS calls");
        Assert.True(error < 1e-6, $"max error {error:e2}");
    }

    [Fact]
    public void CKdV_mass_decays_as_one_over_root_t_plus_one()
    {
        using var scope = NewDisposeScope();
        var ckdv = PdeCatalog.Get("ckdv");
        var grid = new PeriodicGrid(128, 256);
        var u0 = new SineSeries(10, 1, 2).Sample(grid, 2, 11) + 0.3;
        double[] times = [0, 2, 4];
        var etd = Trajectories.Simulate(ckdv, u0, grid, times);
        var dopri = Trajectories.Simulate(ckdv, u0, grid, times, new SimulationOptions { Integrator = new DormandPrinceSolver(1e-10, 1e-10) });
        var mass = etd.sum(2);
        for (int i = 1; i < times.Length; i++)
        {
            double relative = ((mass[.., i] - mass[.., 0] / Math.Sqrt(times[i] + 1)).abs() / mass[.., 0].abs()).max().item<double>();
            Assert.True(relative < 1e-10, $"t = {times[i]}: relative mass error {relative:e2}");
        }
        double difference = (etd - dopri).abs().max().item<double>();
        output.WriteLine($"cKdV ETDRK4 vs dopri5: {difference:e2}");
        Assert.True(difference < 1e-6, $"ETDRK4 and dopri5 differ by {difference:e2}");
    }
}
