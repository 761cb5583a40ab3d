using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Equations with e^(cu) against their published algebras: the reaction–diffusion equation u_t = u_xx + e^u
/// (Dorodnitsyn's group classification of u_t = u_xx + f(u)), exponential nonlinear diffusion u_t = (e^u u_x)_x
/// (Ovsiannikov's classification of u_t = (k(u)u_x)_x), and the Liouville wave equation u_tt = u_xx + e^u, whose
/// algebra is conformal: f(x ± t)(∂x ± ∂t) − 2f′(x ± t)∂u for every f.
/// </summary>
public class ExponentialNonlinearityTests
{
    static SymmetryAlgebra Compute(string equation, int degree = 2) => SymmetryAlgebra.Compute(Expr.Parse(equation), degree);

    [Theory]
    [InlineData("u_t - u_xx - exp(u)", "-2")]
    [InlineData("u_t - u_xx - exp(2*u)", "-1")]       // e^(cu): the scaling shifts u by −2/c
    [InlineData("u_t - u_xx - exp(u)*u_x", "-1")]
    public void Reaction_diffusion_with_an_exponential_keeps_a_shifted_scaling(string equation, string phi)
    {
        var algebra = Compute(equation);
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("x", "2*t", phi)], algebra.Generators);
        Assert.Null(algebra.Family); // not linear: e^u is no superposition
    }

    [Fact]
    public void Exponential_diffusion_has_two_independent_scalings() =>
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("0", "t", "-1"), G("x", "0", "2")], Compute("u_t - exp(u)*(u_xx + u_x^2)").Generators);

    [Fact]
    public void Liouvilles_wave_equation_is_conformal_with_a_shift_of_u()
    {
        var expected = new[] { ("1", "0"), ("s", "1"), ("s^2", "2*s") }.SelectMany(f => new[]
        {
            G(f.Item1.Replace("s", "(x + t)"), f.Item1.Replace("s", "(x + t)"), $"-2*({f.Item2.Replace("s", "(x + t)")})"),
            G(f.Item1.Replace("s", "(x - t)"), $"-({f.Item1.Replace("s", "(x - t)")})", $"-2*({f.Item2.Replace("s", "(x - t)")})"),
        }).ToArray();
        var algebra = Compute("u_tt - u_xx - exp(u)");
        AssertSameSpan(expected, algebra.Generators);
        var structure = LieAlgebraStructure.Of(CommutatorTable.Compute(algebra.Generators))!;
        Assert.Equal("𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ) ≅ 𝔰𝔬(2, 2)", structure.Name);
    }

    [Theory]
    [InlineData("x", "2*t", "-2", true)]
    [InlineData("x", "2*t", "0", false)]          // the plain heat scaling breaks e^u
    [InlineData("0", "0", "1", false)]            // u ↦ u + c multiplies the source by e^c
    public void Candidates_are_decided_exactly(string xi, string tau, string phi, bool symmetry)
    {
        var result = SymmetryCheck.Verify(Expr.Parse("u_t - u_xx - exp(u)"), G(xi, tau, phi));
        Assert.Equal(CheckMethod.Exact, result.Method);
        Assert.Equal(symmetry, result.IsSymmetry);
    }
}
