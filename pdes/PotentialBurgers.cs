namespace PdeSym.Pdes;

/// <summary>
/// Potential Burgers: u_t − ν(u_xx + u_x²) = 0 (u_x solves Burgers; w = e^u the heat equation). Its symmetries include
/// β(x, t)e^(−u)∂u for every solution β of β_t = νβ_xx — fields nonlinear in u, for the learner to find.
/// </summary>
[Pde("pburgers")]
[Domain(Length = 2 * Math.PI, Duration = 1)]
public partial class PotentialBurgers
{
    /// <summary>Diffusivity ν, as the heat equation's.</summary>
    public const double Nu = 0.1;

    [Equation]
    public static double Residual(double u_t, double u_x, double u_xx)
        => u_t - Nu * (u_xx + u_x * u_x);
}
