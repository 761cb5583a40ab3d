namespace PdeSym.Symbolic;

/// <summary>Partial derivatives of expressions, and total derivatives D_x, D_t on the jet space.</summary>
internal static class Differentiation
{
    public static Expr Partial(Expr e, string v)
    {
        switch (e)
        {
            case Number:
                return Expr.Zero;
            case Symbol s:
                return s.Name == v ? Expr.One : Expr.Zero;
            case Sum s:
                return Sum.Create(s.Terms.Select(t => Partial(t, v)));
            case Product p:
            {
                var terms = new List<Expr>();
                for (int i = 0; i < p.Factors.Count; i++)
                {
                    var d = Partial(p.Factors[i], v);
                    if (d.IsZero) continue;
                    var factors = p.Factors.ToList();
                    factors[i] = d;
                    terms.Add(Product.Create(factors));
                }
                return Sum.Create(terms);
            }
            case Power pw:
            {
                var db = Partial(pw.Base, v);
                var de = Partial(pw.Exponent, v);
                var terms = new List<Expr>();
                // d(b^e) = e b^(e-1) db + b^e log(b) de
                if (!db.IsZero)
                    terms.Add(Product.Create([pw.Exponent, Power.Create(pw.Base, Sum.Create([pw.Exponent, Expr.MinusOne])), db]));
                if (!de.IsZero)
                    terms.Add(Product.Create([pw, FunctionCall.Create(MathFunction.Log, pw.Base), de]));
                return Sum.Create(terms);
            }
            case FunctionCall f:
            {
                var da = Partial(f.Argument, v);
                if (da.IsZero) return Expr.Zero;
                var outer = f.Function switch
                {
                    MathFunction.Exp => f,
                    MathFunction.Log => Power.Create(f.Argument, Expr.MinusOne),
                    MathFunction.Sin => FunctionCall.Create(MathFunction.Cos, f.Argument),
                    MathFunction.Cos => Product.Create([Expr.MinusOne, FunctionCall.Create(MathFunction.Sin, f.Argument)]),
                    MathFunction.Arctan => Power.Create(Sum.Create([Expr.One, Power.Create(f.Argument, Expr.Num(2))]), Expr.MinusOne),
                    _ => throw new ArgumentOutOfRangeException(nameof(e)),
                };
                return Product.Create([outer, da]);
            }
            default:
                throw new ArgumentException($"cannot differentiate {e.GetType().Name}", nameof(e));
        }
    }

    /// <summary>D_c f = ∂f/∂c + Σ_J ∂f/∂u_J · u_{J+c} over the jet variables u_J in f.</summary>
    public static Expr Total(Expr e, string coordinate)
    {
        if (coordinate is not ("x" or "t"))
            throw new ArgumentException($"total derivatives are taken in x or t, not '{coordinate}'", nameof(coordinate));
        var terms = new List<Expr> { Partial(e, coordinate) };
        foreach (var name in e.Symbols())
        {
            if (!JetVariable.TryParse(name, out var v)) continue;
            var next = coordinate == "x" ? new JetVariable(v.X + 1, v.T) : new JetVariable(v.X, v.T + 1);
            var d = Partial(e, name);
            if (!d.IsZero) terms.Add(Product.Create([d, Expr.Jet(next)]));
        }
        return Sum.Create(terms);
    }
}
