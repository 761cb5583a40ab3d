using PdeSym.Spectral;

namespace PdeSym.Data;

/// <summary>
/// Grid and sampling of a generated data set. As in the LPSDA / paper data, a run stores <see cref="Steps"/>
/// equally spaced times over [0, T] (dt = T/(Steps − 1)) and keeps the last <see cref="Nt"/> of them.
/// </summary>
public sealed record DataSettings
{
    public int Nx { get; init; } = 256;

    /// <summary>Stored times kept per trajectory (the dataset's nt).</summary>
    public int Nt { get; init; } = 140;

    /// <summary>Equally spaced times of the run over [0, T], the first being the initial condition.</summary>
    public int Steps { get; init; } = 250;

    public int Seed { get; init; }

    /// <summary>Trajectories integrated together as one [batch, nx] tensor.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The integrator; null picks the default for the PDE's evolution form.</summary>
    public ITimeIntegrator? Integrator { get; init; }

    public bool Dealias { get; init; }

    /// <summary>Initial conditions; null takes the PDE's <see cref="DataRecipe"/>.</summary>
    public InitialConditions? Initial { get; init; }

    /// <summary>Domain length and duration; null takes the PDE's declared domain.</summary>
    public double? Length { get; init; }
    public double? Duration { get; init; }

    internal void Validate()
    {
        if (Nt < 1) throw new UserFacingException($"--nt must be at least 1, got {Nt}");
        if (Steps < 2) throw new UserFacingException($"the run needs at least 2 stored steps, got {Steps}");
        if (Nt > Steps) throw new UserFacingException($"--nt {Nt} keeps more times than the run stores ({Steps}); lower --nt or raise --steps");
        if (BatchSize < 1) throw new UserFacingException($"the batch size must be at least 1, got {BatchSize}");
        if (Duration is <= 0) throw new UserFacingException($"the duration must be positive, got {Duration}");
    }
}
