using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

/// <summary>What the solvers say about input they cannot handle.</summary>
public class BadInputTests
{
    static readonly PeriodicGrid Grid = new(128, 64);

    // u_t = u² from u0 = 1 blows up at t = 1; from u0 = 0.1 it lives until t = 10.
    static readonly EvolutionForm Square = new([], "u^2", [JetVariable.U], j => j[JetVariable.U].square());

    static Tensor Calm(int count, int wild)
    {
        var u0 = full(count, 64, 0.1, dtype: float64);
        u0[wild] = full(64, 1.0, dtype: float64);
        return u0;
    }

    [Fact]
    public void ETDRK4_blow_up_names_the_trajectory_and_the_time()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<SimulationBlowUpException>(() => Trajectories.Simulate(Square, Calm(4, 2), Grid, [0, 0.5, 2, 3],
            new SimulationOptions { Integrator = new Etdrk4Solver(0.1), FirstTrajectory = 100 }));
        Assert.Equal(102, e.Trajectory);
        Assert.Equal(2, e.Time);
        Assert.Contains("trajectory 102 blew up (NaN or inf) between t = 0.5 and t = 2", e.Message);
    }

    [Fact]
    public void Adaptive_blow_up_of_u_t_equals_u_squared_names_the_trajectory()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<SimulationBlowUpException>(() => Trajectories.Simulate(Square, Calm(2, 1), Grid, [0, 0.5, 0.9, 1.5],
            new SimulationOptions { Integrator = new DormandPrinceSolver(1e-6, 1e-6) }));
        Assert.Equal(1, e.Trajectory);
        Assert.InRange(e.Time, 0.9, 1.5);
    }

    [Fact]
    public void Non_finite_initial_data_is_reported_at_the_start()
    {
        using var scope = NewDisposeScope();
        var u0 = zeros(3, 64, dtype: float64);
        u0[2, 5] = tensor(double.NaN);
        var e = Assert.Throws<SimulationBlowUpException>(() => Trajectories.Simulate(PdeCatalog.Get("kdv"), u0, Grid, [0, 1]));
        Assert.Equal((2, 0.0), (e.Trajectory, e.Time));
    }

    [Fact]
    public void A_PDE_without_evolution_form_cannot_be_simulated()
    {
        var pde = new HandBuiltPde("implicit", new PdeDomain(1, 1), evolution: null);
        var e = Assert.Throws<UserFacingException>(() => Trajectories.Simulate(pde, zeros(1, 64, dtype: float64), Grid, [0, 1]));
        Assert.Contains("'implicit'", e.Message);
        Assert.Contains("no evolution form", e.Message);
    }

    [Fact]
    public void Unknown_integrator_lists_the_known_ones()
    {
        var e = Assert.Throws<UserFacingException>(() => TimeIntegrators.Get("rk45"));
        Assert.Contains("dopri5, etdrk4", e.Message);
    }

    [Fact]
    public void Unknown_PDE_lists_the_known_ones()
    {
        var e = Assert.Throws<UnknownPdeException>(() => PdeCatalog.Get("no-such-pde"));
        Assert.Contains("unknown PDE 'no-such-pde'; known PDEs:", e.Message);
        Assert.Equal(PdeCatalog.All.Select(p => p.Name), e.Known);
    }

    [Fact]
    public void Initial_data_of_the_wrong_shape_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Trajectories.Simulate(PdeCatalog.Get("kdv"), zeros(2, 32, dtype: float64), Grid, [0, 1]));
    }
}
