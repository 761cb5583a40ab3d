using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Equations with e^(cu), sin u or cos u against their published algebras: the reaction–diffusion equation
/// u_t = u_xx + e^u (Dorodnitsyn's group classification of u_t = u_xx + f(u): e^u keeps a scaling, sin u does not),
/// exponential nonlinear diffusion u_t = (e^u u_x)_x (Ovsiannikov's classification of u_t = (k(u)u_x)_x), the Liouville
/// wave equation u_tt = u_xx + e^u, whose algebra is conformal: f(x ± t)(∂x ± ∂t) − 2f′(x ± t)∂u for every f, and
/// the sine-Gordon equation, whose algebra is the Poincaré algebra of 1 + 1 dimensions.
/// </summary>
public class TranscendentalNonlinearityTests
{
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
    public void Potential_burgers_gets_its_exponential_family_though_the_equation_is_polynomial()
    {
        // u_t = u_xx + u_x² (w = e^u solves the heat equation): Olver's Example 2.42 — the heat equation's six generators
        // carried over, and β(x, t)e^(−u)∂u for every solution β of β_t = β_xx (up to degree 2: β = 1, x, x² + 2t).
        var algebra = Compute("u_t - u_xx - u_x^2");
        AssertSameSpan(
        [
            G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "1"), G("x", "2*t", "0"), G("2*t", "0", "-x"),
            G("4*x*t", "4*t^2", "-(x^2 + 2*t)"), G("0", "0", "exp(-u)"), G("0", "0", "x*exp(-u)"), G("0", "0", "(x^2 + 2*t)*exp(-u)"),
        ], algebra.Generators);
        Assert.Contains("e^(−u)", algebra.Ansatz);
        // A member outside the polynomial ansatz, decided on its own.
        Assert.True(SymmetryCheck.Verify(Expr.Parse("u_t - u_xx - u_x^2"), G("0", "0", "exp(-t - u)*cos(x)")).IsSymmetry);
        // The rate follows the equation: u_t = u_xx + 2u_x² has e^(−2u).
        Assert.Contains(Compute("u_t - u_xx - 2*u_x^2").Generators, g => (g.Phi - Expr.Parse("exp(-2*u)")).Expand().IsZero && g.Xi.IsZero);
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
    [InlineData("u_tt - u_xx + sin(u)")]
    [InlineData("u_tt - u_xx + sin(u)*cos(u)")]      // sin 2u / 2: the double sine-Gordon's first term
    public void Sine_gordon_keeps_the_poincare_algebra_alone(string equation)
    {
        var algebra = Compute(equation, degree: 3);
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("t", "x", "0")], algebra.Generators);
        Assert.Equal("𝔢(1, 1), the Poincaré algebra of 1 + 1 dimensions (Bianchi VI₀)", LieAlgebraStructure.Of(CommutatorTable.Compute(algebra.Generators))!.Name);
    }

    [Theory]
    [InlineData("u_t - u_xx - sin(u)")]
    [InlineData("u_t - u_xx - cos(u)*u_x")]
    public void Reaction_diffusion_with_a_sine_has_translations_only(string equation) =>
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0")], Compute(equation).Generators);

    [Fact]
    public void Cosine_squared_is_one_minus_sine_squared_when_the_criterion_is_collected()
    {
        // sin u (1 − cos²u) − sin³u is 0, so this is the wave equation; u∂u and the superpositions β∂u survive only
        // when the criterion's cos²u is written as 1 − sin²u before its monomials are taken as independent. (Not seen
        // as linear, the equation lists its polynomial β∂u among the generators.)
        var algebra = Compute("u_tt - u_xx + sin(u)*(1 - cos(u)^2) - sin(u)^3");
        var wave = Compute("u_tt - u_xx");
        AssertSameSpan([.. wave.Generators, .. wave.FamilyMembers], algebra.Generators);
        Assert.True(SymmetryCheck.Verify(Expr.Parse("u_tt - u_xx + sin(u)*(1 - cos(u)^2) - sin(u)^3"), G("0", "0", "u")).IsSymmetry);
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
