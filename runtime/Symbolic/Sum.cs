namespace PdeSym.Symbolic;

/// <summary>A sum of at least two terms: flat, like terms collected, at most one constant, sorted.</summary>
public sealed class Sum : Expr
{
    Sum(IReadOnlyList<Expr> terms) => Terms = terms;

    public IReadOnlyList<Expr> Terms { get; }

    public override IReadOnlyList<Expr> Children => Terms;
    public override Expr With(IReadOnlyList<Expr> children) => Create(children);

    /// <summary>The canonical sum: flattens, collects c₁·m + c₂·m into (c₁+c₂)·m, folds constants, sorts.</summary>
    public static Expr Create(IEnumerable<Expr> terms)
    {
        var coefficients = new Dictionary<Expr, Number>();
        var order = new List<Expr>();
        Number? constant = null;
        void Collect(Expr term)
        {
            switch (term)
            {
                case Sum s:
                    foreach (var inner in s.Terms) Collect(inner);
                    return;
                case Number n:
                    constant = constant == null ? n : Number.Add(constant, n);
                    return;
            }
            var (c, rest) = Product.SplitCoefficient(term);
            if (coefficients.TryGetValue(rest, out var existing)) coefficients[rest] = Number.Add(existing, c);
            else { coefficients[rest] = c; order.Add(rest); }
        }
        foreach (var term in terms) Collect(term);

        var result = new List<Expr>(order.Count + 1);
        foreach (var rest in order)
        {
            var c = coefficients[rest];
            if (c.IsZero) continue;
            result.Add(Product.WithCoefficient(c, rest));
        }
        if (constant != null && !constant.IsZero) result.Add(constant);
        if (result.Count == 0) return constant is { IsExact: false } ? constant : Zero;
        if (result.Count == 1) return result[0];
        result.Sort(ExprOrder.Terms);
        return new Sum(result);
    }

    public override bool Equals(Expr? other) =>
        other is Sum s && s.GetHashCode() == GetHashCode() && s.Terms.SequenceEqual(Terms);
    protected override int ComputeHash()
    {
        var h = new HashCode();
        h.Add(1);
        foreach (var t in Terms) h.Add(t);
        return h.ToHashCode();
    }
}
