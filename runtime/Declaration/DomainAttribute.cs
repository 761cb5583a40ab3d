namespace PdeSym;

/// <summary>The space-time domain: periodic x in [0, Length), t in [0, Duration].</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DomainAttribute : Attribute
{
    public double Length { get; set; } = PdeDomain.Default.Length;
    public double Duration { get; set; } = PdeDomain.Default.Duration;
}
