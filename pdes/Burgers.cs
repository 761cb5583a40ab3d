namespace PdeSym.Pdes;

/// <summary>Viscous Burgers: u_t + u u_x − ν u_xx = 0.</summary>
[Pde("burgers")]
[Domain(Length = 2 * Math.PI, Duration = 18)]
public partial class Burgers
{
    /// <summary>Viscosity ν.</summary>
    public const double Nu = 0.01;

    [Equation]
    public static double Residual(double u, double u_t, double u_x, double u_xx)
        => u_t + u * u_x - Nu * u_xx;
}
