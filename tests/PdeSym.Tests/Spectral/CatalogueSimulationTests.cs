using PdeSym.Data;
using PdeSym.Spectral;
using static TorchSharp.torch;
using Xunit.Abstractions;

namespace PdeSym.Tests.Spectral;

/// <summary>Every catalogue PDE with an evolution form, simulated through its generated split.</summary>
public class CatalogueSimulationTests(ITestOutputHelper output)
{
    public static TheoryData<string> EvolutionPdes => new(PdeCatalog.All.Where(p => p.Evolution != null).Select(p => p.Name));

    // Smooth, small data that every PDE of the catalogue resolves on 128 points over a short time.
    static (PeriodicGrid Grid, Tensor Initial) Setup(IPde pde)
    {
        var grid = new PeriodicGrid(pde.Domain.Length, 128);
        return (grid, new SineSeries(3, 1, 2, MaxAmplitude: 0.5).Sample(grid, 2, 17));
    }

    [Fact]
    public void The_catalogue_has_the_eight_evolution_equations()
    {
        Assert.Equal(["burgers", "ckdv", "heat", "kdv", "ks", "mkdv", "nkdv", "pburgers"], PdeCatalog.All.Where(p => p.Evolution != null).Select(p => p.Name).Order());
    }

    [Theory]
    [MemberData(nameof(EvolutionPdes))]
    public void ETDRK4_and_Dormand_Prince_agree(string name)
    {
        using var scope = NewDisposeScope();
        var pde = PdeCatalog.Get(name);
        var (grid, u0) = Setup(pde);
        double[] times = [0.5, 0.75, 1.0]; // t0 > 0 exercises the explicit t in N (cKdV, nKdV)
        var etd = Trajectories.Simulate(pde, u0, grid, times, new SimulationOptions { Integrator = new Etdrk4Solver(0.005) });
        var dopri = Trajectories.Simulate(pde, u0, grid, times, new SimulationOptions { Integrator = new DormandPrinceSolver(1e-11, 1e-11) });
        double difference = (etd - dopri).abs().max().item<double>();
        output.WriteLine($"{name}: |ETDRK4 − dopri5| = {difference:e2}");
        Assert.True(difference < 1e-8, $"{name}: integrators differ by {difference:e2}");
        Assert.True((etd[.., 2] - u0).abs().max().item<double>() > 1e-3, "the solution moved");
    }

    [Theory]
    [MemberData(nameof(EvolutionPdes))]
    public void Simulated_data_satisfies_the_declared_residual(string name)
    {
        // The residual Δ of the declaration, evaluated on the solver's output with u_t from a central
        // difference in time and x-derivatives by FFT: it must vanish to the difference's O(δ²).
        using var scope = NewDisposeScope();
        var pde = PdeCatalog.Get(name);
        var (grid, u0) = Setup(pde);
        const double t = 0.6, delta = 1e-3;
        var u = Trajectories.Simulate(pde, u0, grid, [0.5, t - delta, t, t + delta], new SimulationOptions { Integrator = new Etdrk4Solver(delta / 4) });
        using var derivative = new SpectralDerivative(grid);
        var center = u[.., 2];
        var ut = (u[.., 3] - u[.., 1]) / (2 * delta);
        var jet = pde.Jet.Variables.ToDictionary(v => v, v => v.T switch
        {
            0 => derivative.Apply(center, v.X),
            1 when v.X == 0 => ut,
            _ => throw new InvalidOperationException($"{name} reads {v.Name}"),
        });
        var residual = pde.Residual(new JetTensors(grid.X(), tensor(t, dtype: float64), jet));
        double relative = residual.abs().max().item<double>() / ut.abs().max().item<double>();
        output.WriteLine($"{name}: max |Δ| / max |u_t| = {relative:e2}");
        Assert.True(relative < 1e-5, $"{name}: residual {relative:e2} of u_t");
    }

    [Theory]
    [MemberData(nameof(EvolutionPdes))]
    public void Default_integrator_and_recipe_fit_the_form(string name)
    {
        var pde = PdeCatalog.Get(name);
        var form = pde.Evolution!;
        var expected = form.Linear.Any(c => c != 0) ? "etdrk4" : "dopri5";
        Assert.Equal(expected, TimeIntegrators.DefaultFor(form).Name);
        // Burgers alone goes through Cole–Hopf, recognised from its generated form.
        Assert.Equal(name == "burgers", DataRecipe.For(pde).UseColeHopf);
    }
}
