using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

public class ProlongationTests
{
    [Fact]
    public void First_prolongation_matches_the_textbook_formula()
    {
        // φ^x = D_x φ − u_x D_x ξ − u_t D_x τ (Olver, Thm 2.36), here for the KdV scaling.
        var v = G("x", "3*t", "-2*u");
        Assert.Equal(Expr.Parse("-3*u_x"), Prolongation.Coefficient(v, new JetVariable(1, 0)).Expand());
        Assert.Equal(Expr.Parse("-5*u_t"), Prolongation.Coefficient(v, new JetVariable(0, 1)).Expand());
        Assert.Equal(Expr.Parse("-5*u_xxx"), Prolongation.Coefficient(v, new JetVariable(3, 0)).Expand());
    }

    [Theory]
    [InlineData("u_t + u*u_x + u_xxx")]
    [InlineData("u_t + u*u_x - 0.01*u_xx")]
    [InlineData("u_t + u*u_x + u_xx + u_xxxx")]
    public void Prolonged_criterion_on_solutions_equals_the_characteristic_form(string text)
    {
        // Two derivations of the same criterion: pr V(Δ)|Δ=0 and D_t Q − F_*[Q]; equal as polynomials for any V.
        var evolution = EvolutionEquation.From(Expr.Parse(text));
        foreach (var v in new[] { G("x", "3*t", "-2*u"), G("t", "0", "0"), G("x^2 + t*u", "t^2 - x", "u^2 + x*t"), G("t*x", "t^2", "x - t*u") })
            Assert.Equal(SharpScore.Tree(evolution, v).Expand(), Prolongation.Criterion(v, evolution));
    }

    [Fact]
    public void Higher_t_derivatives_are_eliminated_through_the_equation()
    {
        var evolution = EvolutionEquation.From(Expr.Parse("u_t - u_xx"));
        // On solutions of the heat equation u_tt = u_xxxx and u_xt = u_xxx.
        Assert.Equal(Expr.Parse("u_xxxx + u_xxx"), Prolongation.OnSolutions(Expr.Parse("u_tt + u_xt"), evolution).Expand());
    }
}
