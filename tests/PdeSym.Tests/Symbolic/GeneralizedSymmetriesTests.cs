using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.ExprAssert;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Generalised symmetries against the published hierarchies: KdV's fifth-order flow (the Lax hierarchy
/// v_t = v_xxxxx + 10v·v_xxx + 20v_x·v_xx + 30v²·v_x, rescaled to u = 6v), Burgers' third-order one (by Olver's
/// recursion operator R = D_x + u/2 + u_x·D_x⁻¹/2, applied twice to u_x), and their absence for Kuramoto–Sivashinsky.
/// </summary>
public class GeneralizedSymmetriesTests
{
    [Fact]
    public void KdV_has_the_fifth_order_flow_of_its_hierarchy()
    {
        var result = GeneralizedSymmetries.Compute(Expr.Parse("u_t + u*u_x + u_xxx"));
        var q = Assert.Single(result.Generalized);
        Assert.Equal(5, q.Order);
        AssertSame("u_xxxxx + 5/3*u*u_xxx + 10/3*u_x*u_xx + 5/6*u^2*u_x", q.Characteristic);
        Assert.Equal(4, result.Point.Count);
        Assert.False(result.Linear);
    }

    [Fact]
    public void KdV_has_the_seventh_order_flow_too()
    {
        // v_7x + 14v·v_5x + 42v_x·v_4x + 70v_xx·v_xxx + 70v²·v_xxx + 280v·v_x·v_xx + 70v_x³ + 140v³·v_x, with u = 6v.
        var result = GeneralizedSymmetries.Compute(Expr.Parse("u_t + u*u_x + u_xxx"), order: 7, degree: 4);
        Assert.Equal([7, 5], result.Generalized.Select(g => g.Order));
        AssertSame("u_xxxxxxx + 7/3*u*u_xxxxx + 7*u_x*u_xxxx + 35/3*u_xx*u_xxx + 35/18*u^2*u_xxx + 70/9*u*u_x*u_xx + 35/18*u_x^3 + 35/54*u^3*u_x",
            result.Generalized[0].Characteristic);
    }

    [Fact]
    public void The_flows_of_the_hierarchy_commute_and_the_scaling_weighs_them()
    {
        var result = GeneralizedSymmetries.Compute(Expr.Parse("u_t + u*u_x + u_xxx"), order: 7, degree: 4);
        Expr q7 = result.Generalized[0].Characteristic, q5 = result.Generalized[1].Characteristic;
        Assert.True(GeneralizedSymmetries.Bracket(q7, q5).IsZero);
        Assert.True(GeneralizedSymmetries.Bracket(q5, Expr.Parse("u_x")).IsZero);                 // ∂x
        Assert.True(GeneralizedSymmetries.Bracket(q5, Expr.Parse("u*u_x + u_xxx")).IsZero);       // ∂t: the equation's own flow
        // x∂x + 3t∂t − 2u∂u, Q = −2u − x·u_x + 3t(u·u_x + u_xxx): the bracket is a nonzero multiple of Q5 (its scaling weight).
        var scaled = GeneralizedSymmetries.Bracket(Expr.Parse("-2*u - x*u_x + 3*t*(u*u_x + u_xxx)"), q5);
        var weight = scaled.Derivative("u_xxxxx");
        Assert.True(weight is Number { IsZero: false }, weight.ToPlain());
        Assert.True((scaled - weight * q5).Expand().IsZero, scaled.ToPlain());
        Assert.Contains("reads u_t", Assert.Throws<SymmetryAnalysisException>(() => GeneralizedSymmetries.Bracket(q5, Expr.Parse("u_t"))).Message);
    }

    [Fact]
    public void Modified_KdV_has_the_fifth_order_flow_of_its_hierarchy()
    {
        // v_t = v_xxxxx + 10v²v_xxx + 40v·v_x·v_xx + 10v_x³ + 30v⁴v_x for v_t = v_xxx + 6v²v_x, rescaled to u = √6·v.
        var q = Assert.Single(GeneralizedSymmetries.Compute(Expr.Parse("u_t + u^2*u_x + u_xxx")).Generalized);
        AssertSame("u_xxxxx + 5/3*u^2*u_xxx + 20/3*u*u_x*u_xx + 5/3*u_x^3 + 5/6*u^4*u_x", q.Characteristic);
        Assert.Equal("u_xxxxx + 5u²·u_xxx/3 + 20u·u_x·u_xx/3 + 5u⁴·u_x/6 + 5·u_x³/3", q.ToUnicode());   // highest derivative first
    }

