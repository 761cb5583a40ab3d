using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// Simulates batches of trajectories of an evolution equation on a periodic grid and returns the solution at
/// the requested times as a [batch, nt, nx] float64 tensor (the first time is the initial condition's).
/// </summary>
public static class Trajectories
{
    /// <summary>Simulates a declared PDE through its generated evolution form.</summary>
    public static Tensor Simulate(IPde pde, Tensor initial, PeriodicGrid grid, IReadOnlyList<double> times, SimulationOptions? options = null) =>
        Simulate(EvolutionOf(pde), initial, grid, times, options);

    /// <summary>The PDE's evolution form, or an error saying that it has none.</summary>
    public static EvolutionForm EvolutionOf(IPde pde) => pde.Evolution ?? throw new UserFacingException(
        $"'{pde.Name}' ({pde.Pretty}) has no evolution form u_t = L u + N, so it cannot be simulated; " +
        "declare it with u_t appearing linearly with a constant coefficient and no other t-derivative");

    /// <summary>
    /// Integrates u_t = L u + N from <paramref name="initial"/> ([batch, nx]) at times[0] and stores the solution
    /// at every time in <paramref name="times"/> (increasing). Throws <see cref="SimulationBlowUpException"/>
    /// naming the trajectory and time when one becomes NaN or infinite, or grows past its <see cref="GrowthBound"/>.
    /// </summary>
    public static Tensor Simulate(EvolutionForm form, Tensor initial, PeriodicGrid grid, IReadOnlyList<double> times, SimulationOptions? options = null)
    {
        options ??= new SimulationOptions();
        if (times.Count == 0) throw new ArgumentException("at least one time is needed", nameof(times));
        for (int i = 1; i < times.Count; i++)
            if (!(times[i] >= times[i - 1])) throw new ArgumentException("times must be increasing", nameof(times));
        if (initial.dim() != 2 || initial.shape[1] != grid.Nx)
            throw new ArgumentException($"initial conditions must be [batch, {grid.Nx}], got [{string.Join(", ", initial.shape)}]", nameof(initial));

        var integrator = options.Integrator ?? TimeIntegrators.DefaultFor(form);
        using var evolution = new SpectralEvolution(form, grid, options.Dealias);
        CheckFinite(initial, times[0], times[0], options.FirstTrajectory, "");
        var growth = new GrowthBound(initial, evolution.LinearSymbol, times[0], options.GrowthFactor);

        var frames = new List<Tensor>(times.Count);
        using var integration = integrator.Start(evolution, initial, times[0]);
        try
        {
            double lastTime = times[0];
            for (int i = 0; i < times.Count; i++)
            {
                Tensor frame;
                try
                {
                    frame = integration.AdvanceTo(times[i]).DetachFromDisposeScope();
                }
                catch (StepSizeUnderflowException e)
                {
                    using var scope = NewDisposeScope();
                    int worst = (int)initial.shape[0] == 1 ? 0 : (int)frames[^1].abs().amax([1]).argmax().item<long>();
                    throw new SimulationBlowUpException(options.FirstTrajectory + worst, e.Time, lastTime,
                        $" (the adaptive step fell below {DormandPrinceSolver.MinimumRelativeStep:g1}·t; largest |u| in trajectory {options.FirstTrajectory + worst})");
                }
                frames.Add(frame);
                CheckFinite(frame, times[i], lastTime, options.FirstTrajectory, $" ({integrator.Name})");
                if (growth.FirstBeyond(frame, times[i]) is { } grown)
                    throw SimulationBlowUpException.Growth(options.FirstTrajectory + grown.Trajectory, times[i], lastTime, grown.Norm, growth, $" ({integrator.Name})");
                lastTime = times[i];
                options.StoredStep?.Invoke(i + 1);
            }
            if (options.Statistics is { } stats)
            {
                stats.RhsCalls += evolution.NonlinearCalls;
                stats.Steps += integration.Steps;
                stats.RejectedSteps += integration.RejectedSteps;
                stats.Integrator = integrator.Name;
            }
            return stack(frames, dim: 1);
        }
        finally
        {
            foreach (var f in frames) f.Dispose();
        }
    }

    static void CheckFinite(Tensor u, double time, double lastFinite, int first, string detail)
    {
        using var scope = NewDisposeScope();
        var finite = u.isfinite().all(1);
        if (finite.all().item<bool>()) return;
        int bad = (int)(~finite).to_type(ScalarType.Int64).argmax().item<long>();
        throw new SimulationBlowUpException(first + bad, time, lastFinite, detail);
    }
}
