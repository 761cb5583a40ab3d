using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace PdeSym.Symbolic;

/// <summary>
/// The structure constants of a list of generators V₁ … V_n: [V_i, V_j] = Σ_k c_ij^k V_k. Each bracket is formed
/// symbolically (<see cref="LieBracket"/>) and expressed in the list by least squares at random points, the
/// coefficients recognised as fractions (denominator ≤ 1000) when they match to 1e-9, and the combination confirmed
/// at the points to 1e-8 of the sizes involved. A bracket outside the span has no entry, and the list is then not
/// closed: not a Lie algebra (a truncated ansatz, or a learned span missing a generator).
/// </summary>
public sealed class CommutatorTable
{
    /// <summary>Random points x, t ∈ [0, 1], u ∈ [−1, 1] per unknown coefficient.</summary>
    const int PointsPerGenerator = 6;

    public IReadOnlyList<Generator> Basis { get; }

    /// <summary>c_ij (coefficients on the basis, exact where recognised), or null when [V_i, V_j] is outside the span.</summary>
    public Expr[]?[,] Coefficients { get; }

    public bool Closed { get; }

    CommutatorTable(IReadOnlyList<Generator> basis, Expr[]?[,] coefficients)
    {
        Basis = basis;
        Coefficients = coefficients;
        Closed = coefficients.Cast<Expr[]?>().All(c => c is not null);
    }

    public static CommutatorTable Compute(IReadOnlyList<Generator> basis, int seed = 20241021)
    {
        int n = basis.Count;
        var points = Points(n, seed);
        var values = basis.Select(g => Values(g, points)).ToList();
        var coefficients = new Expr[]?[n, n];
        for (int i = 0; i < n; i++)
        {
            coefficients[i, i] = Enumerable.Repeat(Expr.Zero, n).ToArray();
            for (int j = i + 1; j < n; j++)
            {
                var c = InSpan(Values(LieBracket.Of(basis[i], basis[j]), points), values);
                coefficients[i, j] = c;
                coefficients[j, i] = c?.Select(k => (-k).Simplify()).ToArray();
            }
        }
        return new CommutatorTable(basis, coefficients);
    }

    /// <summary>c[i, j, k] = c_ij^k when the table is closed and every constant exact; null otherwise.</summary>
    public Rational[,,]? ExactConstants()
    {
        int n = Basis.Count;
        if (!Closed || n == 0) return null;
        var constants = new Rational[n, n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++)
                {
                    if (Coefficients[i, j]![k] is not Number { IsExact: true } number) return null;
                    constants[i, j, k] = number.Exact;
                }
        return constants;
    }

    /// <summary>The entry as a combination of the basis names: <c>3V2</c>, <c>V1 − V2</c>, <c>3V4/2</c>, <c>0</c>;
    /// "outside" when the bracket is not in the span.</summary>
    public string Entry(int i, int j, Func<int, string>? name = null) =>
        Coefficients[i, j] is { } c ? Combination(c, name ?? (k => $"V{k + 1}")) : "outside";

    /// <summary>Numbers on named basis elements as text: <c>3V2</c>, <c>V1 − V2</c>, <c>3V4/2</c>, <c>0</c>.</summary>
    public static string Combination(IReadOnlyList<Expr> coefficients, Func<int, string> name) =>
        Join(coefficients, "−", (magnitude, k) => Term((Number)magnitude, name(k)));

    /// <summary>The entry in LaTeX: <c>3V_{2}</c>, <c>\tfrac{1}{2}V_{2}</c>, <c>V_{1} - V_{2}</c>; <c>\notin</c> when outside.</summary>
    /// <param name="i">Row: the bracket's first generator.</param>
    /// <param name="j">Column: its second.</param>
    /// <param name="symbol">The basis' letter (<c>W</c> for a learned algebra).</param>
    public string EntryLatex(int i, int j, string symbol = "V") => Coefficients[i, j] is not { } c ? @"\notin"
        : Join(c, "-", (e, k) => (e is not Number { IsExact: true } magnitude ? ((Number)e).Value.ToString("G3", CultureInfo.InvariantCulture)
            : magnitude.Exact.Denominator.IsOne ? (magnitude.Exact.Numerator.IsOne ? "" : magnitude.Exact.Numerator.ToString(CultureInfo.InvariantCulture))
            : $@"\tfrac{{{magnitude.Exact.Numerator}}}{{{magnitude.Exact.Denominator}}}") + $"{symbol}_{{{k + 1}}}");

