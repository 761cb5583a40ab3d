using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

public class ExprParserTests
{
    static readonly Expr x = Expr.X, t = Expr.T, u = Expr.U;

    [Fact]
    public void Decimal_literals_are_exact_rationals()
    {
        Assert.Equal(Expr.Num(1, 100), Expr.Parse("0.01"));
        Assert.Equal(Expr.Num(1, 100000), Expr.Parse("1e-05"));
        Assert.Equal(Expr.Num(2500), Expr.Parse("2.5E3"));
        // 0.1 + 0.2 is exactly 3/10 here, unlike in floating point.
        Assert.Equal(Expr.Num(3, 10), Expr.Parse("0.1 + 0.2"));
    }

    [Fact]
    public void Precedence_follows_the_plain_syntax()
    {
        Assert.Equal(-(x * x), Expr.Parse("-x^2"));
        Assert.Equal(Expr.Pow(x, Expr.Pow(t, 2)), Expr.Parse("x^t^2"));
        Assert.Equal(x / (t * u), Expr.Parse("x/(t*u)"));
        Assert.Equal(x * u / t, Expr.Parse("x/t*u"));
        Assert.Equal(Expr.Pow(x, -1), Expr.Parse("x**-1"));
        Assert.Equal(x - t - u, Expr.Parse("x - t - u"));
    }

    [Fact]
    public void Equations_of_the_catalogue_read_with_jet_names()
    {
        var kdv = Expr.Parse("u_t + u*u_x + u_xxx");
        Assert.Equal(new[] { "u", "u_t", "u_x", "u_xxx" }, kdv.Symbols().Order());
        var nkdv = Expr.Parse("u_t + exp(t/50)*(u*u_x + u_xxx)");
        Assert.Equal(Expr.Exp(t / 50), ((Product)((Sum)nkdv).Terms.Single(term => term is Product)).Factors[^1]);
        var ckdv = Expr.Parse("u_t + u*u_x + u_xxx + u/(2*(t + 1))");
        Assert.Contains(Expr.Pow(t + 1, -1), ((Product)((Sum)ckdv).Terms.First(term => term.Contains("t") && !term.Contains("u_t"))).Factors);
    }

    [Fact]
    public void A_bracket_with_a_subscript_is_its_total_derivative()
    {
        // The conservation form: (u·u_x)_x = u·u_xx + u_x², (u²)_xt = 2u_x·u_t + 2u·u_xt, (x·u)_x = u + x·u_x.
        ExprAssert.AssertSame("u_t - u*u_xx - u_x^2", Expr.Parse("u_t - (u*u_x)_x"));
        ExprAssert.AssertSame("2*u_x*u_t + 2*u*u_xt", Expr.Parse("(u^2)_xt"));
        ExprAssert.AssertSame("u + x*u_x", Expr.Parse("(x*u)_x"));
        Assert.Equal(8, Assert.Throws<ExprParseException>(() => Expr.Parse("(u*u_x)_y")).Position);   // at the y
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        Assert.Equal(x, Expr.Parse(new string('-', 10_001) + "-x"));
        var e = Assert.Throws<ExprParseException>(() => Expr.Parse(new string('(', 5000) + "x" + new string(')', 5000)));
        Assert.Contains("nested", e.Expected);
        Assert.Throws<ExprParseException>(() => Expr.Parse(string.Join("^", Enumerable.Repeat("x", 5000))));
    }

    [Fact]
    public void Sqrt_is_the_half_power_and_folds_exact_roots()
    {
        Assert.Equal(Expr.Pow(t + 1, new Rational(1, 2)), Expr.Parse("sqrt(t + 1)"));
        Assert.Equal(Expr.Num(3, 2), Expr.Parse("sqrt(9/4)"));
        Assert.Equal(t + 1, Expr.Parse("sqrt(t+1)*sqrt(t+1)"));
        Assert.Equal(Expr.One, Expr.Parse("exp(t/50)*exp(-t/50)"));
    }

    [Theory]
    [InlineData("x + * 2", 4, "a number, a name or '('")]
    [InlineData("2x", 1, "an operator")]
    [InlineData("sin(x", 5, "')' closing sin(")]
    [InlineData("foo(x)", 0, "a known function")]
    [InlineData("(x + t", 6, "')'")]
    [InlineData("", 0, "an expression")]
    [InlineData("x / 0", 4, "a nonzero divisor")]
    [InlineData("x $ t", 2, "an operator")]
    public void Malformed_input_names_the_position_and_what_was_expected(string text, int position, string expected)
    {
        var e = Assert.Throws<ExprParseException>(() => Expr.Parse(text));
        Assert.Equal(position, e.Position);
        Assert.Contains(expected, e.Expected);
        // The message shows the text with a caret under the position.
        var lines = e.Message.Split('\n');
        Assert.Equal("  " + text, lines[1]);
        Assert.Equal(position + 2, lines[2].IndexOf('^'));
    }
}
