using PdeSym.Spectral;
using static TorchSharp.torch;
using Xunit.Abstractions;

namespace PdeSym.Tests.Spectral;

/// <summary>KdV conserves ∫u and ∫u²: checked over a run from the LPSDA initial data.</summary>
public class ConservationTests(ITestOutputHelper output)
{
    [Fact]
    public void KdV_conserves_mass_and_energy_to_1e_8()
    {
        using var scope = NewDisposeScope();
        var grid = new PeriodicGrid(128, 256);
        var u0 = new SineSeries(10, 1, 2).Sample(grid, 2, 3) + 0.2; // offset: a non-zero mass to compare against
        var times = Enumerable.Range(0, 11).Select(i => 2.0 * i).ToArray();
        var u = Trajectories.Simulate(PdeCatalog.Get("kdv"), u0, grid, times);
        var mass = u.sum(2) * grid.Dx;
        var energy = u.square().sum(2) * grid.Dx;
        double massDrift = ((mass - mass[.., 0..1]).abs() / mass[.., 0..1].abs()).max().item<double>();
        double energyDrift = ((energy - energy[.., 0..1]).abs() / energy[.., 0..1]).max().item<double>();
        output.WriteLine($"T = 20, 2 trajectories, ETDRK4 at its default step: relative mass drift {massDrift:e2}, relative energy drift {energyDrift:e2}");
        Assert.True(massDrift < 1e-8, $"mass drift {massDrift:e2}");
        Assert.True(energyDrift < 1e-8, $"energy drift {energyDrift:e2}");
    }
}
