using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.ExprAssert;

namespace PdeSym.Tests.Symbolic;

/// <summary>Like terms whose coefficients are rational functions of one parameter, over one denominator: checked exactly
/// (the expected forms) and against evaluation at random values, where a wrong cancellation would show.</summary>
public class ParameterFractionsTests
{
    [Theory]
    [InlineData("1/(a*(1 - 1/a)) - 1/a - 1/(a^2*(1 - 1/a))", "0")]
    [InlineData("a/(a + 1) + 1/(a + 1)", "1")]
    [InlineData("x*a/(a + 1) + x/(a + 1) + t", "x + t")]
    [InlineData("t^(a/(a + 1) - 1/(a + 1))", "t^((a - 1)/(a + 1))")]
    [InlineData("f_zz/(a - 1) - f_zz/a", "f_zz/(a^2 - a)")]
    public void Combines_like_terms_over_one_denominator(string input, string expected)
    {
        var combined = ParameterFractions.Combine(Expr.Parse(input).Expand());
        AssertSame(expected, combined);
        var random = new Random(3);
        for (int i = 0; i < 5; i++)
        {
            var point = new Dictionary<string, double> { ["a"] = 2 + random.NextDouble(), ["x"] = random.NextDouble(), ["t"] = 1 + random.NextDouble(), ["f_zz"] = random.NextDouble() };
            Assert.Equal(Expr.Parse(input).Evaluate(point), combined.Evaluate(point), 10);
        }
    }

    [Fact]
    public void Coefficients_in_two_parameters_or_in_functions_of_one_are_left_as_they_are()
    {
        AssertSame("a/b + 1/b", ParameterFractions.Combine(Expr.Parse("a/b + 1/b").Expand()));
        AssertSame("exp(a)/a - 1/a", ParameterFractions.Combine(Expr.Parse("exp(a)/a - 1/a").Expand()));
        Assert.True(ParameterFractions.IsParameter("a") && !ParameterFractions.IsParameter("z") && !ParameterFractions.IsParameter("c1"));
    }
}
