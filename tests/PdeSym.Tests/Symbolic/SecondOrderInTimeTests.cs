using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Equations solved for u_tt (wave, Klein–Gordon, Boussinesq) against their published point symmetries: the wave
/// equation's conformal algebra ξ ± τ = f(x ± t) (Olver, Example 2.43, in light-cone form), the Lorentz boost and
/// scaling of the φ⁴ Klein–Gordon equation, and Clarkson–Kruskal's three for the Boussinesq equation.
/// </summary>
public class SecondOrderInTimeTests
{
    [Fact]
    public void The_wave_equation_is_solved_for_u_tt_and_keeps_u_t_free()
    {
        var solved = EvolutionEquation.Solve(Expr.Parse("u_tt - u_xx + u_t*u_x"));
        Assert.Equal(2, solved.TimeOrder);
        Assert.Equal(Expr.Parse("u_xx - u_t*u_x"), solved.Rhs.Expand());
        Assert.Equal(["u_x", "u_t", "u_xx"], solved.Jets.Select(j => j.Name));
        // The learner's evolution form is still first order in time only.
        var e = Assert.Throws<SymmetryAnalysisException>(() => EvolutionEquation.From(Expr.Parse("u_tt - u_xx")));
        Assert.Contains("holds u_tt", e.Message);
    }

    [Fact]
    public void The_wave_equation_has_its_conformal_algebra_and_superposition()
    {
        // Light-cone fields f(x + t)(∂x + ∂t) and g(x − t)(∂x − ∂t) for f, g ∈ {1, s, s²}, the scaling u∂u.
        var expected = new[] { "1", "s", "s^2" }.SelectMany(f => new[]
        {
            G(f.Replace("s", "(x + t)"), f.Replace("s", "(x + t)"), "0"),
            G(f.Replace("s", "(x - t)"), $"-({f.Replace("s", "(x - t)")})", "0"),
        }).Append(G("0", "0", "u")).ToArray();
        var algebra = Compute("u_tt - u_xx");
        AssertSameSpan(expected, algebra.Generators);
        Assert.Equal("β(x,t)∂u for every solution β of β_tt = β_xx", algebra.Family!.ToUnicode());
        // The family's polynomial members solve the wave equation: 1, x, t, xt, x² + t².
        Assert.Equal(5, Rank(algebra.FamilyMembers));
        Assert.All(algebra.FamilyMembers, m => Assert.Equal(Expr.Zero, (m.Phi.Derivative("t").Derivative("t") - m.Phi.Derivative("x").Derivative("x")).Expand()));
        // At degree 3 the cubes (x ± t)³ join, and nothing else.
        Assert.Equal(9, Compute("u_tt - u_xx", degree: 3).Generators.Count);
    }

    [Fact]
    public void The_wave_algebra_is_two_projective_lines_beside_the_scaling_of_u()
    {
        var table = CommutatorTable.Compute(Compute("u_tt - u_xx").Generators);
        var structure = LieAlgebraStructure.Of(table)!;
        Assert.False(structure.Solvable);
        Assert.Single(structure.Radical);
        Assert.Contains("Levi factor 𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ) ≅ 𝔰𝔬(2, 2)", structure.Describe(k => $"V{k + 1}"));
    }

    [Fact]
    public void Phi_four_klein_gordon_keeps_the_poincare_algebra_and_a_scaling()
    {
        var algebra = Compute("u_tt - u_xx + u^3");
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("t", "x", "0"), G("x", "t", "-u")], algebra.Generators);
        Assert.Null(algebra.Family);
    }

    [Fact]
    public void Linear_klein_gordon_loses_the_scaling_of_x_and_t()
    {
        var algebra = Compute("u_tt - u_xx + u");
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("t", "x", "0"), G("0", "0", "u")], algebra.Generators);
        Assert.NotNull(algebra.Family);
    }

    [Theory]
    [InlineData("u_tt + u*u_xx + u_x^2 + u_xxxx", "-2*u")]                        // Clarkson & Kruskal's form, ½(u²)_xx
    [InlineData("u_tt - u_xx - 2*u*u_xx - 2*u_x^2 - u_xxxx", "-(2*u + 1)")]      // u_xx + (u²)_xx: the scaling moves to u + 1/2
    public void Boussinesq_has_translations_and_one_scaling(string equation, string phi)
    {
        var generators = Compute(equation, degree: 3).Generators;
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("x", "2*t", phi)], generators);
        Assert.StartsWith("x∂x + 2t∂t − ", generators[2].ToUnicode()); // printed with a positive first term
    }

    [Theory]
    [InlineData("t", "x", "0", true)]                               // Lorentz boost
    [InlineData("t", "0", "0", false)]                              // a Galilean boost is not one
    [InlineData("exp(x + t)", "exp(x + t)", "0", true)]             // f(x + t)(∂x + ∂t), outside the polynomial ansatz
    [InlineData("sin(x - t)", "-sin(x - t)", "sin(x)*sin(t)", true)] // numeric path: sin, with a solution β = sin x sin t
    [InlineData("sin(x - t)", "sin(x - t)", "0", false)]
    public void Candidates_are_checked_against_the_wave_equation(string xi, string tau, string phi, bool symmetry)
    {
        var result = SymmetryCheck.Verify(Expr.Parse("u_tt - u_xx"), G(xi, tau, phi));
        Assert.Equal(symmetry, result.IsSymmetry);
        if (!symmetry) Assert.True(result.Residual > 0.1, $"residual {result.Residual}");
    }

    [Fact]
    public void Derivatives_of_u_tt_are_eliminated_through_the_equation()
    {
        var wave = EvolutionEquation.Solve(Expr.Parse("u_tt - u_xx"));
        // On solutions u_ttt = u_xxt, u_xtt = u_xxx; u_t and u_xt stay.
        Assert.Equal(Expr.Parse("u_xxt + u_xxx + u_xt"), Prolongation.OnSolutions(Expr.Parse("u_ttt + u_xtt + u_xt"), wave).Expand());
    }

    [Fact]
    public void A_mixed_derivative_of_the_leading_term_is_refused_with_the_reason()
    {
        var e = Assert.Throws<SymmetryAnalysisException>(() => Compute("u_tt + u_xtt"));
        Assert.Contains("holds u_xtt beside u_tt", e.Message);
    }
}
