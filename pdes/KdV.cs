namespace PdeSym.Pdes;

/// <summary>Korteweg–de Vries: u_t + u u_x + u_xxx = 0.</summary>
[Pde("kdv")]
[Domain(Length = 128, Duration = 100)]
public partial class KdV
{
    [Equation]
    public static double Residual(double u, double u_t, double u_x, double u_xxx)
        => u_t + u * u_x + u_xxx;
}
