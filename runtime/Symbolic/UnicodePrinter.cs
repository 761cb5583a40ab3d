using System.Globalization;

namespace PdeSym.Symbolic;

/// <summary>Unicode mathematics for people: <c>2xu·u_x − √(t + 1)/3 + u²e^(t/50)</c>.</summary>
internal sealed class UnicodePrinter : ExprFormatter
{
    static readonly UnicodePrinter instance = new();
    public static string Print(Expr e) => instance.Format(e);

    const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    protected override string Minus => "−";
    protected override string Paren(string inner) => $"({inner})";
    protected override string Name(string symbol) => symbol;
    protected override string Float(double value) => value.ToString("G6", CultureInfo.InvariantCulture).Replace("-", "−");
    protected override string IntegerRational(Rational r) => r.ToString().Replace("-", "−");

    // Juxtaposition, with a middle dot where two names or two numbers would run together.
    protected override string Times(IReadOnlyList<(string Text, Expr Factor)> factors)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < factors.Count; i++)
        {
            var text = factors[i].Text;
            if (i > 0)
            {
                char last = sb[^1], first = text[0];
                bool clash = char.IsAsciiDigit(first) || last == '_' || IsLongName(factors[i - 1].Factor) || IsLongName(factors[i].Factor)
                             || char.IsAsciiDigit(last) && char.IsAsciiDigit(first)
                             || char.IsAsciiLetter(last) && IsNamedCall(factors[i].Factor); // x·cos(u), not xcos(u)
                if (clash) sb.Append('·');
            }
            sb.Append(text);
        }
        return sb.ToString();
    }

    static bool IsLongName(Expr e) => Power.Split(e).Base is Symbol s && s.Name.Length > 1;

    static bool IsNamedCall(Expr e) => Power.Split(e).Base is FunctionCall { Function: not MathFunction.Exp };

    protected override string Fraction(string numerator, string denominator, bool compound) =>
        compound ? $"{numerator}/({denominator})" : $"{numerator}/{denominator}";

    protected override string Raise(string @base, Expr exponent)
    {
        if (exponent is Number { IsExact: true } n && n.Exact.IsInteger && n.Exact.Sign >= 0)
            return @base + string.Concat(n.Exact.Numerator.ToString(CultureInfo.InvariantCulture).Select(c => Superscripts[c - '0']));
        return $"{@base}^{Format(exponent, AtomLevel)}";
    }

    protected override string Root(Expr argument) => "√" + Format(argument, AtomLevel);
    protected override string Call(string function, Expr argument) =>
        function == "exp" ? $"e^{Format(argument, AtomLevel)}" : $"{function}({Format(argument)})";
}
