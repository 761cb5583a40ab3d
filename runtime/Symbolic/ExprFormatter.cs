namespace PdeSym.Symbolic;

/// <summary>
/// The shared layout of the three printers (plain, Unicode, LaTeX): precedence, signs, fractions and roots.
/// Each target only says how to spell a product, a fraction, a power, a root, a function and a name.
/// </summary>
internal abstract class ExprFormatter
{
    protected const int SumLevel = 1, ProductLevel = 2, UnaryLevel = 3, PowerLevel = 4, AtomLevel = 5;

    protected abstract string Minus { get; }
    protected abstract string Paren(string inner);
    protected abstract string Name(string symbol);
    protected abstract string Float(double value);
    /// <summary>Joins factors already printed (each at power level or tighter).</summary>
    protected abstract string Times(IReadOnlyList<(string Text, Expr Factor)> factors);
    protected abstract string Fraction(string numerator, string denominator, bool denominatorIsCompound);
    protected abstract string Raise(string @base, Expr exponent);
    protected abstract string Root(Expr argument);
    protected abstract string Call(string function, Expr argument);
    protected abstract string IntegerRational(Rational r);
    /// <summary>True where a fraction's parts are grouped by the notation itself (LaTeX's \frac{…}{…}): a lone sum above or below needs no parentheses.</summary>
    protected virtual bool FractionGroups => false;

    public string Format(Expr e) => Format(e, 0);

    /// <summary>
    /// A sum's terms in the order given (not the canonical one), signs pulled out: how a book writes an ODE or a flow with
    /// its highest derivative first (f‴ + f·f′ − 2f′, u_xxxxx + 5u·u_xxx/3 + …).
    /// </summary>
    public static string JoinTerms(IEnumerable<Expr> terms, Func<Expr, string> print, string minus)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var term in terms)
        {
            bool negative = Product.SplitCoefficient(term).Coefficient.IsNegative;
            string body = print(negative ? -term : term);
            sb.Append(sb.Length == 0 ? (negative ? minus : "") : negative ? $" {minus} " : " + ").Append(body);
        }
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    protected string Format(Expr e, int context)
    {
        var (text, level) = Layout(e);
        return level < context ? Paren(text) : text;
    }

    (string Text, int Level) Layout(Expr e)
    {
        switch (e)
        {
            case Number n when !n.IsExact:
                return (Float(n.Value), n.Value < 0 ? UnaryLevel : AtomLevel);
            case Number n when n.Exact.IsInteger:
                return (n.Exact.Sign < 0 ? Minus + IntegerRational(-n.Exact) : IntegerRational(n.Exact), n.Exact.Sign < 0 ? UnaryLevel : AtomLevel);
            case Number n:
            {
                var text = Fraction(IntegerRational(n.Exact.Abs().Numerator), IntegerRational(n.Exact.Denominator), false);
                return n.Exact.Sign < 0 ? (Minus + text, UnaryLevel) : (text, ProductLevel);
            }
            case Symbol s:
                return (Name(s.Name), AtomLevel);
            case Sum s:
            {
                var parts = new System.Text.StringBuilder();
                // Readers expect x − tu rather than −tu + x: a positive term, if any, goes first.
                var terms = s.Terms.ToList();
                int positive = terms.FindIndex(term => !Product.SplitCoefficient(term).Coefficient.IsNegative);
                if (positive > 0) { var first = terms[positive]; terms.RemoveAt(positive); terms.Insert(0, first); }
                for (int i = 0; i < terms.Count; i++)
                {
                    var term = terms[i];
                    var (c, rest) = Product.SplitCoefficient(term);
                    bool negative = c.IsNegative;
                    if (i == 0)
                    {
                        parts.Append(Format(term, SumLevel));
                        continue;
                    }
                    parts.Append(negative ? $" {Minus} " : " + ");
                    parts.Append(Format(negative ? Product.WithCoefficient(c.Negate(), rest) : term, SumLevel + 1));
                }
                return (parts.ToString(), SumLevel);
            }
            case Product or Power:
                return LayoutProduct(e);
            case FunctionCall f:
                return (Call(f.Name, f.Argument), AtomLevel);
            default:
                throw new ArgumentException($"cannot print {e.GetType().Name}", nameof(e));
        }
    }

    // Products and powers: the coefficient's numerator and positive powers above, negative powers below.
    (string, int) LayoutProduct(Expr e)
    {
        var (coefficient, rest) = Product.SplitCoefficient(e);
        var factors = rest is Product p ? p.Factors : [rest];
        bool negative = coefficient.IsNegative;
        var c = negative ? coefficient.Negate() : coefficient;
        var above = new List<(string, Expr)>();
        var below = new List<(string, Expr)>();
        if (c.IsExact)
        {
            if (!c.Exact.Numerator.IsOne) above.Add((IntegerRational(c.Exact.Numerator), Expr.Num(c.Exact.Numerator)));
            if (!c.Exact.Denominator.IsOne) below.Add((IntegerRational(c.Exact.Denominator), Expr.Num(c.Exact.Denominator)));
        }
        else if (c.Value != 1.0) above.Add((Float(c.Value), c));
        // A parameter before the variables, as books write it: au∂u, 2at, not ua∂u.
        foreach (var f in factors.OrderBy(f => Power.Split(f).Base is Symbol { Name: var name } && ParameterFractions.IsParameter(name) ? 0 : 1))
        {
            if (f.IsOne) continue;
            var (b, ex) = Power.Split(f);
            if (ex is Number { IsNegative: true } n)
                below.Add((FactorText(b, n.Negate()), Expr.Pow(b, n.Negate())));
            else
                above.Add((FactorText(b, ex), f));
        }
        if (FractionGroups && below.Count > 0)
        {
            if (above is [(_, Sum numerator)]) above[0] = (Format(numerator), numerator);
            if (below is [(_, Sum denominator)]) below[0] = (Format(denominator), denominator);
        }
        string top = above.Count == 0 ? IntegerRational(Rational.One) : Times(above);
        string text = below.Count == 0 ? top : Fraction(top, Times(below), below.Count > 1);
        int level = below.Count > 0 || above.Count > 1 ? ProductLevel : above.Count == 1 && above[0].Item2 is Power ? PowerLevel : AtomLevel;
        return negative ? (Minus + text, UnaryLevel) : (text, level);
    }

    string FactorText(Expr b, Expr exponent)
    {
        if (exponent.IsOne) return Format(b, ProductLevel + 1);
        if (exponent is Number { IsExact: true } n && n.Exact == new Rational(1, 2)) return Root(b);
        return Raise(Format(b, AtomLevel), exponent);
    }
}
