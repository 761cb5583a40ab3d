using System;

namespace PdeSym.Generators.Expressions;

/// <summary>
/// Prints an expression in infix form with the fewest parentheses. Plain: the team's plain expression syntax
/// (<c>u_t + u*u_x + u_xxx</c>), read by SymPy and by the symbolic core. Pretty: products by juxtaposition
/// (<c>u_t + u u_x + u_xxx</c>) for people.
/// </summary>
internal sealed class InfixPrinter
{
    public static readonly InfixPrinter Plain = new(pretty: false);
    public static readonly InfixPrinter Pretty = new(pretty: true);

    // Binding strength of what a printed text can stand next to without parentheses.
    const int SumLevel = 1, ProductLevel = 2, UnaryLevel = 3, PowerLevel = 4, AtomLevel = 5;

    readonly bool pretty;

    InfixPrinter(bool pretty) => this.pretty = pretty;

    public string Print(Expr e) => Print(e, out _);

    string Print(Expr e, out int level)
    {
        switch (e)
        {
            case Number n:
                {
                    string text = NumberFormat.Plain(Math.Abs(n.Value));
                    level = text.Contains("/") ? ProductLevel : AtomLevel;
                    if (n.Value < 0 || (n.Value == 0 && double.IsNegativeInfinity(1 / n.Value)))
                    {
                        text = "-" + text;
                        level = Math.Min(level, UnaryLevel);
                    }
                    return text;
                }
            case Symbol s:
                level = AtomLevel;
                return s.Name;
            case Call c:
                level = AtomLevel;
                return c.Function + "(" + Print(c.Argument) + ")";
            case Negation neg:
                {
                    string operand = Print(neg.Operand, out int operandLevel);
                    if (operandLevel < ProductLevel) { operand = "(" + operand + ")"; operandLevel = AtomLevel; }
                    level = Math.Min(UnaryLevel, operandLevel);
                    return "-" + operand;
                }
            case Power p:
                {
                    level = PowerLevel;
                    string exponent = NumberFormat.Plain(Math.Abs(p.Exponent));
                    if (p.Exponent < 0 || exponent.Contains("/")) exponent = "(" + (p.Exponent < 0 ? "-" : "") + exponent + ")";
                    return Operand(p.Base, AtomLevel) + "^" + exponent;
                }
            case Binary b:
                return PrintBinary(b, out level);
            default:
                throw new ArgumentException("unknown expression " + e);
        }
    }

    string PrintBinary(Binary b, out int level)
    {
        switch (b.Op)
        {
            case '+':
                level = SumLevel;
                return Operand(b.Left, SumLevel) + " + " + Operand(b.Right, SumLevel);
            case '-':
                level = SumLevel;
                return Operand(b.Left, SumLevel) + " - " + Operand(b.Right, ProductLevel);
            case '*':
                {
                    level = ProductLevel;
                    string left = Operand(b.Left, ProductLevel), right = Operand(b.Right, ProductLevel);
                    if (!pretty) return left + "*" + right;
                    // Juxtaposition, except where two numbers (or a sign) would run together.
                    return char.IsDigit(right[0]) || right[0] == '-' ? left + "·" + right : left + " " + right;
                }
            case '/':
                level = ProductLevel;
                return Operand(b.Left, ProductLevel) + "/" + Operand(b.Right, UnaryLevel + 1);
            default:
                throw new ArgumentException("unknown operator " + b.Op);
        }
    }

    string Operand(Expr e, int needed)
    {
        string text = Print(e, out int level);
        return level >= needed ? text : "(" + text + ")";
    }
}
