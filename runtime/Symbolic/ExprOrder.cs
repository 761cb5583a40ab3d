namespace PdeSym.Symbolic;

/// <summary>
/// The canonical order of terms and factors: a total order, so sorted sums and products are unique.
/// Symbols come as x, t, u, then jet variables by order, then other names; sums list higher degrees first.
/// </summary>
internal static class ExprOrder
{
    public static readonly Comparer<Expr> Structural = Comparer<Expr>.Create(Compare);
    public static readonly Comparer<Expr> Terms = Comparer<Expr>.Create(CompareTerms);
    public static readonly Comparer<Expr> Factors = Comparer<Expr>.Create(CompareFactors);

    static int Rank(Expr e) => e switch
    {
        Number => 0,
        Symbol => 1,
        Power => 2,
        Product => 3,
        Sum => 4,
        _ => 5,
    };

    public static int Compare(Expr a, Expr b)
    {
        if (ReferenceEquals(a, b)) return 0;
        int c = Rank(a).CompareTo(Rank(b));
        if (c != 0) return c;
        switch (a, b)
        {
            case (Number p, Number q):
                c = q.IsExact.CompareTo(p.IsExact);
                return c != 0 ? c : p.IsExact ? p.Exact.CompareTo(q.Exact) : p.Value.CompareTo(q.Value);
            case (Symbol p, Symbol q):
                return CompareSymbols(p.Name, q.Name);
            case (FunctionCall p, FunctionCall q):
                c = p.Function.CompareTo(q.Function);
                return c != 0 ? c : Compare(p.Argument, q.Argument);
        }
        var ca = a.Children;
        var cb = b.Children;
        for (int i = 0; i < Math.Min(ca.Count, cb.Count); i++)
        {
            c = Compare(ca[i], cb[i]);
            if (c != 0) return c;
        }
        return ca.Count.CompareTo(cb.Count);
    }

    static int SymbolRank(string name) => name switch
    {
        "x" => 0,
        "t" => 1,
        _ when JetVariable.TryParse(name, out _) => 2,
        _ => 3,
    };

    public static int CompareSymbols(string a, string b)
    {
        int c = SymbolRank(a).CompareTo(SymbolRank(b));
        if (c != 0) return c;
        if (JetVariable.TryParse(a, out var va) && JetVariable.TryParse(b, out var vb))
        {
            c = va.Order.CompareTo(vb.Order);
            return c != 0 ? c : vb.X.CompareTo(va.X);
        }
        return string.CompareOrdinal(a, b);
    }

    // Factors sort by base, then exponent, so x and x^2 sit together; sums come first and functions last.
    static int CompareFactors(Expr a, Expr b)
    {
        var (ba, ea) = Power.Split(a);
        var (bb, eb) = Power.Split(b);
        int c = (ba is FunctionCall).CompareTo(bb is FunctionCall);
        if (c != 0) return c;
        c = (bb is Sum).CompareTo(ba is Sum);   // (x² + t)u, as written by hand
        if (c != 0) return c;
        c = Compare(ba, bb);
        return c != 0 ? c : Compare(ea, eb);
    }

    // Terms sort by polynomial degree, highest first, then structurally on their non-numeric part.
    static int CompareTerms(Expr a, Expr b)
    {
        int c = Degree(b).CompareTo(Degree(a));
        if (c != 0) return c;
        var (_, ra) = Product.SplitCoefficient(a);
        var (_, rb) = Product.SplitCoefficient(b);
        c = CompareMonomials(ra, rb);
        return c != 0 ? c : Compare(a, b);
    }

    static int CompareMonomials(Expr a, Expr b)
    {
        var fa = a is Product pa ? pa.Factors : [a];
        var fb = b is Product pb ? pb.Factors : [b];
        for (int i = 0; i < Math.Min(fa.Count, fb.Count); i++)
        {
            int c = CompareFactors(fa[i], fb[i]);
            if (c != 0) return c;
        }
        return fb.Count.CompareTo(fa.Count);
    }

    public static double Degree(Expr e) => e switch
    {
        Number => 0,
        Symbol => 1,
        Power { Exponent: Number n } p => Degree(p.Base) * n.Value,
        Product p => p.Factors.Sum(Degree),
        Sum s => s.Terms.Max(Degree),
        _ => 1,
    };
}
