namespace PdeSym.Symbolic;

/// <summary>Expands products of sums and positive integer powers of sums into sums of products.</summary>
internal static class Expansion
{
    public static Expr Expand(Expr e)
    {
        switch (e)
        {
            case Number or Symbol:
                return e;
            case Sum s:
                return Sum.Create(s.Terms.Select(Expand));
            case Product p:
            {
                Expr result = Expr.One;
                foreach (var f in p.Factors) result = MultiplyOut(result, Expand(f));
                return result;
            }
            case Power { Exponent: Number { IsExact: true } n } pw when n.Exact.IsInteger && n.Exact.Sign > 0 && n.Exact.Numerator <= 64:
            {
                var b = Expand(pw.Base);
                if (b is not Sum) return Power.Create(b, pw.Exponent);
                Expr result = Expr.One;
                for (int i = 0; i < (int)n.Exact.Numerator; i++) result = MultiplyOut(result, b);
                return result;
            }
            default:
                return e.With(e.Children.Select(Expand).ToList());
        }
    }

    // Distributes term by term: (a + b)(c + d) = ac + ad + bc + bd, with every product of two terms free of sums
    // (a product of equal sums would otherwise fold back into a square).
    static Expr MultiplyOut(Expr a, Expr b)
    {
        var ta = a is Sum sa ? sa.Terms : [a];
        var tb = b is Sum sb ? sb.Terms : [b];
        return Sum.Create(ta.SelectMany(p => tb.Select(q => Product.Create([p, q]))).ToList());
    }
}
