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
        // Heat's N is zero: no derivative to transform back, only the rfft of N.
        Assert.Equal(1, result.Floor.TransformsPerCall);
        Assert.True(result.Floor.PerTransform > TimeSpan.Zero);
    }

    [Fact]
    public void Richardson_reference_estimates_its_finer_runs_error()
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
        // N = −u u_x: irfft of u and of u_x, rfft of N.
        Assert.Equal(3, result.Floor.TransformsPerCall);
    }

    [Fact]
    public void A_run_that_blows_up_is_reported_and_left_out_of_the_comparison()
    {
        using var scope = NewDisposeScope();
        var kdv = PdeCatalog.Get("kdv");
        var grid = new PeriodicGrid(kdv.Domain.Length, 64);
        var u0 = new SineSeries(3, 1, 2).Sample(grid, 2, 1);
        var result = IntegratorBenchmark.Measure(kdv.Evolution!, u0, grid, [0, 0.5, 1],
            [new NaNAfterStart(), new Etdrk4Solver(0.1), new DormandPrinceSolver(1e-6, 1e-6)], referenceStep: 0.02);
        var failed = result.Runs[0];
        Assert.NotNull(failed.BlowUp);
        Assert.Equal(0.5, failed.BlowUp.Time);
        Assert.Equal(double.PositiveInfinity, failed.MaxError);
        Assert.Null(result.Runs[1].BlowUp);
        Assert.True(result.Runs[1].MaxError < 1e-5);
        Assert.Same(result.Runs[1], result.Comparison()!.Value.Etd);
    }

    /// <summary>An integrator whose state turns to NaN after the start, as an unstable step does.</summary>
    sealed class NaNAfterStart : ITimeIntegrator
    {
        public string Name => "nan";
        public bool RequiresLinearPart => false;
        public IIntegration Start(SpectralEvolution evolution, Tensor u0, double t0) => new Run(u0.clone().DetachFromDisposeScope(), t0);

        sealed class Run(Tensor u0, double t0) : IIntegration
        {
            public double Time { get; private set; } = t0;
            public long Steps => 0;
            public long RejectedSteps => 0;
            public Tensor AdvanceTo(double t)
            {
                var u = t > Time ? full_like(u0, double.NaN) : u0.clone();
                Time = t;
                return u;
            }
            public void Dispose() => u0.Dispose();
        }
    }
}