    [Fact]
    public void Burgers_has_the_third_order_flow_of_its_recursion_operator()
    {
        // u_t = u_xx + u·u_x: R²u_x = u_xxx + 3u·u_xx/2 + 3u_x²/2 + 3u²·u_x/4; R³u_x has degree 4 and stays outside degree 3.
        var result = GeneralizedSymmetries.Compute(Expr.Parse("u_t - u_xx - u*u_x"), order: 4, degree: 3);
        var q = Assert.Single(result.Generalized);
        Assert.Equal(3, q.Order);
        AssertSame("u_xxx + 3/2*u*u_xx + 3/2*u_x^2 + 3/4*u^2*u_x", q.Characteristic);
    }

    [Fact]
    public void Kuramoto_Sivashinsky_has_none_beyond_its_point_symmetries()
    {
        var result = GeneralizedSymmetries.Compute(Expr.Parse("u_t + u*u_x + u_xx + u_xxxx"));
        Assert.Empty(result.Generalized);
        Assert.Equal(3, result.Point.Count);
    }

    [Fact]
    public void Every_characteristic_found_satisfies_the_criterion_on_the_solutions()
    {
        // Independently of the solver's collection: D_t Q − F_*[Q] for Q as printed, u_t replaced by F, is zero.
        foreach (var equation in new[] { "u_t + u*u_x + u_xxx", "u_t + u^2*u_x + u_xxx", "u_t - u_xx - u*u_x" })
        {
            var result = GeneralizedSymmetries.Compute(Expr.Parse(equation));
            Assert.NotEmpty(result.Generalized);
            foreach (var g in result.Generalized)
            {
                Assert.True(Criterion(equation, g.Characteristic).IsZero, $"{g.Characteristic.ToPlain()} for {equation}");
                Assert.False(Criterion(equation, g.Characteristic + Expr.Parse("u*u_xxx")).IsZero);   // the check can fail
            }
        }
    }

    [Theory]   // the Lax hierarchy's flow as printed for v_t = v_xxx + 6v·v_x: a symmetry of that equation, not of u_t + u·u_x + u_xxx
    [InlineData("u_t - u_xxx - 6*u*u_x", "u_xxxxx + 10*u*u_xxx + 20*u_x*u_xx + 30*u^2*u_x", true)]
    [InlineData("u_t + u*u_x + u_xxx", "u_xxxxx + 10*u*u_xxx + 20*u_x*u_xx + 30*u^2*u_x", false)]
    [InlineData("u_t + u*u_x + u_xxx", "1 - t*u_x", true)]                               // the Galilean boost t∂x + ∂u
    [InlineData("u_t + u*u_x + u_xx + u_xxxx", "u_xxxxx", false)]
    public void A_characteristic_from_a_paper_is_decided_exactly(string equation, string q, bool symmetry) =>
        Assert.Equal(symmetry, GeneralizedSymmetries.Criterion(Expr.Parse(equation), Expr.Parse(q)).IsZero);

    [Fact]
    public void A_characteristic_that_reads_u_t_is_refused_with_the_fix() =>
        Assert.Contains("write u_t through the equation",
            Assert.Throws<SymmetryAnalysisException>(() => GeneralizedSymmetries.Criterion(Expr.Parse("u_t + u*u_x + u_xxx"), Expr.Parse("u_t"))).Message);

