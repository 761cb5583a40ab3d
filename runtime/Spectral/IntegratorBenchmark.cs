using System.Diagnostics;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// Times integrators on the same batch of trajectories and measures each one's max error over all stored times
/// against a reference: the exact solution when one is given, else ETDRK4 at steps h and 2h combined by
/// Richardson extrapolation (u_h + (u_h − u_2h)/15, fifth order), whose own error is estimated as
/// max|u_h − u_2h|/15. This is how `pdesym bench` compares ETDRK4 with dopri5.
/// </summary>
public static class IntegratorBenchmark
{
    /// <summary>One integrator's run: wall time, right-hand-side calls, steps and max error against the reference.</summary>
    public sealed record Run(string Label, ITimeIntegrator Integrator, TimeSpan Elapsed, long RhsCalls, long Steps, long Rejected, double MaxError);

    /// <param name="Reference">The reference run (its time covers both Richardson runs; none for an exact solution).</param>
    /// <param name="ReferenceError">Estimated max error of the reference (0 for an exact solution).</param>
    /// <param name="Runs">The timed integrators.</param>
    public sealed record Result(Run? Reference, double ReferenceError, IReadOnlyList<Run> Runs)
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
    /// <param name="referenceStep">Finer ETDRK4 step h of the Richardson reference (the other is 2h).</param>
    /// <param name="exact">The exact solution [batch, nt, nx] at <paramref name="times"/>, when known.</param>
    /// <param name="progress">Called with a line as each run starts.</param>
    /// <param name="repeats">Timed runs per integrator; the fastest counts.</param>
    public static Result Measure(EvolutionForm form, Tensor initial, PeriodicGrid grid, IReadOnlyList<double> times,
        IReadOnlyList<ITimeIntegrator> integrators, double referenceStep, Tensor? exact = null, Action<string>? progress = null, int repeats = 1)
    {
        using var scope = NewDisposeScope();
        // Warm up (JIT, libtorch's first calls) so that the first timed run is not penalised.
        foreach (var integrator in integrators)
            Trajectories.Simulate(form, initial, grid, [times[0], times[0] + Math.Min(0.1, times[^1] - times[0])], new SimulationOptions { Integrator = integrator }).Dispose();
        Run? refRun = null;
        double referenceError = 0;
        Tensor refSolution;
        if (exact is not null) refSolution = exact;
        else
        {
            progress?.Invoke($"reference: etdrk4 h = {referenceStep:g4} and {2 * referenceStep:g4}, Richardson-extrapolated");
            var (fine, fineSolution) = Time("fine", new Etdrk4Solver(referenceStep), form, initial, grid, times, null);
            var (coarse, coarseSolution) = Time("coarse", new Etdrk4Solver(2 * referenceStep), form, initial, grid, times, null);
            var correction = (fineSolution - coarseSolution) / 15;
            referenceError = correction.abs().max().item<double>();
            refSolution = fineSolution + correction;
            refRun = new Run($"reference: etdrk4 h={referenceStep:g4} & {2 * referenceStep:g4}, Richardson", fine.Integrator,
                fine.Elapsed + coarse.Elapsed, fine.RhsCalls + coarse.RhsCalls, fine.Steps + coarse.Steps, 0, 0);
        }
        var runs = new List<Run>();
        foreach (var integrator in integrators)
        {
            string label = Label(integrator);
            progress?.Invoke(label);
            Run? best = null;
            for (int r = 0; r < Math.Max(1, repeats); r++)
            {
                var (run, solution) = Time(label, integrator, form, initial, grid, times, refSolution);
                solution.Dispose();
                if (best == null || run.Elapsed < best.Elapsed) best = run;
            }
            runs.Add(best!);
        }
        return new Result(refRun, referenceError, runs);
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
