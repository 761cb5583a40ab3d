namespace PdeSym.Symbolic;

/// <summary>
/// c₀ + Σ c_p·a_p over ℚ in numbered parameters a_p: a coefficient of a Lie algebra element while its one-dimensional
/// subalgebra is being classified. A constant matrix maps forms to forms, so the adjoint action's powers (ad V)ᵐv of an
/// element with such coefficients are forms too, and "is this coordinate zero for every value" is exact.
/// </summary>
internal sealed class AffineForm : IEquatable<AffineForm>
{
    public static readonly AffineForm Zero = new(Rational.Zero, new SortedDictionary<int, Rational>());

    public Rational Constant { get; }

    /// <summary>Parameter → its nonzero coefficient.</summary>
    public IReadOnlyDictionary<int, Rational> Terms => terms;

    readonly SortedDictionary<int, Rational> terms;

    AffineForm(Rational constant, SortedDictionary<int, Rational> terms)
    {
        Constant = constant;
        this.terms = terms;
    }

    public static AffineForm Of(Rational constant) => new(constant, []);

    public static AffineForm Parameter(int p) => new(Rational.Zero, new SortedDictionary<int, Rational> { [p] = Rational.One });

    public bool IsZero => Constant.IsZero && terms.Count == 0;

    public bool IsConstant => terms.Count == 0;

    public static AffineForm operator +(AffineForm a, AffineForm b)
    {
        var sum = new SortedDictionary<int, Rational>(a.terms);
        foreach (var (p, c) in b.terms)
        {
            var s = sum.GetValueOrDefault(p, Rational.Zero) + c;
            if (s.IsZero) sum.Remove(p); else sum[p] = s;
        }
        return new AffineForm(a.Constant + b.Constant, sum);
    }

    public static AffineForm operator *(Rational k, AffineForm a) => k.IsZero
        ? Zero
        : new AffineForm(k * a.Constant, new SortedDictionary<int, Rational>(a.terms.ToDictionary(kv => kv.Key, kv => k * kv.Value)));

    /// <summary>The form with a_p replaced by <paramref name="value"/>.</summary>
    public AffineForm Substitute(int p, AffineForm value) =>
        terms.TryGetValue(p, out var c) ? new AffineForm(Constant, new SortedDictionary<int, Rational>(terms.Where(kv => kv.Key != p).ToDictionary())) + c * value : this;

    /// <summary>A nonzero multiple of <paramref name="other"/>.</summary>
    public bool ProportionalTo(AffineForm other)
    {
        if (IsZero || other.IsZero || terms.Count != other.terms.Count) return false;
        if (IsConstant) return true;
        var (p, c) = terms.First();
        return other.terms.TryGetValue(p, out var d) && Equals(c / d * other);
    }

    /// <summary>Σ_j m[k, j]·v_j for each k.</summary>
    public static AffineForm[] Apply(Rational[,] m, IReadOnlyList<AffineForm> v)
    {
        int n = v.Count;
        var result = new AffineForm[n];
        for (int k = 0; k < n; k++)
        {
            var sum = Zero;
            for (int j = 0; j < n; j++)
                if (!m[k, j].IsZero && !v[j].IsZero) sum += m[k, j] * v[j];
            result[k] = sum;
        }
        return result;
    }

    /// <summary>As an expression in the parameters' names.</summary>
    public Expr ToExpr(Func<int, string> name) =>
        Expr.Add([Expr.Num(Constant), .. terms.Select(kv => Expr.Num(kv.Value) * Expr.Sym(name(kv.Key)))]).Simplify();

    public bool Equals(AffineForm? other) =>
        other is not null && Constant == other.Constant && terms.Count == other.terms.Count &&
        terms.All(kv => other.terms.TryGetValue(kv.Key, out var c) && c == kv.Value);

    public override bool Equals(object? obj) => Equals(obj as AffineForm);

    public override int GetHashCode() => terms.Aggregate(Constant.GetHashCode(), (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));
}
