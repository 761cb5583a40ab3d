namespace PdeSym.Spectral;

/// <summary>How <see cref="Trajectories.Simulate(EvolutionForm, TorchSharp.torch.Tensor, PeriodicGrid, IReadOnlyList{double}, SimulationOptions?)"/> integrates.</summary>
public sealed record SimulationOptions
{
    /// <summary>The integrator; null picks <see cref="TimeIntegrators.DefaultFor"/>.</summary>
    public ITimeIntegrator? Integrator { get; init; }

    /// <summary>2/3-rule de-aliasing of N.</summary>
    public bool Dealias { get; init; }

    /// <summary>A finite trajectory past this multiple of its energy estimate counts as blown up (<see cref="GrowthBound"/>); infinity: NaN/inf only.</summary>
    public double GrowthFactor { get; init; } = GrowthBound.DefaultFactor;

    /// <summary>Index of the first trajectory in the caller's numbering (for blow-up messages).</summary>
    public int FirstTrajectory { get; init; }

    /// <summary>Called after each stored time with the number of stored times done so far.</summary>
    public Action<int>? StoredStep { get; init; }

    /// <summary>Filled with the work done (optional).</summary>
    public SimulationStatistics? Statistics { get; init; }
}

/// <summary>The work a simulation did: evaluations of N (right-hand-side calls) and steps.</summary>
public sealed class SimulationStatistics
{
    public long RhsCalls { get; set; }
    public long Steps { get; set; }
    public long RejectedSteps { get; set; }
    public string Integrator { get; set; } = "";
}
