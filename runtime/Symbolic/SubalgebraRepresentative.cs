using System.Globalization;

namespace PdeSym.Symbolic;

/// <summary>
/// One representative of an optimal system: ⟨Σ_k c_k V_k⟩, its coefficients numbers or, for a family, expressions in
/// parameters a, b, … whose ranges say which values are distinct classes (⟨V4 + aV3⟩, a ≥ −1/2).
/// </summary>
/// <param name="Coefficients">c_k on the table's basis V1 … Vn.</param>
/// <param name="Conditions">Each parameter's range, e.g. "a ≥ −1/2", "a ∈ ℝ".</param>
/// <param name="Levi">The class of its Levi-factor part: "0" (in the radical), "hyperbolic", "parabolic" or "elliptic".</param>
public sealed record SubalgebraRepresentative(IReadOnlyList<Expr> Coefficients, IReadOnlyList<string> Conditions, string Levi)
{
    /// <summary>Each parameter's name and range, as Conditions writes them.</summary>
    internal IReadOnlyList<(string Name, ParameterRange Range)> Ranges { get; init; } = [];

    /// <summary>The vector field Σ c_k V_k — a family's at the given parameter values —, or null for a family given none.</summary>
    public Generator? Field(IReadOnlyList<Generator> basis, IReadOnlyDictionary<string, Rational>? values = null) =>
        Parameters.Count > 0 && values is null ? null : Generator.Combine(basis, At(values ?? new Dictionary<string, Rational>()).Select(Expr.Num).ToList());

    /// <summary>One member of a family in the plain syntax, at the given values or else each parameter at a value its
    /// range allows (0 where it can, else its bound, or the next integer past it): the heat equation's V3 + aV5,
    /// a ≥ −1/2, gives V3.</summary>
    public string Member(IReadOnlyDictionary<string, Rational>? values = null) =>
        (this with { Coefficients = At(values ?? Ranges.ToDictionary(r => r.Name, r => r.Range.Sample())).Select(Expr.Num).ToList(), Ranges = [] }).ToPlain();

    /// <summary>"⟨V3 + aV5⟩, a ≥ −1/2": the line and its parameters' ranges.</summary>
    public string Describe() => $"⟨{ToUnicode()}⟩" + (Conditions.Count == 0 ? "" : ", " + string.Join(", ", Conditions));

    public IReadOnlyList<string> Parameters => Coefficients.SelectMany(c => c.Symbols()).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>V4 + aV3, V2 − V3, V2 + V6 + aV3: the basis named by <paramref name="name"/> (default V1, V2, …).</summary>
    public string ToUnicode(Func<int, string>? name = null) => Text(e => e.ToUnicode(), "−", name ?? (k => $"V{k + 1}"));

    /// <summary>The same in the plain syntax <c>pdesym reduce</c> reads: <c>V4 + a*V3</c>.</summary>
    public string ToPlain() => Text(e => e.ToPlain(), "-", k => $"V{k + 1}", "*");

    /// <summary>V_{4} + a V_{3}.</summary>
    public string ToLatex() => Text(e => e.ToLatex(), "-", k => $"V_{{{k + 1}}}", " ");

