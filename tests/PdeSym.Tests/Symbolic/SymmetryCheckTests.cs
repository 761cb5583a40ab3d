using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

public class SymmetryCheckTests
{
    static readonly Expr kdv = Expr.Parse("u_t + u*u_x + u_xxx");
    static readonly Expr ckdv = Expr.Parse("u_t + u*u_x + u_xxx + u/(2*(t + 1))");

    [Fact]
    public void Cylindrical_KdV_square_root_generator_passes_exactly()
    {
        var result = SymmetryCheck.Verify(ckdv, G("2*sqrt(t + 1)", "0", "1/sqrt(t + 1)"));
        Assert.True(result.IsSymmetry);
        Assert.Equal(CheckMethod.Exact, result.Method);
        Assert.Equal(0, result.Residual);
    }

    [Fact]
    public void The_KdV_boost_is_not_a_cylindrical_KdV_symmetry()
    {
        var result = SymmetryCheck.Verify(ckdv, G("t", "0", "1"));
        Assert.False(result.IsSymmetry);
        Assert.Equal(CheckMethod.Exact, result.Method);
        Assert.True(result.Residual > 0.01, $"residual {result.Residual}");
    }

    [Theory]
    [InlineData("t", "0", "0")]
    [InlineData("x", "2*t", "-u")]
    [InlineData("0", "0", "1")]
    public void Non_symmetries_of_KdV_fail(string xi, string tau, string phi)
    {
        var result = SymmetryCheck.Verify(kdv, G(xi, tau, phi));
        Assert.False(result.IsSymmetry);
        Assert.False(result.Criterion.IsZero);
        Assert.True(result.Residual > 0.01, $"residual {result.Residual}");
    }

    [Fact]
    public void KdV_generators_pass_exactly()
    {
        foreach (var g in SymmetryAlgebraTests.KdV)
        {
            var result = SymmetryCheck.Verify(kdv, g);
            Assert.True(result.IsSymmetry, g.ToUnicode());
            Assert.Equal(CheckMethod.Exact, result.Method);
        }
    }

    [Fact]
    public void Float_readouts_go_the_numeric_way_and_the_residual_measures_the_error()
    {
        // A learned boost with exact coefficients in floating point passes; a perturbed one fails with a residual of the size of the error.
        var good = SymmetryCheck.Verify(kdv, new Generator(Expr.Float(0.5) * Expr.T, Expr.Zero, Expr.Float(0.5)));
        Assert.Equal(CheckMethod.Numeric, good.Method);
        Assert.True(good.IsSymmetry, $"residual {good.Residual}");
        var off = SymmetryCheck.Verify(kdv, new Generator(Expr.Float(0.5) * Expr.T, Expr.Zero, Expr.Float(0.51)));
        Assert.False(off.IsSymmetry);
        Assert.InRange(off.Residual, 1e-3, 1e-1);
    }

    [Fact]
    public void Generators_outside_the_exact_ring_are_checked_numerically()
    {
        // sin(x)∂x is not a KdV symmetry; the exact ring has no sin, so the numeric test decides.
        var result = SymmetryCheck.Verify(kdv, G("sin(x)", "0", "0"));
        Assert.Equal(CheckMethod.Numeric, result.Method);
        Assert.False(result.IsSymmetry);
        // ∂x written with a vanishing transcendental part still passes.
        var translation = SymmetryCheck.Verify(kdv, G("sin(x)^2 + cos(x)^2", "0", "0"));
        Assert.True(translation.IsSymmetry, $"residual {translation.Residual}");
    }

    [Fact]
    public void Bad_generators_are_refused_with_a_message()
    {
        Assert.Contains("'y'", Assert.Throws<SymmetryAnalysisException>(() => SymmetryCheck.Verify(kdv, G("y", "0", "0"))).Message);
        Assert.Contains("zero", Assert.Throws<SymmetryAnalysisException>(() => SymmetryCheck.Verify(kdv, G("0", "0", "0"))).Message);
        var parse = Assert.Throws<ExprParseException>(() => G("x", "2*t +", "u"));
        Assert.Contains("(in tau)", parse.Message);
        Assert.Equal(5, parse.Position);
    }
}
