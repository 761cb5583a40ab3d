using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

public class ExprPrinterTests
{
    [Theory]
    [InlineData("u_t + u*u_x + u_xxx", "u*u_x + u_t + u_xxx")]
    [InlineData("x - 2*t*u", "x - 2*t*u")]
    [InlineData("-x - t", "-x - t")]
    [InlineData("u/(2*(t + 1))", "u/(2*(t + 1))")]
    [InlineData("2*sqrt(t + 1)", "2*sqrt(t + 1)")]
    [InlineData("1/sqrt(t + 1)", "1/sqrt(t + 1)")]
    [InlineData("exp(-t/50)", "exp(-t/50)")]
    [InlineData("x^(1/3) - 1/2", "x^(1/3) - 1/2")]
    [InlineData("-(x + t)^2", "-(x + t)^2")]
    [InlineData("0.5*x", "x/2")]
    public void Plain_syntax(string input, string expected) => Assert.Equal(expected, Expr.Parse(input).ToPlain());

    [Theory]
    [InlineData("x - 2*t*u", "x − 2tu")]
    [InlineData("x^2*u + 3*t", "x²u + 3t")]
    [InlineData("u*u_x", "u·u_x")]
    [InlineData("2*sqrt(t + 1)", "2√(t + 1)")]
    [InlineData("exp(t/50)*50", "50e^(t/50)")]
    [InlineData("x*cos(u)", "x·cos(u)")]                   // not xcos(u)
    [InlineData("exp(-t/10)*sin(x)", "e^(−t/10)sin(x)")]
    [InlineData("arctan(2*t)/2 - log(4*t^2 + 1)", "arctan(2t)/2 − log(4t² + 1)")]
    public void Unicode(string input, string expected) => Assert.Equal(expected, Expr.Parse(input).ToUnicode());

    [Theory]
    [InlineData("u_xx/(2*t)", "\\frac{u_{xx}}{2 t}")]
    [InlineData("sqrt(t + 1)*sin(x)", "\\sqrt{t + 1} \\sin\\left(x\\right)")]
    [InlineData("x^2*exp(t)", "x^{2} e^{t}")]
    [InlineData("x^2*t/(4*t^2 + 1)", "\\frac{x^{2} t}{4 t^{2} + 1}")]              // \frac groups: no \left( \right) around a lone sum
    [InlineData("(x + 1)/t", "\\frac{x + 1}{t}")]
    [InlineData("arctan(2*t)/2", "\\frac{\\arctan\\left(2 t\\right)}{2}")]
    public void Latex(string input, string expected) => Assert.Equal(expected, Expr.Parse(input).ToLatex());

    [Theory]
    [InlineData("1", "0", "0", "∂x")]
    [InlineData("x", "3*t", "-2*u", "x∂x + 3t∂t − 2u∂u")]
    [InlineData("t*x", "t^2", "x - t*u", "xt∂x + t²∂t + (x − tu)∂u")]
    [InlineData("0", "0", "-(x^2 + t)*u", "−(x² + t)u∂u")]
    [InlineData("0", "0", "-x^2*u - t*u", "−(x²u + tu)∂u")]
    [InlineData("-1", "0", "0", "−∂x")]
    [InlineData("0", "exp(-t/50)", "0", "e^(−t/50)∂t")]
    [InlineData("0", "0", "0", "0")]
    [InlineData("0", "0", "x^2*exp(-u) + 2*t*exp(-u)", "(x² + 2t)e^(−u)∂u")]       // one exponential every term holds, written once
    [InlineData("0", "0", "-x*exp(-u) - exp(-u)", "−(x + 1)e^(−u)∂u")]
    [InlineData("0", "0", "x*exp(-u) + exp(u)", "(xe^(−u) + e^u)∂u")]             // different exponentials stay
    [InlineData("1", "1/2", "0", "∂x + (1/2)∂t")]                                   // not 1/2∂t, which reads as 1/(2∂t)
    [InlineData("-x/2", "0", "u/3", "−(x/2)∂x + (u/3)∂u")]
    public void Generators_read_like_the_textbook(string xi, string tau, string phi, string expected) =>
        Assert.Equal(expected, Generator.Parse(xi, tau, phi).ToUnicode());

    [Fact]
    public void Floats_print_round_trip_and_parse_to_the_same_double()
    {
        var e = Expr.Float(0.1234567890123) * Expr.X;
        var back = Expr.Parse(e.ToPlain());
        Assert.Equal(e.Evaluate(new Dictionary<string, double> { ["x"] = 3 }), back.Evaluate(new Dictionary<string, double> { ["x"] = 3 }));
    }
}
