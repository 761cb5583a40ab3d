using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Equations with reciprocals or radicals of u and its derivatives (u_xx/u_x², √u_xx, u^(−4/3)): their algebras against
/// published classifications and against the scalings the equation's homogeneity gives by hand.
/// </summary>
public class DerivativeDenominatorTests
{
    // Heat's algebra (Olver, Ex. 2.41) with x and u exchanged: the hodograph map x = X(u, t) turns u_t = u_xx/u_x² into X_t = X_uu.
    static readonly Generator[] HodographHeat =
    [
        G("0", "0", "1"), G("0", "1", "0"), G("x", "0", "0"), G("0", "2*t", "u"), G("-x*u", "0", "2*t"),
        G("1", "0", "0"), G("u", "0", "0"), G("u^2 + 2*t", "0", "0"),                 // β(u, t)∂x, β_t = β_uu
    ];

    [Fact]
    public void Hodograph_heat_equation_has_the_heat_algebra_with_x_and_u_exchanged()
    {
        var algebra = Compute("u_t - u_xx/u_x^2");
        AssertSameSpan(HodographHeat, algebra.Generators);
        Assert.Null(algebra.Family);   // not linear, though u_xx/u_x² has total degree −1 in the jet
        var cubic = Compute("u_t - u_xx/u_x^2", degree: 3);
        AssertSameSpan([.. HodographHeat, G("-(u^2 + 2*t)*x", "4*t^2", "4*t*u"), G("u^3 + 6*t*u", "0", "0")], cubic.Generators);
    }

    [Theory]   // Ovsiannikov's classification of u_t = (uⁿu_x)_x: ∂x, ∂t, x∂x + 2t∂t, nx∂x + 2u∂u; n = −4/3 adds x²∂x − 3xu∂u.
    [InlineData("-2", false)]
    [InlineData("2", false)]
    [InlineData("-4/3", true)]
    public void Nonlinear_diffusion_has_the_projective_symmetry_only_at_minus_four_thirds(string n, bool projective)
    {
        var algebra = Compute($"u_t - u^({n})*u_xx - ({n})*u^({n} - 1)*u_x^2");
        Generator[] expected = [G("1", "0", "0"), G("0", "1", "0"), G("x", "2*t", "0"), G($"({n})*x", "0", "2*u")];
        AssertSameSpan(projective ? [.. expected, G("x^2", "0", "-3*x*u")] : expected, algebra.Generators);
    }

    [Theory]   // u_t = F(u_J) with F homogeneous: x → ax, u → bu, t → ct is a symmetry when b/c = F's weight (b/a^k)^p.
    [InlineData("u_x^(3/2)", "2*x", "3*t", "0", "0", "-t", "2*u")]
    [InlineData("sqrt(u_xx)", "x", "0", "-2*u", "0", "t", "2*u")]
    [InlineData("u_xx/u_x", "x", "0", "-u", "0", "t", "u")]
    public void Homogeneous_equations_in_the_derivatives_keep_both_scalings(string f, string xi1, string tau1, string phi1, string xi2, string tau2, string phi2)
    {
        var algebra = Compute($"u_t - {f}");
        var scalings = new[] { G(xi1, tau1, phi1), G(xi2, tau2, phi2) };
        var translations = new[] { G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "1") };
        Assert.Equal(translations.Length + 2, Rank([.. translations, .. scalings]));
        Assert.Equal(Rank(algebra.Generators), Rank([.. algebra.Generators, .. translations, .. scalings]));
        foreach (var g in algebra.Generators)
        {
            // A point symmetry's components never read the derivatives, and each passes the independent check.
            Assert.All(new[] { g.Xi, g.Tau, g.Phi }, c => Assert.DoesNotContain(c.Symbols(), s => s.StartsWith("u_")));
            Assert.True(SymmetryCheck.Verify(Expr.Parse($"u_t - {f}"), g).IsSymmetry, $"{g.ToUnicode()} for u_t = {f}");
        }
    }
}
