namespace PdeSym.Symbolic;

/// <summary>
/// A product of at least two factors: flat, at most one numeric coefficient (first), powers of one base
/// merged (x·x² = x³), exponentials merged (e^a·e^b = e^(a+b)), sorted.
/// </summary>
public sealed class Product : Expr
{
    Product(IReadOnlyList<Expr> factors) => Factors = factors;

    public IReadOnlyList<Expr> Factors { get; }

    public override IReadOnlyList<Expr> Children => Factors;
    public override Expr With(IReadOnlyList<Expr> children) => Create(children);

    /// <summary>Splits 3·x·y into (3, x·y); a term without a numeric factor has coefficient 1.</summary>
    public static (Number Coefficient, Expr Monomial) SplitCoefficient(Expr term)
    {
        if (term is Number n) return (n, One);
        if (term is Product p && p.Factors[0] is Number c)
            return (c, p.Factors.Count == 2 ? p.Factors[1] : new Product(p.Factors.Skip(1).ToList()));
        return ((Number)One, term);
    }

    /// <summary>c·rest without re-canonicalising rest (rest must be canonical and free of a coefficient).</summary>
    internal static Expr WithCoefficient(Number c, Expr rest)
    {
        if (rest.IsOne) return c;
        if (c.IsOne) return rest;
        if (rest is Product p) return new Product([c, .. p.Factors]);
        return new Product([c, rest]);
    }

    public static Expr Create(IEnumerable<Expr> factors)
    {
        Number coefficient = (Number)One;
        var exponents = new Dictionary<Expr, List<Expr>>();
        var order = new List<Expr>();
        var exponentials = new List<Expr>();
        void Collect(Expr f)
        {
            switch (f)
            {
                case Product p:
                    foreach (var inner in p.Factors) Collect(inner);
                    return;
                case Number n:
                    coefficient = Number.Mul(coefficient, n);
                    return;
                case FunctionCall { Function: MathFunction.Exp } e:
                    exponentials.Add(e.Argument);
                    return;
            }
            var (b, e2) = Power.Split(f);
            if (!exponents.TryGetValue(b, out var list)) { exponents[b] = list = []; order.Add(b); }
            list.Add(e2);
        }
        foreach (var f in factors) Collect(f);
        if (coefficient.IsZero) return coefficient.IsExact ? Zero : coefficient;

        var result = new List<Expr>();
        bool recollect = false;
        foreach (var b in order)
        {
            var list = exponents[b];
            var p = list.Count == 1 ? Power.Create(b, list[0]) : Power.Create(b, Sum.Create(list));
            if (p.IsOne) continue;
            if (p is Number or Product || p is FunctionCall { Function: MathFunction.Exp }) recollect = true;
            result.Add(p);
        }
        if (exponentials.Count > 0)
        {
            var e = FunctionCall.Create(MathFunction.Exp, Sum.Create(exponentials));
            if (e is not FunctionCall { Function: MathFunction.Exp }) recollect = true;
            if (!e.IsOne) result.Add(e);
        }
        if (recollect) return Create([coefficient, .. result]);
        if (result.Count == 0) return coefficient;
        result.Sort(ExprOrder.Factors);
        if (result.Count == 1 && coefficient.IsOne) return result[0];
        if (!coefficient.IsOne) result.Insert(0, coefficient);
        return new Product(result);
    }

    public override bool Equals(Expr? other) =>
        other is Product p && p.GetHashCode() == GetHashCode() && p.Factors.SequenceEqual(Factors);
    protected override int ComputeHash()
    {
        var h = new HashCode();
        h.Add(2);
        foreach (var f in Factors) h.Add(f);
        return h.ToHashCode();
    }
}
