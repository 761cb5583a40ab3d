namespace PdeSym.Pdes;

/// <summary>
/// Modified Korteweg–de Vries: u_t + u² u_x + u_xxx = 0. Its periodic symmetries are ∂x and ∂t only — no Galilean
/// boost, unlike KdV — so a learner that claims t∂x + ∂u here is wrong: the catalogue's negative control.
/// </summary>
[Pde("mkdv")]
[Domain(Length = 128, Duration = 100)]
public partial class MKdV
{
    [Equation]
    public static double Residual(double u, double u_t, double u_x, double u_xxx)
        => u_t + Math.Pow(u, 2) * u_x + u_xxx;
}
