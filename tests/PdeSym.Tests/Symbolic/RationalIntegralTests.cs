using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.ExprAssert;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Antiderivatives of rational functions: the closed forms of the tables (log, arctan, the reduction formula for powers of
/// a quadratic), and random rational functions with linear and quadratic factors of any multiplicity checked against
/// numerical quadrature — F(b) − F(a) against Simpson's rule on an interval clear of the poles, outside the algebra.
/// </summary>
public class RationalIntegralTests
{
    static Expr Integral(string integrand) =>
        RationalIntegral.Of(Expr.Parse(integrand), "t") ?? throw new Xunit.Sdk.XunitException($"no antiderivative of {integrand}");

    [Theory]
    [InlineData("4*t/(4*t^2 + 1)", "log(4*t^2 + 1)/2")]                          // heat's projective characteristic
    [InlineData("1/(4*t^2 + 1)", "arctan(2*t)/2")]
    [InlineData("1/(t^2 + 2*t + 2)", "arctan(t + 1)")]
    [InlineData("1/(t*(t + 1))", "log(t) - log(t + 1)")]
    [InlineData("(t^3 + 1)/(t - 1)", "t^3/3 + t^2/2 + t + 2*log(t - 1)")]
    [InlineData("1/(2*t + 1)^3", "-1/(4*(2*t + 1)^2)")]
    public void Tables_closed_forms(string integrand, string expected) => AssertSame(expected, Integral(integrand));

    [Fact]
    public void Powers_of_a_quadratic_follow_the_reduction_formula()
    {
        // ∫ dt/(t² + 1)² = t/(2(t² + 1)) + arctan(t)/2; ∫ t/(t² + 1)² = −1/(2(t² + 1)).
        AssertSame("t/(2*(t^2 + 1)) + arctan(t)/2", Integral("1/(t^2 + 1)^2"));
        AssertSame("-1/(2*(t^2 + 1))", Integral("t/(t^2 + 1)^2"));
    }

    [Fact]
    public void A_quadratic_with_irrational_roots_gives_the_logarithm_of_their_ratio()
    {
        // 1/(t² − 2) = (1/(2√2))(1/(t − √2) − 1/(t + √2)).
        var f = Integral("1/(t^2 - 2)");
        foreach (var (a, b) in new[] { (2.0, 3.0), (-1.0, 1.0) })
            Assert.Equal(Math.Log(Math.Abs((b - Math.Sqrt(2)) / (b + Math.Sqrt(2))) / Math.Abs((a - Math.Sqrt(2)) / (a + Math.Sqrt(2)))) / (2 * Math.Sqrt(2)),
                         Difference(f, a, b, allowComplexLogs: true), 12);
    }

    [Fact]
    public void Random_rational_functions_match_quadrature()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 40; trial++)
        {
            var t = Expr.T;
            var factors = new List<Expr>();
            double rightmost = 0;
            for (int k = random.Next(1, 4); k > 0; k--)
            {
                Expr factor;
                if (random.Next(2) == 0)
                {
                    var root = new Rational(random.Next(-6, 7), random.Next(1, 4));
                    factor = Expr.Num(random.Next(1, 4)) * (t - Expr.Num(root));
                    rightmost = Math.Max(rightmost, root.ToDouble());
                }
                else
                {
                    // t² + bt + c, irreducible over ℝ (c > b²/4) or with irrational real roots (c = b²/4 − 2).
                    var b = new Rational(random.Next(-4, 5), random.Next(1, 3));
                    var c = random.Next(3) == 0 ? b * b / 4 - 2 : b * b / 4 + new Rational(random.Next(1, 9), random.Next(1, 4));
                    factor = Expr.Pow(t, 2) + Expr.Num(b) * t + Expr.Num(c);
                    rightmost = Math.Max(rightmost, -b.ToDouble() / 2 + Math.Sqrt(2));
                }
                factors.Add(Expr.Pow(factor, random.Next(1, 3)));
            }
            var numerator = Expr.Add(Enumerable.Range(0, random.Next(1, 6)).Select(j => Expr.Num(random.Next(-5, 6)) * Expr.Pow(t, j)));
            var integrand = numerator / Expr.Multiply(factors);
            if (integrand.Expand().IsZero) continue;
            var f = RationalIntegral.Of(integrand, "t");
            Assert.True(f is not null, $"no antiderivative of {integrand.ToPlain()}");
            double a = rightmost + 0.5, b2 = rightmost + 2;
            double quadrature = Simpson(x => integrand.Evaluate(new Dictionary<string, double> { ["t"] = x }), a, b2, 2000);
            double exact = Difference(f!, a, b2);
            Assert.True(Math.Abs(exact - quadrature) <= 1e-8 * (1 + Math.Abs(quadrature)), $"∫ {integrand.ToPlain()} = {f!.ToPlain()}: {exact} vs quadrature {quadrature}");
        }
    }

    [Fact]
    public void A_denominator_with_an_irreducible_cubic_is_refused()
    {
        Assert.Null(RationalIntegral.Of(Expr.Parse("1/(t^3 - 2)"), "t"));
        Assert.Null(RationalIntegral.Of(Expr.Parse("1/(t^2 + c)"), "t"));                    // a symbolic coefficient
    }

    [Fact]
    public void Square_free_parts_multiply_back()
    {
        // (t − 1)²(t² + 1)³(t + 2): s₁ = t + 2, s₂ = t − 1, s₃ = t² + 1.
        var p = UnivariatePolynomial.From(Expr.Parse("(t - 1)^2*(t^2 + 1)^3*(t + 2)"), "t")!;
        var parts = p.SquareFree();
        Assert.Equal(3, parts.Count);
        AssertSame("t + 2", parts[0].ToExpr("t"));
        AssertSame("t - 1", parts[1].ToExpr("t"));
        AssertSame("t^2 + 1", parts[2].ToExpr("t"));
        var (quotient, remainder) = p.DivRem(parts[2]);
        Assert.True(remainder.IsZero);
        AssertSame("(t - 1)^2*(t^2 + 1)^2*(t + 2)", quotient.ToExpr("t"));
    }

    // F(b) − F(a); logarithms of negative arguments (log(t − r) left of r) differ from log|t − r| by a constant iπ, which cancels.
    static double Difference(Expr f, double a, double b, bool allowComplexLogs = false)
    {
        var absolute = allowComplexLogs ? AbsoluteLogs(f) : f;
        return absolute.Evaluate(new Dictionary<string, double> { ["t"] = b }) - absolute.Evaluate(new Dictionary<string, double> { ["t"] = a });
    }

    static Expr AbsoluteLogs(Expr e) => e is FunctionCall { Function: MathFunction.Log } log
        ? Expr.Log(Expr.Sqrt(Expr.Pow(log.Argument, 2)))
        : e.Children.Count == 0 ? e : e.With(e.Children.Select(AbsoluteLogs).ToList());

    static double Simpson(Func<double, double> f, double a, double b, int n)
    {
        double h = (b - a) / n, sum = f(a) + f(b);
        for (int i = 1; i < n; i++) sum += (i % 2 == 1 ? 4 : 2) * f(a + i * h);
        return sum * h / 3;
    }
}
