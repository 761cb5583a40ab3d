namespace PdeSym.Pdes;

/// <summary>Kuramoto–Sivashinsky: u_t + u u_x + u_xx + u_xxxx = 0.</summary>
[Pde("ks")]
[Domain(Length = 64, Duration = 100)]
public partial class KuramotoSivashinsky
{
    [Equation]
    public static double Residual(double u, double u_t, double u_x, double u_xx, double u_xxxx)
        => u_t + u * u_x + u_xx + u_xxxx;
}
