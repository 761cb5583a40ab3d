namespace PdeSym.Spectral;

/// <summary>A trajectory became NaN or infinite, or grew past its <see cref="GrowthBound"/>, during a simulation.</summary>
public sealed class SimulationBlowUpException : UserFacingException
{
    const string Fix = "try a smaller step (--max-step), de-aliasing (--dealias), a finer grid, or smaller initial amplitudes";

    /// <summary>The trajectory was no longer finite at <paramref name="time"/>.</summary>
    public SimulationBlowUpException(int trajectory, double time, double lastFiniteTime, string detail)
        : this(trajectory, time, $"trajectory {trajectory} blew up (NaN or inf) between t = {lastFiniteTime:g6} and t = {time:g6}{detail}; {Fix}")
    {
    }

    SimulationBlowUpException(int trajectory, double time, string message) : base(message)
    {
        Trajectory = trajectory;
        Time = time;
    }

    /// <summary>The trajectory was finite but past its growth bound at <paramref name="time"/>.</summary>
    public static SimulationBlowUpException Growth(int trajectory, double time, double lastTime, double norm, GrowthBound bound, string detail) =>
        new(trajectory, time,
            $"trajectory {trajectory} blew up: its norm √(Σu²) reached {norm:g3} between t = {lastTime:g6} and t = {time:g6}{detail}, " +
            $"over {bound.Factor:g3}× the {bound.Limit(time) / bound.Factor:g3} that its initial energy allows (e^(γt)·‖u0‖); " +
            (bound.LinearPartExplodes(time)
                ? $"the equation's linear part itself amplifies modes at rate γ = {bound.Rate:g3} (as backward diffusion u_t = −ν u_xx does, " +
                  "which is ill-posed): check the signs of its terms, or use a coarser grid or a shorter --duration"
                : "the integration is unstable at this step: try a smaller step (--max-step) or the adaptive integrator (--integrator dopri5); " +
                  "if the equation itself feeds energy in, use smaller initial amplitudes or a shorter --duration"));

    /// <summary>Index of the first trajectory that blew up, within the simulated set.</summary>
    public int Trajectory { get; }

    /// <summary>The first stored time at which the trajectory was no longer finite (or past its growth bound).</summary>
    public double Time { get; }
}
