using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.ExprAssert;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Reductions by the optimal system's families with the parameter kept: the generic case against the reduction by hand,
/// Δ[U(f)] = factor·ODE[f] at random parameter values by differentiating U as a closed form, and the members the generic
/// case divides by zero at, found and reduced on their own.
/// </summary>
public class FamilyReductionTests
{
    static IReadOnlyList<FamilyReduction> Families(string equation, int degree)
    {
        var delta = Expr.Parse(equation);
        var basis = SymmetryAlgebra.Compute(delta, degree).Generators;
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out var reason) ?? throw new Xunit.Sdk.XunitException(reason);
        return system.Representatives.Where(r => r.Parameters.Count > 0).Select(r => FamilyReduction.Of(delta, r, basis)).ToList();
    }

    [Fact]
    public void Heat_scaling_family_keeps_its_parameter_in_the_power_of_t()
    {
        // ⟨x∂x + 2t∂t + a·u∂u⟩: u = t^(a/2) f(x/√t), f″ + z·f′/2 − af/2 = 0 — for a = 0 the error function's equation.
        var families = Families("u_t - u_xx", 3);
        var scaling = Assert.Single(families, f => f.Representative.ToPlain() == "V3 + a*V5");
        var generic = Assert.Single(scaling.Cases);                      // nothing divides by a: no exceptional member
        Assert.Equal("a ≥ −1/2", generic.Where);
        var r = generic.Reduction!;
        AssertSame("x*t^(-1/2)", r.Invariant);
        AssertSame("t^(a/2)*f", r.Solution);
        AssertSame("f_zz + z*f_z/2 - a*f/2", r.Ode);
        foreach (var a in new[] { "-1/2", "3", "7/3" })
            Assert.True(SimilarityReductionTests.FactorDefect("u_t - u_xx", At(r, "a", a), "cos(z) + z^3", 0.5, 2) < 1e-9, $"a = {a}");
        var projective = Assert.Single(families, f => f.Representative.ToPlain() == "V2 + a*V5 + V6");
        Assert.True(SimilarityReductionTests.FactorDefect("u_t - u_xx", At(projective.Cases[0].Reduction!, "a", "-5/2"), "exp(z/3)") < 1e-9);
    }

    [Fact]
    public void A_member_the_generic_case_divides_by_zero_at_is_reduced_on_its_own()
    {
        // u_t = u_xxx: ⟨∂x + a∂t + u∂u⟩ gives z = x − t/a, u = e^(t/a) f(z) for a ≠ 0; at a = 0, ∂x + u∂u leaves t
        // invariant: u = eˣ f(t) with f′ = f, so u = c₁e^(x + t).
        var families = Families("u_t - u_xxx", 3);
        var family = Assert.Single(families, f => f.Representative.ToPlain() == "V1 + a*V2 + V4");
        Assert.Equal(2, family.Cases.Count);
        Assert.Equal("a ∈ ℝ, a ≠ 0", family.Cases[0].Where);
        AssertSame("x - t/a", family.Cases[0].Reduction!.Invariant);
        Assert.True(SimilarityReductionTests.FactorDefect("u_t - u_xxx", At(family.Cases[0].Reduction!, "a", "-2/3"), "sin(z) + z^4", 0.5, 2) < 1e-9);
        var member = family.Cases[1];
        Assert.Equal(("⟨V1 + V4⟩", "a = 0"), (member.Label, member.Where));
        Assert.Equal("t", member.Reduction!.Variable);
        AssertSame("c1*exp(x + t)", member.Reduction.ExplicitSolution!);
    }

    [Fact]
    public void A_value_where_the_odes_order_drops_is_a_member_of_its_own()
    {
        // The wave equation's ⟨V3 − V4 + aV5⟩, a ≥ 0, in straightened coordinates: u = (t − x)^(a/2) f(x + t) with a·f′ = 0.
        // At a = 0 the ODE is gone: every (x − t)∂x + (t − x)∂t-invariant u = f(x + t) solves the equation.
        var family = Assert.Single(Families("u_tt - u_xx", 2), f => f.Representative.ToPlain() == "V3 - V4 + a*V5");
        Assert.Equal("a > 0", family.Cases[0].Where);
        AssertSame("c1*(t - x)^(a/2)", family.Cases[0].Reduction!.ExplicitSolution!);
        Assert.Equal("a = 0", family.Cases[1].Where);
        Assert.Contains("solves u_tt - u_xx = 0, so there is no equation left", family.Cases[1].Refused);
    }

    [Fact]
    public void Families_with_a_parameter_in_their_linear_part_reduce_in_straightened_coordinates()
    {
        // u_tt = u_xx − u³'s dilation + a·boost: eigenvalues 1 ± a, T = x + t; at a = ±1 the chart degenerates and each is
        // reduced on its own.
        var cubic = Assert.Single(Families("u_tt - u_xx + u^3", 2), f => f.Representative.ToPlain() == "V3 + a*V4");
        Assert.Equal(["a ∈ ℝ, a ≠ −1, a ≠ 1", "a = −1", "a = 1"], cubic.Cases.Select(c => c.Where));
        foreach (var a in new[] { "2", "1/3", "-4" })
            Assert.True(SimilarityReductionTests.FactorDefect("u_tt - u_xx + u^3", At(cubic.Cases[0].Reduction!, "a", a), "sin(z) + z^2", 1.5, 3) < 1e-8, $"a = {a}");
        // The wave equation's (a + 1)V3 + (1 − a)V4 + bV5 (two parameters): solved, with b = 0 apart (c₁ log z).
        var wave = Assert.Single(Families("u_tt - u_xx", 2), f => f.Representative.ToPlain() == "(a + 1)*V3 + (1 - a)*V4 + b*V5");
        Assert.Equal(["a > 0, b > 0", "a > 0, b = 0"], wave.Cases.Select(c => c.Where));
        var generic = At(At(wave.Cases[0].Reduction!, "a", "2"), "b", "3");
        Assert.True(SimilarityReductionTests.FactorDefect("u_tt - u_xx", generic, "cos(z)", 1.5, 3) < 1e-8);
        Assert.Contains("log", wave.Cases[1].Reduction!.ExplicitSolution!.ToPlain());
    }

    [Fact]
    public void A_parameter_in_a_linear_odes_rate_is_solved_and_its_zero_apart()
    {
        // The wave equation's ⟨V1 − V2 + V3 + V4 + aV5⟩: f″ − a·f′ = 0 gives f = c₁e^(az)/a + c₂, dividing by a; at a = 0, f″ = 0.
        var family = Assert.Single(Families("u_tt - u_xx", 2), f => f.Representative.ToPlain() == "V1 - V2 + V3 + V4 + a*V5");
        Assert.Equal(["a ∈ ℝ, a ≠ 0", "a = 0"], family.Cases.Select(c => c.Where));
        Assert.All(family.Cases, c => Assert.NotNull(c.Reduction!.ExplicitSolution));
        // e^(a(x − t)/2 − a·log(x + t)/2) written as a power meets (x + t)^(a/2): u = (x + t)^(a/2)c₂ + c₁e^(a(x − t)/2)/a.
        AssertSame("(x + t)^(a/2)*c2 + c1*exp(a*(x - t)/2)/a", family.Cases[0].Reduction!.ExplicitSolution!);
        Assert.True(SimilarityReductionTests.FactorDefect("u_tt - u_xx", At(family.Cases[0].Reduction!, "a", "3"), "exp(2*z)", 1.5, 3) < 1e-8);
    }

    // The reduction at one value of a parameter: its expressions with the value put in.
    static SimilarityReduction At(SimilarityReduction r, string parameter, string value)
    {
        var v = Expr.Parse(value);
        return r with
        {
            Invariant = r.Invariant.Substitute(parameter, v), Solution = r.Solution.Substitute(parameter, v),
            Ode = r.Ode.Substitute(parameter, v), Factor = r.Factor.Substitute(parameter, v),
        };
    }
}
