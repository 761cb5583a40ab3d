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
    /// <summary>
    /// One integrator's run: wall time, right-hand-side calls, steps and max error against the reference; a run that
    /// blew up (a step beyond the scheme's stability) has an infinite error and its <see cref="BlowUp"/>.
    /// </summary>
    public sealed record Run(string Label, ITimeIntegrator Integrator, TimeSpan Elapsed, long RhsCalls, long Steps, long Rejected, double MaxError,
        SimulationBlowUpException? BlowUp = null);

    /// <summary>
    /// The FFTs an evaluation of N cannot avoid — an irfft per x-derivative N reads, an rfft of N back — timed on
    /// the benchmark's [batch, nx] in the same run. An exponential integrator spends its RHS calls on nothing else
    /// of substance, so <see cref="For"/> bounds how fast any ETDRK4 with that many calls could run.
    /// </summary>
    public sealed record TransformFloor(int TransformsPerCall, TimeSpan PerTransform)
    {
        public TimeSpan For(long rhsCalls) => PerTransform * (TransformsPerCall * (double)rhsCalls);
    }

    /// <param name="Reference">The reference run (its time covers both Richardson runs; none for an exact solution).</param>
    /// <param name="ReferenceError">
    /// Estimated max error of the finer Richardson run, max|u_h − u_2h|/15: in the asymptotic range an upper
    /// bound on the extrapolated reference's (0 for an exact solution).
    /// </param>
    /// <param name="Runs">The timed integrators.</param>
    /// <param name="Floor">The cost of the transforms per RHS call.</param>
    public sealed record Result(Run? Reference, double ReferenceError, IReadOnlyList<Run> Runs, TransformFloor Floor)
    {
        /// <summary>The fastest ETDRK4 run whose error is no worse than the adaptive run's, and its speed-up.</summary>
        public (Run Etd, Run Adaptive, double SpeedUp)? Comparison()
        {
            var adaptive = Runs.FirstOrDefault(r => r.Integrator is DormandPrinceSolver);
            if (adaptive == null || adaptive.BlowUp != null) return null;
            var etd = Runs.Where(r => r.Integrator is Etdrk4Solver && r.MaxError <= adaptive.MaxError)
                .OrderBy(r => r.Elapsed).FirstOrDefault();
            return etd == null ? null : (etd, adaptive, adaptive.Elapsed / etd.Elapsed);
        }

        /// <summary>The speed-up an ETDRK4 with <paramref name="etd"/>'s RHS calls would reach if it did nothing but its FFTs.</summary>
        public double CeilingFor(Run etd, Run adaptive) => adaptive.Elapsed / Floor.For(etd.RhsCalls);
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
            Time("warm-up", integrator, form, initial, grid, [times[0], times[0] + Math.Min(0.1, times[^1] - times[0])], null).Item2?.Dispose();
        Run? refRun = null;
        double referenceError = 0;
        Tensor refSolution;
        if (exact is not null) refSolution = exact;
        else
        {
            progress?.Invoke($"reference: etdrk4 h = {referenceStep:g4} and {2 * referenceStep:g4}, Richardson-extrapolated");
            var (fine, fineSolution) = Time("fine", new Etdrk4Solver(referenceStep), form, initial, grid, times, null);
            var (coarse, coarseSolution) = Time("coarse", new Etdrk4Solver(2 * referenceStep), form, initial, grid, times, null);
            if ((fine.BlowUp ?? coarse.BlowUp) is { } failed)
                throw new UserFacingException($"the reference blew up ({failed.Message}); pass a smaller --reference-step");
            var correction = (fineSolution! - coarseSolution!) / 15;
            referenceError = correction.abs().max().item<double>();
            refSolution = fineSolution! + correction;
            refRun = new Run($"reference: etdrk4 h={referenceStep:g4} & {2 * referenceStep:g4}, Richardson", fine.Integrator,
                fine.Elapsed + coarse.Elapsed, fine.RhsCalls + coarse.RhsCalls, fine.Steps + coarse.Steps, 0, 0);
        }
        var floor = MeasureTransforms(form, initial);
        var runs = new List<Run>();
        foreach (var integrator in integrators)
        {
            string label = Label(integrator);
            progress?.Invoke(label);
            Run? best = null;
            for (int r = 0; r < Math.Max(1, repeats); r++)
            {
                var (run, solution) = Time(label, integrator, form, initial, grid, times, refSolution);
                solution?.Dispose();
                if (best == null || run.Elapsed < best.Elapsed) best = run;
            }
            runs.Add(best!);
        }
        return new Result(refRun, referenceError, runs, floor);
    }

    static TransformFloor MeasureTransforms(EvolutionForm form, Tensor initial)
    {
        const int pairs = 200;
        using var scope = NewDisposeScope();
        var u = initial.to_type(ScalarType.Float64).contiguous();
        long nx = u.shape[^1];
        for (int i = 0; i < 20; i++) using (NewDisposeScope()) fft.irfft(fft.rfft(u, dim: -1), n: nx, dim: -1);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < pairs; i++) using (NewDisposeScope()) fft.irfft(fft.rfft(u, dim: -1), n: nx, dim: -1);
        clock.Stop();
        return new TransformFloor(form.NonlinearJet.Count + 1, clock.Elapsed / (2.0 * pairs));
    }

    static string Label(ITimeIntegrator integrator) => integrator switch
    {
        Etdrk4Solver e => $"etdrk4 h={e.MaxStep:g4}",
        DormandPrinceSolver d => $"dopri5 rtol={d.RelativeTolerance:g2} atol={d.AbsoluteTolerance:g2}",
        _ => integrator.Name,
    };

    static (Run, Tensor?) Time(string label, ITimeIntegrator integrator, EvolutionForm form, Tensor initial, PeriodicGrid grid,
        IReadOnlyList<double> times, Tensor? reference)
    {
        var stats = new SimulationStatistics();
        var clock = Stopwatch.StartNew();
        Tensor solution;
        try
        {
            solution = Trajectories.Simulate(form, initial, grid, times, new SimulationOptions { Integrator = integrator, Statistics = stats });
        }
        catch (SimulationBlowUpException e)
        {
            return (new Run(label, integrator, clock.Elapsed, stats.RhsCalls, stats.Steps, stats.RejectedSteps, double.PositiveInfinity, e), null);
        }
        clock.Stop();
        double error = reference is null ? 0 : (solution - reference).abs().max().item<double>();
        return (new Run(label, integrator, clock.Elapsed, stats.RhsCalls, stats.Steps, stats.RejectedSteps, error), solution);
    }
}
