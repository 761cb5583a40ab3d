namespace PdeSym;

/// <summary>Periodic x in [0, Length), t in [0, Duration].</summary>
public sealed record PdeDomain(double Length, double Duration)
{
    /// <summary>The domain of a declaration without a [Domain] attribute.</summary>
    public static PdeDomain Default { get; } = new(2 * Math.PI, 1.0);
}
