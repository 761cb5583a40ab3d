namespace PdeSym.Symbolic;

/// <summary>
/// Reads the plain syntax: <c>+ - * / ^</c> (also <c>**</c>), parentheses, <c>exp log sin cos sqrt</c>, names
/// (<c>x t u u_x u_xxt</c>, any identifier) and invariant decimal literals, read as exact rationals
/// (<c>0.01</c> is 1/100). Unary minus binds looser than <c>^</c>: <c>-x^2</c> is −(x²).
/// </summary>
internal sealed class ExprParser
{
    const int MaxDepth = 200;
    readonly string text;
    int pos, depth;

    ExprParser(string text) => this.text = text;

    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ExprParser(text);
        parser.SkipSpace();
        if (parser.pos >= text.Length) throw parser.Error("an expression");
        var e = parser.ParseSum();
        parser.SkipSpace();
        if (parser.pos < text.Length) throw parser.Error("an operator (+ - * / ^) or the end of the expression");
        return e;
    }

    ExprParseException Error(string expected)
    {
        string found = pos >= text.Length ? "the end of the expression" : $"'{text[pos]}'";
        return new ExprParseException(text, Math.Min(pos, text.Length), expected, found);
    }

    void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    bool Accept(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, pos, token, 0, token.Length) != 0) return false;
        pos += token.Length;
        return true;
    }

    Expr ParseSum()
    {
        var terms = new List<Expr> { ParseProduct() };
        while (true)
        {
            if (Accept("+")) terms.Add(ParseProduct());
            else if (Accept("-")) terms.Add(-ParseProduct());
            else return Expr.Add(terms);
        }
    }

    Expr ParseProduct()
    {
        var factors = new List<Expr> { ParseUnary() };
        while (true)
        {
            SkipSpace();
            if (Accept("*")) factors.Add(ParseUnary());
            else if (Accept("/"))
            {
                int at = pos;
                var d = ParseUnary();
                if (d.IsZero) { pos = at; SkipSpace(); throw Error("a nonzero divisor"); }
                factors.Add(Expr.Pow(d, Expr.MinusOne));
            }
            else return Expr.Multiply(factors);
        }
    }

    Expr ParseUnary()
    {
        // Signs are counted, not recursed on, so a long run of them cannot exhaust the stack.
        bool negative = false;
        while (true)
        {
            if (Accept("-")) negative = !negative;
            else if (!Accept("+")) break;
        }
        var e = ParsePower();
        return negative ? -e : e;
    }

    Expr ParsePower()
    {
        var b = ParsePrimary();
        if (Accept("**") || Accept("^"))
        {
            int at = pos;
            if (++depth > MaxDepth) throw Error($"at most {MaxDepth} nested powers");
            var e = ParseUnary();
            depth--;
            try { return Expr.Pow(b, e); }
            catch (DivideByZeroException) { pos = at; SkipSpace(); throw Error("a power that is defined (0 to a negative power is not)"); }
        }
        return b;
    }

    Expr ParsePrimary()
    {
        SkipSpace();
        if (pos >= text.Length) throw Error("a number, a name or '('");
        char c = text[pos];
        if (c == '(')
        {
            if (++depth > MaxDepth) throw Error($"at most {MaxDepth} nested parentheses");
            pos++;
            var inner = ParseSum();
            if (!Accept(")")) throw Error("')'");
            depth--;
            return pos < text.Length && text[pos] == '_' ? TotalDerivatives(inner) : inner;
        }
        if (char.IsAsciiDigit(c) || c == '.') return ParseNumber();
        if (char.IsAsciiLetter(c) || c == '_') return ParseName();
        throw Error("a number, a name or '('");
    }

    // (u*u_x)_x, the conservation form: total derivatives D_x, D_t of the bracket, one per letter after '_'.
    Expr TotalDerivatives(Expr inner)
    {
        int start = ++pos;
        while (pos < text.Length && text[pos] is 'x' or 't') pos++;
        if (pos == start || pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos = start;
            throw Error("x and t after ')_' (a total derivative of the bracket, as in (u*u_x)_x)");
        }
        foreach (char c in text[start..pos]) inner = inner.TotalDerivative(c.ToString());
        return inner;
    }

    Expr ParseNumber()
    {
        int start = pos;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.')) pos++;
        if (pos < text.Length && (text[pos] == 'e' || text[pos] == 'E'))
        {
            int save = pos;
            pos++;
            if (pos < text.Length && (text[pos] == '+' || text[pos] == '-')) pos++;
            if (pos < text.Length && char.IsAsciiDigit(text[pos]))
                while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
            else pos = save;
        }
        var literal = text[start..pos];
        if (!Rational.TryParseDecimal(literal, out var value))
        {
            pos = start;
            throw Error("a number such as 2, 0.01 or 1e-05");
        }
        return Expr.Num(value);
    }

    Expr ParseName()
    {
        int start = pos;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_')) pos++;
        var name = text[start..pos];
        SkipSpace();
        bool call = pos < text.Length && text[pos] == '(';
        if (!call)
        {
            if (name is "sqrt" || FunctionCall.TryParseName(name, out _))
                throw Error($"'(' after the function {name}");
            return Expr.Sym(name);
        }
        if (name != "sqrt" && !FunctionCall.TryParseName(name, out _))
        {
            pos = start;
            throw Error("a known function (exp, log, sin, cos, arctan, sqrt) before '('");
        }
        if (++depth > MaxDepth) throw Error($"at most {MaxDepth} nested parentheses");
        pos++;
        var argument = ParseSum();
        if (!Accept(")")) throw Error($"')' closing {name}(");
        depth--;
        if (name == "sqrt") return Expr.Sqrt(argument);
        FunctionCall.TryParseName(name, out var f);
        try { return Expr.Call(f, argument); }
        catch (ArgumentException) { pos = start; throw Error($"an argument where {name} is defined"); }
    }
}
