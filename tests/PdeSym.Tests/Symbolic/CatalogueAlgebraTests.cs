using System.Globalization;
using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>Every declared PDE: its equation tree parses from the generated text, and its algebra is the oracle table's.</summary>
public class CatalogueAlgebraTests
{
    static string Nu(IPde pde) => pde.Constants["Nu"].ToString("R", CultureInfo.InvariantCulture);

    // DESIGN.md's table; T = t + 1. The heat and cKdV extras are checked below.
    static (int Degree, Generator[] Generators) Oracle(IPde pde) => pde.Name switch
    {
        "kdv" => (2, SymmetryAlgebraTests.KdV),
        "ks" => (2, [G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1")]),
        "burgers" => (2, [G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x", "2*t", "-u"), G("t*x", "t^2", "x - t*u")]),
        "heat" => (3, [G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "u"), G($"2*{Nu(pde)}*t", "0", "-x*u"), G("x", "2*t", "0"),
                       G($"4*{Nu(pde)}*t*x", $"4*{Nu(pde)}*t^2", $"-(x^2 + 2*{Nu(pde)}*t)*u")]),
        "nkdv" => (2, [G("1", "0", "0"), G("0", "exp(-t/50)", "0"), G("50*exp(t/50)", "0", "1"), G("x", "150", "-2*u")]),
        "ckdv" => (2, SymmetryAlgebraTests.CylindricalKdV),
        "mkdv" => (2, [G("1", "0", "0"), G("0", "1", "0"), G("x", "3*t", "-u")]), // no Galilean boost: KdV's needs u u_x
        // Olver, Example 2.42 (ν = 1 there): the heat equation's algebra carried over by w = e^u, and β(x, t)e^(−u)∂u.
        "pburgers" => (2, [G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "1"), G("0", "0", "exp(-u)"), G("x", "2*t", "0"),
                           G($"2*{Nu(pde)}*t", "0", "-x"), G("0", "0", "x*exp(-u)"), G($"4*{Nu(pde)}*t*x", $"4*{Nu(pde)}*t^2", $"-(x^2 + 2*{Nu(pde)}*t)"),
                           G("0", "0", $"(x^2 + 2*{Nu(pde)}*t)*exp(-u)")]),
        _ => throw new Xunit.Sdk.XunitException($"no oracle for {pde.Name}; add its published algebra here"),
    };

    public static TheoryData<string> Names() => [.. PdeCatalog.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Algebra_matches_the_oracle(string name)
    {
        var pde = PdeCatalog.Get(name);
        var equation = pde.Equation();
        Assert.Equal(equation, Expr.Parse(pde.EquationText));
        var (degree, expected) = Oracle(pde);
        var algebra = SymmetryAlgebra.Compute(equation, degree);
        if (name == "ckdv")
        {
            // Square roots: compared as functions, since one function has several written forms.
            Assert.Equal(expected.Length, algebra.Generators.Count);
            Assert.Equal(expected.Length, NumericRank(algebra.Generators.Concat(expected)));
        }
        else AssertSameSpan(expected, algebra.Generators);
        Assert.Equal(name == "heat", algebra.Family != null);
    }

    [Fact]
    public void The_catalogue_holds_the_eight_oracle_pdes() =>
        Assert.Equal(["burgers", "ckdv", "heat", "kdv", "ks", "mkdv", "nkdv", "pburgers"], PdeCatalog.All.Select(p => p.Name).Order());

    [Fact]
    public void Cylindrical_KdV_square_root_generator_checks_out_on_the_declared_equation()
    {
        var ckdv = PdeCatalog.Get("ckdv").Equation();
        Assert.True(SymmetryCheck.Verify(ckdv, G("2*sqrt(t + 1)", "0", "1/sqrt(t + 1)")).IsSymmetry);
        Assert.False(SymmetryCheck.Verify(ckdv, G("t", "0", "1")).IsSymmetry);
    }

    [Fact]
    public void Evolution_right_hand_side_agrees_with_the_generated_split()
    {
        // The symbolic u_t = F and the generator's linear | nonlinear split describe the same function.
        var random = new Random(11);
        foreach (var pde in PdeCatalog.All.Where(p => p.Evolution != null))
        {
            var f = EvolutionEquation.From(pde.Equation()).Rhs;
            var split = Expr.Parse(pde.Evolution!.NonlinearText);
            for (int k = 0; k < pde.Evolution.Linear.Count; k++)
                split += Expr.Float(pde.Evolution.Linear[k]) * Expr.Jet(new JetVariable(k, 0));
            for (int i = 0; i < 10; i++)
            {
                var p = new[] { "x", "t", "u", "u_x", "u_xx", "u_xxx", "u_xxxx" }.ToDictionary(n => n, _ => random.NextDouble());
                double a = f.Evaluate(p), b = split.Evaluate(p);
                Assert.True(Math.Abs(a - b) <= 1e-12 * (1 + Math.Abs(a)), $"{pde.Name}: {f} vs {split}");
            }
        }
    }
}
