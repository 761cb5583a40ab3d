namespace PdeSym.Pdes;

/// <summary>Cylindrical KdV, with T = t + 1 so that t = 0 is regular: u_t + u u_x + u_xxx + u/(2T) = 0.</summary>
[Pde("ckdv")]
[Domain(Length = 128, Duration = 100)]
public partial class CylindricalKdV
{
    [Equation]
    public static double Residual(double t, double u, double u_t, double u_x, double u_xxx)
        => u_t + u * u_x + u_xxx + u / (2 * (t + 1));
}
