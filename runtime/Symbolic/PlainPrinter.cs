using System.Globalization;

namespace PdeSym.Symbolic;

/// <summary>The plain syntax SymPy's parser reads: <c>2*x*u_x - sqrt(t + 1)/3 + exp(t/50)*u^2</c>.</summary>
internal sealed class PlainPrinter : ExprFormatter
{
    static readonly PlainPrinter instance = new();
    public static string Print(Expr e) => instance.Format(e);

    protected override string Minus => "-";
    protected override string Paren(string inner) => $"({inner})";
    protected override string Name(string symbol) => symbol;
    protected override string Float(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    protected override string Times(IReadOnlyList<(string Text, Expr Factor)> factors) => string.Join("*", factors.Select(f => f.Text));
    protected override string Fraction(string numerator, string denominator, bool compound) =>
        compound ? $"{numerator}/({denominator})" : $"{numerator}/{denominator}";
    protected override string Raise(string @base, Expr exponent) => $"{@base}^{Format(exponent, AtomLevel)}";
    protected override string Root(Expr argument) => $"sqrt({Format(argument)})";
    protected override string Call(string function, Expr argument) => $"{function}({Format(argument)})";
    protected override string IntegerRational(Rational r) => r.ToString();
}
