namespace PdeSym.Pdes;

/// <summary>Heat equation: u_t − ν u_xx = 0 (ν = 0.1, so modes up to k ≈ 5 survive the unit time span).</summary>
[Pde("heat")]
[Domain(Length = 2 * Math.PI, Duration = 1)]
public partial class Heat
{
    /// <summary>Diffusivity ν.</summary>
    public const double Nu = 0.1;

    [Equation]
    public static double Residual(double u_t, double u_xx)
        => u_t - Nu * u_xx;
}
