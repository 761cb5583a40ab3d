using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// A time integrator for u_t = L u + N on a periodic grid, batched over trajectories ([batch, nx] fields).
/// <see cref="Start"/> begins an integration; the caller then asks for the solution at increasing times.
/// </summary>
public interface ITimeIntegrator
{
    /// <summary>Name in the registry and on the command line (<c>etdrk4</c>, <c>dopri5</c>).</summary>
    string Name { get; }

    /// <summary>Whether the integrator needs L (an exponential integrator) or treats it explicitly.</summary>
    bool RequiresLinearPart { get; }

    /// <summary>Begins an integration at time t0 from u0 ([batch, nx], float64; not modified).</summary>
    IIntegration Start(SpectralEvolution evolution, Tensor u0, double t0);
}

/// <summary>One running integration: the state advances monotonically in time.</summary>
public interface IIntegration : IDisposable
{
    double Time { get; }

    /// <summary>Advances to time t (≥ <see cref="Time"/>) and returns a copy of the state there, [batch, nx].</summary>
    Tensor AdvanceTo(double t);

    /// <summary>Accepted steps so far.</summary>
    long Steps { get; }

    /// <summary>Rejected steps so far (adaptive integrators).</summary>
    long RejectedSteps { get; }
}
