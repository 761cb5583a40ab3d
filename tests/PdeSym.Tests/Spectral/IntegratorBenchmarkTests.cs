using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

/// <summary>The benchmark's bookkeeping (not its timings): errors against the exact or extrapolated reference, work counts.</summary>
public class IntegratorBenchmarkTests
{
    [Fact]
    public void Errors_are_measured_against_the_exact_solution_and_the_comparison_respects_accuracy()
    {
        using var scope = NewDisposeScope();
        var heat = PdeCatalog.Get("heat");
        var grid = new PeriodicGrid(heat.Domain.Length, 64);
        double nu = heat.Evolution!.Linear[2];
        double[] times = [0, 0.1, 0.2];
        var x = grid.X();
        // sin(2x) decays as exp(-4νt).
        var exact = stack(times.Select(t => (2 * x).sin() * Math.Exp(-4 * nu * t)).ToArray()).unsqueeze(0);
        var result = IntegratorBenchmark.Measure(heat.Evolution, exact[.., 0], grid, times,
            [new Etdrk4Solver(0.1), new DormandPrinceSolver(1e-6, 1e-6)], referenceStep: 0.01, exact: exact);
        Assert.Null(result.Reference);
        var etd = result.Runs[0];
        var dopri = result.Runs[1];
        Assert.True(etd.MaxError < 1e-14, $"ETDRK4 integrates L exactly: {etd.MaxError:e2}");
        Assert.InRange(dopri.MaxError, 1e-12, 1e-4);
        Assert.Equal(8, etd.RhsCalls); // 2 intervals × 1 step × 4 stages
        Assert.True(dopri.RhsCalls > 6);
        var comparison = result.Comparison();
        Assert.NotNull(comparison);
        Assert.Same(etd, comparison.Value.Etd);
    }

    [Fact]
    public void Richardson_reference_estimates_its_own_error()
    {
        using var scope = NewDisposeScope();
        var kdv = PdeCatalog.Get("kdv");
        var grid = new PeriodicGrid(kdv.Domain.Length, 128);
        var u0 = new SineSeries(3, 1, 2).Sample(grid, 2, 1);
        var result = IntegratorBenchmark.Measure(kdv.Evolution!, u0, grid, [0, 1, 2], [new Etdrk4Solver(0.2)], referenceStep: 0.05);
        Assert.NotNull(result.Reference);
        Assert.InRange(result.ReferenceError, 1e-14, 1e-6);
        Assert.True(result.Runs[0].MaxError > result.ReferenceError, "the coarse run is less accurate than the reference");
        Assert.Null(result.Comparison()); // no adaptive run to compare with
    }
}