    /// <summary>
    /// The parameter values at which a multiple of this representative is the element with the given coefficients
    /// (floating point, relative tolerance 1e-7), each in its range; null when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, double>? Match(IReadOnlyList<double> coefficients)
    {
        // c_k = r_k(a) with r_k affine in the parameters: r_k(a) − s·c_k = 0 is linear in (s, a), solved by least
        // squares, then required to hold (s ≠ 0) and the values to lie in range.
        var names = Parameters;
        int m = names.Count + 1, n = Coefficients.Count;
        var zero = names.ToDictionary(p => p, _ => 0.0);
        double At(int k, Dictionary<string, double> values) => Coefficients[k].Evaluate(values);
        var rows = new double[n][];
        var rhs = new double[n];
        for (int k = 0; k < n; k++)
        {
            double c0 = At(k, zero);
            rows[k] = [-coefficients[k], .. names.Select(p => At(k, new Dictionary<string, double>(zero) { [p] = 1 }) - c0)];
            rhs[k] = -c0;
        }
        var normal = new double[m, m + 1];
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b < m; b++) normal[a, b] = Enumerable.Range(0, n).Sum(k => rows[k][a] * rows[k][b]);
            normal[a, m] = Enumerable.Range(0, n).Sum(k => rows[k][a] * rhs[k]);
        }
        var (z, rank) = FloatingGaussJordan.Solve(normal, m, m);
        if (rank < m) return null;     // not determined: no single match
        double size = Math.Max(1, Enumerable.Range(0, n).Max(k => Math.Abs(rhs[k]) + Math.Abs(z[0] * coefficients[k])));
        if (Math.Abs(z[0]) < 1e-12 || Enumerable.Range(0, n).Any(k => Math.Abs(rows[k].Zip(z).Sum(p => p.First * p.Second) - rhs[k]) > 1e-7 * size)) return null;
        var values = names.Select((p, i) => (p, z[i + 1])).ToDictionary(q => q.p, q => q.Item2);
        foreach (var (name, range) in Ranges)
            if (!range.Allows(values[name], 1e-7)) return null;
        return values;
    }

    /// <summary>The element at given parameter values (each parameter's name → value).</summary>
    public Rational[] At(IReadOnlyDictionary<string, Rational> values) => Coefficients.Select(c =>
    {
        var e = values.Aggregate(c, (acc, kv) => acc.Substitute(kv.Key, Expr.Num(kv.Value))).Simplify();
        return e is Number { IsExact: true } n ? n.Exact : throw new ArgumentException($"no value for a parameter of {ToPlain()}");
    }).ToArray();

    string Text(Func<Expr, string> print, string minus, Func<int, string> name, string times = "") =>
        CommutatorTable.Join(Coefficients, minus, (magnitude, k) => magnitude switch
        {
            _ when magnitude.IsOne => name(k),
            Number { IsExact: true } n => CommutatorTable.Term(n, name(k)),
            Symbol or Product => print(magnitude) + times + name(k),
            _ => $"({print(magnitude)}){times}{name(k)}",
        });

    /// <summary>A parameter's value as the conditions write it: −1/2, 3.</summary>
    internal static string Value(Rational r) => (r.IsInteger ? r.Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{r.Numerator.ToString(CultureInfo.InvariantCulture)}/{r.Denominator.ToString(CultureInfo.InvariantCulture)}").Replace("-", "−");

    internal static string Range(string parameter, ParameterRange range)
    {
        string bound = Value(range.Bound);
        return range.Kind switch
        {
            RangeKind.Real => $"{parameter} ∈ ℝ",
            RangeKind.NotEqual => $"{parameter} ≠ {bound}",
            RangeKind.Greater => $"{parameter} > {bound}",
            RangeKind.AtLeast => $"{parameter} ≥ {bound}",
            RangeKind.Less => $"{parameter} < {bound}",
            _ => $"{parameter} ≤ {bound}",
        };
    }
}

internal enum RangeKind { Real, NotEqual, Greater, AtLeast, Less, AtMost }

internal readonly record struct ParameterRange(RangeKind Kind, Rational Bound)
{
    /// <summary>Allows with room for rounding: a floating-point value within <paramref name="tolerance"/> of an allowed one.</summary>
    public bool Allows(double v, double tolerance)
    {
        double bound = Bound.ToDouble(), room = tolerance * Math.Max(1, Math.Abs(bound));
        return Kind switch
        {
            RangeKind.Real => true,
            RangeKind.NotEqual => Math.Abs(v - bound) > room,
            RangeKind.Greater or RangeKind.AtLeast => v > bound - room,
            _ => v < bound + room,
        };
    }

    public bool Allows(Rational v) => Kind switch
    {
        RangeKind.Real => true,
        RangeKind.NotEqual => v != Bound,
        RangeKind.Greater => v > Bound,
        RangeKind.AtLeast => !(v < Bound),
        RangeKind.Less => v < Bound,
        _ => !(v > Bound),
    };

    /// <summary>0 where allowed, else the bound where included, else the integer just past it.</summary>
    public Rational Sample() =>
        Allows(Rational.Zero) ? Rational.Zero
        : Kind is RangeKind.AtLeast or RangeKind.AtMost ? Bound
        : Kind == RangeKind.Greater ? Floor(Bound) + 1
        : Kind == RangeKind.Less ? -Floor(-Bound) - 1
        : Bound + 1;

    static Rational Floor(Rational r) => System.Numerics.BigInteger.Divide(r.Numerator - (r.Sign < 0 ? r.Denominator - 1 : 0), r.Denominator);

    /// <summary>The range of c₀ + c₁·a when a has this one.</summary>
    public ParameterRange Shifted(Rational c0, Rational c1)
    {
        var bound = c0 + c1 * Bound;
        bool flip = c1.Sign < 0;
        return Kind switch
        {
            RangeKind.Real => this,
            RangeKind.NotEqual => new(RangeKind.NotEqual, bound),
            RangeKind.Greater => new(flip ? RangeKind.Less : RangeKind.Greater, bound),
            RangeKind.AtLeast => new(flip ? RangeKind.AtMost : RangeKind.AtLeast, bound),
            RangeKind.Less => new(flip ? RangeKind.Greater : RangeKind.Less, bound),
            _ => new(flip ? RangeKind.AtLeast : RangeKind.AtMost, bound),
        };
    }
}
