using System.Globalization;

namespace PdeSym.Symbolic;

/// <summary>LaTeX: <c>2 x u_{x} - \frac{\sqrt{t + 1}}{3}</c>.</summary>
internal sealed class LatexPrinter : ExprFormatter
{
    static readonly LatexPrinter instance = new();
    public static string Print(Expr e) => instance.Format(e);

    protected override string Minus => "-";
    protected override bool FractionGroups => true;
    protected override string Paren(string inner) => $"\\left({inner}\\right)";
    protected override string Name(string symbol) =>
        symbol.Contains('_') ? $"{symbol[..symbol.IndexOf('_')]}_{{{symbol[(symbol.IndexOf('_') + 1)..]}}}" : symbol;
    protected override string Float(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
    protected override string IntegerRational(Rational r) => r.ToString();

    protected override string Times(IReadOnlyList<(string Text, Expr Factor)> factors)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < factors.Count; i++)
        {
            if (i > 0) sb.Append(char.IsAsciiDigit(factors[i].Text[0]) ? " \\cdot " : " ");
            sb.Append(factors[i].Text);
        }
        return sb.ToString();
    }

    protected override string Fraction(string numerator, string denominator, bool compound) => $"\\frac{{{numerator}}}{{{denominator}}}";
    protected override string Raise(string @base, Expr exponent) => $"{@base}^{{{Format(exponent)}}}";
    protected override string Root(Expr argument) => $"\\sqrt{{{Format(argument)}}}";
    protected override string Call(string function, Expr argument) =>
        function == "exp" ? $"e^{{{Format(argument)}}}" : $"\\{function}\\left({Format(argument)}\\right)";
}