    [Theory]   // In light-cone coordinates ξ, η = (x ± t)/2 (∂ξ = ∂x + ∂t) sine-Gordon is u_ξη = sin u with Q = u_ξξξ + u_ξ³/2,
               // Liouville u_ξη = −e^u with Q = u_ξξξ − u_ξ³/2, each also in η; written in x and t with u_tt → F
               // (u_xtt = D_x F, u_ttt = D_t F) they are the two characteristics below.
    [InlineData("u_tt - u_xx + sin(u)",                        // sine-Gordon, u_ξη = sin u
        "4*u_xxx + 4*u_xxt - cos(u)*(3*u_x + u_t) + (u_x + u_t)^3/2", "4*u_xxx - 4*u_xxt - cos(u)*(3*u_x - u_t) + (u_x - u_t)^3/2")]
    [InlineData("u_tt - u_xx - exp(u)",                        // Liouville, u_ξη = −e^u
        "4*u_xxx + 4*u_xxt + exp(u)*(3*u_x + u_t) - (u_x + u_t)^3/2", "4*u_xxx - 4*u_xxt + exp(u)*(3*u_x - u_t) - (u_x - u_t)^3/2")]
    public void Light_cone_integrable_wave_equations_have_the_third_order_flows_of_both_directions(string equation, string plus, string minus)
    {
        var result = GeneralizedSymmetries.Compute(Expr.Parse(equation));   // defaults for u_tt = F: order 3, degree 3
        Assert.Equal([3, 3], result.Generalized.Select(g => g.Order));
        foreach (var q in new[] { plus, minus })
            Assert.True(GeneralizedSymmetries.Criterion(Expr.Parse(equation), Expr.Parse(q)).IsZero, q);
        Assert.False(GeneralizedSymmetries.Criterion(Expr.Parse(equation), Expr.Parse(plus) - Expr.Parse("(u_x + u_t)^3")).IsZero);
        // Each one found is a combination of the two directions (and point symmetries): Q − a·Q₊ − b·Q₋ keeps no third derivative.
        foreach (var g in result.Generalized)
        {
            var c = g.Characteristic;
            var a = (c.Derivative("u_xxx") + c.Derivative("u_xxt")) / Expr.Num(8);
            var b = (c.Derivative("u_xxx") - c.Derivative("u_xxt")) / Expr.Num(8);
            var rest = (c - a * Expr.Parse(plus) - b * Expr.Parse(minus)).Expand();
            Assert.True(GeneralizedSymmetries.Criterion(Expr.Parse(equation), rest).IsZero, rest.ToPlain());
            Assert.DoesNotContain(rest.Symbols(), n => n is "u_xxx" or "u_xxt");
        }
    }

    [Fact]
    public void Linear_equations_are_said_to_be_linear()
    {
        var result = GeneralizedSymmetries.Compute(Expr.Parse("u_t - u_xx"), order: 3, degree: 2);
        Assert.True(result.Linear);
        Assert.True(GeneralizedSymmetries.Compute(Expr.Parse("u_tt - u_xx"), order: 3, degree: 2).Linear);
        Assert.StartsWith("the equation is linear", result.Caveat);
        // A first-order equation has every function of u_x as a symmetry (u_t = √u_x: u_x² is one); neither says anything of integrability.
        var first = GeneralizedSymmetries.Compute(Expr.Parse("u_t - u_x^(1/2)"), order: 2, degree: 2);
        Assert.Contains(first.Generalized, g => (g.Characteristic - Expr.Parse("u_x^2")).Expand().IsZero);
        Assert.StartsWith("the equation is of first order", first.Caveat);
        Assert.Null(GeneralizedSymmetries.Compute(Expr.Parse("u_t + u*u_x + u_xxx"), order: 3, degree: 2).Caveat);
        Assert.Contains(result.Generalized, g => g.Order == 3);   // u_xxx: every ∂x^k commutes with the heat operator
    }

    [Theory]
    [InlineData("u_ttt - u_x", "computed for u_t = F and u_tt = F")]
    [InlineData("u_t + u*u_x + u_xxx", "order must be between 1 and 7", 9)]
    public void What_is_out_of_reach_is_refused_with_the_reason(string equation, string reason, int order = 5) =>
        Assert.Contains(reason, Assert.Throws<SymmetryAnalysisException>(() => GeneralizedSymmetries.Compute(Expr.Parse(equation), order)).Message);

    // D_t Q − Σ_k ∂F/∂u_{x^k} D_x^k Q with u_t → F, by the expression layer's own derivatives (not the polynomial ring).
    static Expr Criterion(string equation, Expr q)
    {
        var f = EvolutionEquation.Solve(Expr.Parse(equation)).Rhs;
        string Jet(int k) => k == 0 ? "u" : "u_" + new string('x', k);
        Expr Dx(Expr e)
        {
            var d = e.Derivative("x");
            for (int k = 0; k <= 12; k++) d += e.Derivative(Jet(k)) * Expr.Sym(Jet(k + 1));
            return d;
        }
        var dxF = new List<Expr> { f };
        for (int k = 1; k <= 12; k++) dxF.Add(Dx(dxF[^1]));
        var dt = q.Derivative("t");
        for (int k = 0; k <= 7; k++) dt += q.Derivative(Jet(k)) * dxF[k];
        var linearised = Expr.Zero;
        var dxQ = q;
        for (int k = 0; k <= 5; k++, dxQ = Dx(dxQ)) linearised += f.Derivative(Jet(k)) * dxQ;
        return (dt - linearised).Expand();
    }
}
