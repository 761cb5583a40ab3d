namespace PdeSym.Pdes;

/// <summary>KdV with a time-dependent coefficient: u_t + e^{t/50} (u u_x + u_xxx) = 0.</summary>
[Pde("nkdv")]
[Domain(Length = 128, Duration = 100)]
public partial class NKdV
{
    [Equation]
    public static double Residual(double t, double u, double u_t, double u_x, double u_xxx)
        => u_t + Math.Exp(t / 50) * (u * u_x + u_xxx);
}
