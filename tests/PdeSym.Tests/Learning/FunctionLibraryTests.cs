using PdeSym.Learning;
using PdeSym.Symbolic;

namespace PdeSym.Tests.Learning;

/// <summary>The readout's library: monomials, the equation's functions of t, and a linear equation's periodic solutions.</summary>
public class FunctionLibraryTests
{
    [Fact]
    public void Library_holds_the_equations_functions_of_t()
    {
        var terms = FunctionLibrary.For(Expr.Parse("u_t + exp(t/50)*(u*u_x + u_xxx)")).Terms.Select(t => t.ToPlain()).ToList();
        Assert.Contains("exp(t/50)", terms);
        Assert.Contains("exp(-t/50)", terms);
        var ckdv = FunctionLibrary.For(Expr.Parse("u_t + u*u_x + u_xxx + u/(2*(t + 1))")).Terms;
        Assert.Contains(ckdv, t => Math.Abs(t.Evaluate(new Dictionary<string, double> { ["x"] = 0.5, ["t"] = 3, ["u"] = 0.7 }) - 2) < 1e-12); // √(t+1)
    }

    [Fact]
    public void On_a_period_a_linear_equations_library_holds_its_Fourier_solutions_and_a_nonlinear_ones_does_not()
    {
        var heat = PdeCatalog.Get("heat").Equation();
        var terms = FunctionLibrary.For(heat, period: 2 * Math.PI).Terms;
        Assert.Equal(FunctionLibrary.For(heat).Terms.Concat(FourierSolutions.Of(heat, 2 * Math.PI, FunctionLibrary.Modes)), terms);
        var kdv = PdeCatalog.Get("kdv").Equation();
        Assert.Equal(FunctionLibrary.For(kdv).Terms, FunctionLibrary.For(kdv, period: 128).Terms);
    }

    [Fact]
    public void Potential_burgers_library_holds_e_to_the_minus_u_and_its_fourier_family()
    {
        // β(x, t)e^(−u)∂u with β_t = β_xx/10: e^(−u), e^(−t/10 − u)cos x, … — fields nonlinear in u that the readout must spell.
        var terms = FunctionLibrary.For(PdeCatalog.Get("pburgers").Equation(), period: 2 * Math.PI).Terms;
        Assert.Contains(Expr.Parse("exp(-u)"), terms);
        Assert.Contains(Expr.Parse("exp(-t/10 - u)*cos(x)"), terms);
        Assert.Contains(Expr.Parse("exp(-2*t/5 - u)*sin(2*x)"), terms);
    }
}
