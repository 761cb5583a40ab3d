using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>Equality of expressions as the books mean it: the difference expands to zero, whatever the printed form.</summary>
internal static class ExprAssert
{
    public static void AssertSame(string expected, Expr actual) =>
        Assert.True((Expr.Parse(expected) - actual).Expand().IsZero, $"expected {expected}, got {actual.ToPlain()}");
}