    /// <summary>
    /// The nonzero coefficients on basis elements joined by signs, in <paramref name="order"/> (the basis order by default):
    /// a term writes a coefficient's magnitude on element k; a coefficient is negative when all its terms are. Shared with
    /// the adjoint table, whose coefficients are functions of ε.
    /// </summary>
    internal static string Join(IReadOnlyList<Expr> coefficients, string minus, Func<Expr, int, string> term, IEnumerable<int>? order = null)
    {
        var text = new System.Text.StringBuilder();
        foreach (int k in order ?? Enumerable.Range(0, coefficients.Count))
        {
            var c = coefficients[k];
            if (c.IsZero) continue;
            bool negative = (c is Sum s ? s.Terms : [c]).All(t => Product.SplitCoefficient(t).Coefficient.IsNegative);
            if (text.Length > 0) text.Append(negative ? $" {minus} " : " + ");
            else if (negative) text.Append(minus);
            text.Append(term(negative ? (-c).Simplify() : c, k));
        }
        return text.Length == 0 ? "0" : text.ToString();
    }

    /// <summary>The generators and the table as LaTeX: an <c>align*</c> of V_i = … and a <c>tabular</c> of [V_i, V_j].</summary>
    /// <param name="symbol">The basis' letter (<c>W</c> for a learned algebra).</param>
    /// <param name="remarks">Per generator, text set after it (<c>\quad</c>…), or null for none.</param>
    public string ToLatex(string symbol = "V", IReadOnlyList<string?>? remarks = null)
    {
        int n = Basis.Count;
        var tex = new System.Text.StringBuilder();
        tex.AppendLine(@"\begin{align*}");
        for (int i = 0; i < n; i++)
            tex.AppendLine(CultureInfo.InvariantCulture, $@"  {symbol}_{{{i + 1}}} &= {Basis[i].ToLatex()}{(remarks?[i] is { } remark ? $@" \quad \text{{{remark}}}" : "")}{(i < n - 1 ? @" \\" : "")}");
        tex.AppendLine(@"\end{align*}");
        tex.AppendLine(CultureInfo.InvariantCulture, $@"\begin{{tabular}}{{c|{new string('c', n)}}}");
        tex.AppendLine($"  $[{symbol}_i, {symbol}_j]$ & " + string.Join(" & ", Enumerable.Range(1, n).Select(k => $"${symbol}_{{{k}}}$")) + @" \\ \hline");
        for (int i = 0; i < n; i++)
            tex.AppendLine($@"  ${symbol}_{{{i + 1}}}$ & " + string.Join(" & ", Enumerable.Range(0, n).Select(j => $"${EntryLatex(i, j, symbol)}$")) + @" \\");
        tex.AppendLine(@"\end{tabular}");
        return tex.ToString();
    }

    // 3V2, V2/2, 3V4/2; floats as 0.0213V1.
    internal static string Term(Number magnitude, string name)
    {
        if (!magnitude.IsExact) return magnitude.Value.ToString("G3", CultureInfo.InvariantCulture) + name;
        var (p, q) = (magnitude.Exact.Numerator, magnitude.Exact.Denominator);
        return (p.IsOne ? "" : p.ToString(CultureInfo.InvariantCulture)) + name + (q.IsOne ? "" : "/" + q.ToString(CultureInfo.InvariantCulture));
    }

    static List<Dictionary<string, double>> Points(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, PointsPerGenerator * n + 8).Select(_ => new Dictionary<string, double>
        {
            ["x"] = random.NextDouble(), ["t"] = random.NextDouble(), ["u"] = 2 * random.NextDouble() - 1,
        }).ToList();
    }

    // ξ, τ, φ at every point, one after the other.
    static double[] Values(Generator g, List<Dictionary<string, double>> points) =>
        points.SelectMany(p => new[] { g.Xi.Evaluate(p), g.Tau.Evaluate(p), g.Phi.Evaluate(p) }).ToArray();

    static Expr[]? InSpan(double[] bracket, List<double[]> basis)
    {
        int n = basis.Count;
        var rows = Enumerable.Range(0, bracket.Length).Where(r => double.IsFinite(bracket[r]) && basis.All(b => double.IsFinite(b[r]))).ToArray();
        var a = Matrix<double>.Build.Dense(rows.Length, n, (r, k) => basis[k][rows[r]]);
        var b = Vector<double>.Build.Dense(rows.Length, r => bracket[rows[r]]);
        double size = a.ColumnNorms(2).Maximum();
        if (b.L2Norm() <= 1e-12 * size) return Enumerable.Repeat(Expr.Zero, n).ToArray();
        var c = a.Svd().Solve(b);
        double tolerance = 1e-8 * (b.L2Norm() + size * c.L1Norm());
        // Fractions with denominators up to 1000, to 1e-9.
        var exact = c.Select(v => Rational.Near(v, 1000, 1e-9 * Math.Max(1, Math.Abs(v))).Cast<Rational?>().FirstOrDefault()).ToArray();
        if (exact.All(x => x is not null) && (a * Vector<double>.Build.Dense(exact.Select(x => x!.Value.ToDouble()).ToArray()) - b).L2Norm() <= tolerance)
            return exact.Select(x => Expr.Num(x!.Value)).ToArray();
        if ((a * c - b).L2Norm() > tolerance) return null;
        return c.Select(v => Math.Abs(v) <= 1e-12 * c.AbsoluteMaximum() ? Expr.Zero : Expr.Float(v)).ToArray();
    }
}
