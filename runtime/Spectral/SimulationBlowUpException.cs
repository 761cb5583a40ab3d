namespace PdeSym.Spectral;

/// <summary>A trajectory became NaN or infinite during a simulation.</summary>
public sealed class SimulationBlowUpException(int trajectory, double time, double lastFiniteTime, string detail)
    : UserFacingException(
        $"trajectory {trajectory} blew up (NaN or inf) between t = {lastFiniteTime:g6} and t = {time:g6}{detail}; " +
        "try a smaller step (--max-step), de-aliasing (--dealias), a finer grid, or smaller initial amplitudes")
{
    /// <summary>Index of the first trajectory that blew up, within the simulated set.</summary>
    public int Trajectory { get; } = trajectory;

    /// <summary>The first stored time at which the trajectory was no longer finite.</summary>
    public double Time { get; } = time;
}
