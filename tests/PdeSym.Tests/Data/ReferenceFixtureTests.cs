using PdeSym.Data;
using PdeSym.Spectral;
using static TorchSharp.torch;
using Xunit.Abstractions;

namespace PdeSym.Tests.Data;

/// <summary>
/// The KdV file written by the authors' Python generator (dopri5, tol 1e-9; L = 128, the last 140 of 250 stored
/// times over [0, 100]): our reader takes it, and its values are solutions of the catalogue's KdV by our own solver.
/// </summary>
public class ReferenceFixtureTests(ITestOutputHelper output)
{
    const double Length = 128, Dt = 100.0 / 249;
    static readonly PdeDataSet Data = PdeDataFile.Read(Fixtures.Path("kdv_reference_train_2.h5"));

    [Fact]
    public void Layout_is_read_shape_and_missing_metadata_stay_unknown()
    {
        var train = Data.Get("train");
        Assert.Single(Data.Splits);
        Assert.Equal(("pde_140-256", 2, 140, 256), (train.DatasetName, train.Count, train.Nt, train.Nx));
        Assert.Null(Data.Pde);
        Assert.Null(Data.X);
        Assert.Empty(Data.Constants);
    }

    [Fact]
    public void Mass_is_conserved_and_energy_nearly_so()
    {
        using var scope = NewDisposeScope();
        var u = Data.Get("train").ToTensor();
        double dx = Length / 256;
        var mass = u.sum(2) * dx;                 // [2, 140]
        var energy = u.square().sum(2) * dx;
        double massDrift = (mass - mass[.., 0..1]).abs().max().item<double>();
        double energyDrift = ((energy - energy[.., 0..1]).abs() / energy[.., 0..1]).max().item<double>();
        output.WriteLine($"mass drift {massDrift:e2}, relative energy drift {energyDrift:e2}");
        Assert.True(massDrift < 1e-10, $"mass drift {massDrift:e2}");
        Assert.True(energyDrift < 1e-6, $"energy drift {energyDrift:e2}");
        Assert.True(energy.min().item<double>() > 1, "the trajectories are not trivial");
    }

    [Fact]
    public void Our_ETDRK4_continues_the_reference_trajectories()
    {
        using var scope = NewDisposeScope();
        var u = Data.Get("train").ToTensor();
        var grid = new PeriodicGrid(Length, 256);
        double[] times = [0, Dt, 2 * Dt, 5 * Dt];
        var ours = Trajectories.Simulate(PdeCatalog.Get("kdv"), u[.., 0], grid, times, new SimulationOptions { Integrator = new Etdrk4Solver() });
        var reference = stack([u[.., 0], u[.., 1], u[.., 2], u[.., 5]], dim: 1);
        double error = (ours - reference).abs().max().item<double>();
        double scale = reference.abs().max().item<double>();
        output.WriteLine($"max difference after 5 stored steps: {error:e2} (max |u| = {scale:f3})");
        Assert.True(error < 1e-5, $"max difference {error:e2}");
        // A wrong equation (KdV without the nonlinear term) must be caught by the same oracle.
        var linear = new EvolutionForm([0, 0, 0, -1], "0", [], j => zeros(1, dtype: float64));
        var wrong = Trajectories.Simulate(linear, u[.., 0], grid, times);
        Assert.True((wrong - reference).abs().max().item<double>() > 1e-2);
    }
}
