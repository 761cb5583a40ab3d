using System.Diagnostics;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// Times integrators on the same batch of trajectories and measures each one's max error against a fine-step
/// ETDRK4 reference over all stored times. This is how `pdesym bench` compares ETDRK4 with dopri5.
/// </summary>
public static class IntegratorBenchmark
{
    /// <summary>One integrator's run: wall time, right-hand-side calls, steps and max error against the reference.</summary>
    public sealed record Run(string Label, ITimeIntegrator Integrator, TimeSpan Elapsed, long RhsCalls, long Steps, long Rejected, double MaxError);

    public sealed record Result(Run Reference, IReadOnlyList<Run> Runs)
    {
        /// <summary>The fastest ETDRK4 run whose error is no worse than the adaptive run's, and its speed-up.</summary>
        public (Run Etd, Run Adaptive, double SpeedUp)? Comparison()
        {
            var adaptive = Runs.FirstOrDefault(r => r.Integrator is DormandPrinceSolver);
            if (adaptive == null) return null;
            var etd = Runs.Where(r => r.Integrator is Etdrk4Solver && r.MaxError <= adaptive.MaxError)
                .OrderBy(r => r.Elapsed).FirstOrDefault();
            return etd == null ? null : (etd, adaptive, adaptive.Elapsed / etd.Elapsed);
        }
    }

    /// <param name="form">The evolution equation.</param>
    /// <param name="initial">Initial conditions [batch, nx].</param>
    /// <param name="grid">The grid.</param>
    /// <param name="times">Stored times (the first is the initial condition's).</param>
    /// <param name="integrators">The integrators to time, in order.</param>
    /// <param name="referenceStep">ETDRK4 step of the reference solution.</param>
    /// <param name="progress">Called with a line as each run starts.</param>
    public static Result Measure(EvolutionForm form, Tensor initial, PeriodicGrid grid, IReadOnlyList<double> times,
        IReadOnlyList<ITimeIntegrator> integrators, double referenceStep, Action<string>? progress = null)
    {
        using var scope = NewDisposeScope();
        var reference = new Etdrk4Solver(referenceStep);
        progress?.Invoke($"reference: etdrk4 h = {referenceStep:g4}");
        var (refRun, refSolution) = Time($"reference etdrk4 h={referenceStep:g4}", reference, form, initial, grid, times, null);
        var runs = new List<Run>();
        foreach (var integrator in integrators)
        {
            string label = Label(integrator);
            progress?.Invoke(label);
            var (run, solution) = Time(label, integrator, form, initial, grid, times, refSolution);
            solution.Dispose();
            runs.Add(run);
        }
        return new Result(refRun, runs);
    }

    static string Label(ITimeIntegrator integrator) => integrator switch
    {
        Etdrk4Solver e => $"etdrk4 h={e.MaxStep:g4}",
        DormandPrinceSolver d => $"dopri5 rtol={d.RelativeTolerance:g2} atol={d.AbsoluteTolerance:g2}",
        _ => integrator.Name,
    };

    static (Run, Tensor) Time(string label, ITimeIntegrator integrator, EvolutionForm form, Tensor initial, PeriodicGrid grid,
        IReadOnlyList<double> times, Tensor? reference)
    {
        var stats = new SimulationStatistics();
        var clock = Stopwatch.StartNew();
        var solution = Trajectories.Simulate(form, initial, grid, times, new SimulationOptions { Integrator = integrator, Statistics = stats });
        clock.Stop();
        double error = reference is null ? 0 : (solution - reference).abs().max().item<double>();
        return (new Run(label, integrator, clock.Elapsed, stats.RhsCalls, stats.Steps, stats.RejectedSteps, error), solution);
    }
}
