using PdeSym.Learning;
using PdeSym.Symbolic;

namespace PdeSym.Tests.Learning;

public class PointStructureTests
{
    [Theory]
    [InlineData("u_t + u*u_x + u_xxx", true)]                      // KdV
    [InlineData("u_t + u*u_x + u_xx + u_xxxx", true)]              // KS
    [InlineData("u_t + exp(t/50)*(u*u_x + u_xxx)", true)]          // nKdV: a coefficient in t
    [InlineData("u_t - 0.01*u_xx", true)]                          // heat
    [InlineData("u_t + 1.5*u_x", false)]                           // first order: ξ may read u
    [InlineData("u_t - u_xx^2", false)]                            // not linear in the highest derivative
    [InlineData("u_t - u*u_xx", false)]                            // leading coefficient reads u
    [InlineData("u_tt - u_xx", false)]                             // not an evolution equation
    public void Recognises_quasilinear_evolution_equations_of_order_two_or_more(string equation, bool expected) =>
        Assert.Equal(expected, PointStructure.IsQuasilinearEvolution(Expr.Parse(equation)));

    [Theory]
    [InlineData("u_t + u*u_x + u_xxx")]
    [InlineData("u_t + u*u_x + u_xx + u_xxxx")]
    [InlineData("u_t + u*u_x - 0.01*u_xx")]
    [InlineData("u_t - 0.01*u_xx")]
    [InlineData("u_t + u*u_x + u_xxx + u/(2*(t + 1))")]
    public void Every_exact_generator_fits_the_structure(string equation)
    {
        // The oracle is the symbolic core's algebra, computed without the structure: ξ free of u, τ of x and u.
        var parsed = Expr.Parse(equation);
        var reads = PointStructure.For(parsed);
        string[] names = ["x", "t", "u"];
        var generators = SymmetryAlgebra.Compute(parsed, degree: 2).Generators;
        Assert.NotEmpty(generators);
        foreach (var g in generators)
            foreach (var (component, c) in new[] { (g.Xi, 0), (g.Tau, 1), (g.Phi, 2) })
                foreach (var name in names.Where((_, i) => !reads[c].Contains(i)))
                    Assert.False(component.Contains(name), $"{g.ToUnicode()}: component {c} reads {name}");
    }

    [Fact]
    public void Unknown_structure_lets_every_component_read_everything() =>
        Assert.All(PointStructure.For(Expr.Parse("u_t + 1.5*u_x")), r => Assert.Equal([0, 1, 2], r));
}
