using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// A linear, homogeneous, constant-coefficient equation's periodic Fourier solutions: against their closed forms
/// from the dispersion relation written out by hand, and as β∂u against the symbolic core's check.
/// </summary>
public class FourierSolutionsTests
{
    static double At(Expr e, double x, double t) => e.Evaluate(new Dictionary<string, double> { ["x"] = x, ["t"] = t, ["u"] = 0.3 });

    public static TheoryData<string, double, string> LinearEquations => new()
    {
        // equation, period L, the name under which Cosine writes its dispersion relation out
        { "u_t - u_xx/10", 2 * Math.PI, "heat" },
        { "u_t + u_xxx", 128, "airy" },
        { "u_t + 2*u_x - u_xx/10", 2 * Math.PI, "advection-diffusion" },
        { "u_t - u_xx - u", 2 * Math.PI, "reaction-diffusion" },
    };

    /// <summary>e^{Re λ t}cos(kx + Im λ t) for the m-th wavenumber.</summary>
    static double Cosine(string name, double length, int m, double x, double t)
    {
        double k = 2 * Math.PI * m / length;
        var (re, im) = name switch
        {
            "heat" => (-k * k / 10, 0.0),                  // λ = −k²/10
            "airy" => (0.0, k * k * k),                     // u_t = −u_xxx: λ = −(ik)³ = ik³
            "advection-diffusion" => (-k * k / 10, -2 * k), // λ = −2ik − k²/10
            "reaction-diffusion" => (1 - k * k, 0.0),       // λ = 1 − k²
            _ => throw new ArgumentException(name),
        };
        return Math.Exp(re * t) * Math.Cos(k * x + im * t);
    }

    [Theory]
    [MemberData(nameof(LinearEquations))]
    public void A_linear_equation_has_its_periodic_Fourier_solutions(string equation, double length, string name)
    {
        var delta = Expr.Parse(equation);
        var modes = FourierSolutions.Of(delta, length, 3);
        Assert.Equal(6, modes.Count);
        for (int m = 1; m <= 3; m++)
            foreach (var (x, t) in new[] { (0.3, 0.7), (2.1, 1.9), (5.0, 0.1) })
            {
                Assert.Equal(Cosine(name, length, m, x, t), At(modes[2 * m - 2], x, t), 1e-12);
                Assert.Equal(Cosine(name, length, m, x + length / (4.0 * m), t), -At(modes[2 * m - 1], x, t), 1e-12); // sin θ = −cos(θ + π/2)
            }
        foreach (var beta in modes)
        {
            var g = new Generator(Expr.Zero, Expr.Zero, beta);
            Assert.True(SymmetryCheck.Verify(delta, g).IsSymmetry, $"{beta.ToUnicode()}∂u");
            Assert.True(new PdeDomain(length, 1).Preserves(g), beta.ToUnicode());
        }
    }

    [Fact]
    public void Heats_on_its_own_domain_are_exact()
    {
        var modes = FourierSolutions.Of(PdeCatalog.Get("heat").Equation(), 2 * Math.PI, 2).Select(m => m.ToUnicode());
        Assert.Equal(["e^(−t/10)cos(x)", "e^(−t/10)sin(x)", "e^(−2t/5)cos(2x)", "e^(−2t/5)sin(2x)"], modes);
    }

    [Theory]
    [InlineData("u_t + u*u_x + u_xxx")]   // nonlinear
    [InlineData("u_t - u_xx - x")]         // inhomogeneous
    [InlineData("u_t - x*u_xx")]           // a coefficient depends on x
    [InlineData("u_t - exp(t/50)*u_xx")]   // ... or on t
    [InlineData("u_tt - u_xx")]            // not an evolution equation
    public void Other_equations_have_none(string equation) =>
        Assert.Empty(FourierSolutions.Of(Expr.Parse(equation), 2 * Math.PI, 3));
}
