using MathNet.Numerics.LinearAlgebra;
using BigInteger = System.Numerics.BigInteger;
using PdeSym.Symbolic;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Learning;

/// <summary>One generator of the learned algebra's reduced basis.</summary>
/// <param name="Generator">The generator, with exact rational coefficients where the data's check allowed snapping.</param>
/// <param name="Rel">Its sharp score on the data.</param>
/// <param name="Check">The symbolic core's verdict against the declared equation, without the data; null when a
/// coefficient stayed a float (or the core cannot treat the equation).</param>
/// <param name="Bracket">For a generator added by <see cref="LearnedAlgebra.Complete"/>, the bracket it is (<c>[W1, W2]</c>).</param>
public sealed record AlgebraElement(Generator Generator, double Rel, SymmetryCheckResult? Check, string? Bracket = null)
{
    /// <summary>Exact coefficients that the symbolic core confirms: a symmetry of the declared equation.</summary>
    public bool Verified => Check is { IsSymmetry: true };

    /// <summary>The coefficients on the library in normalised units, for reducing again; null when not on the library.</summary>
    internal double[]? Row { get; init; }

    /// <summary>Every coefficient on the library is exact (a term itself may hold a float, as 2π/L in a Fourier solution).</summary>
    internal bool ExactCoefficients { get; init; }
}

/// <summary>
/// The span of the learned symmetries as a canonical basis: the reduced row echelon form of the readouts' coefficients
/// on the library, pivots taken in the order ξ, τ, φ of the terms 1, x, t, u, … so that ∂x, ∂t, ∂u lead and each
/// element reads by its simplest term. Four KdV fields such as −1.98∂x + ∂t and (0.998t − 145)∂x − 27.5∂t + ∂u
/// become ∂x, ∂t, t∂x + ∂u.
/// </summary>
/// <remarks>
/// Readouts are noisy, so their coefficients have full rank however few symmetries they span. The span kept is that
/// of the combinations whose rel on the data is within the threshold (<see cref="SymmetricDirections"/>; a noise
/// direction is a near-cancellation of fields, and its rel is of order one). Each element is then cleaned while its rel
/// stays within <see cref="SymbolicReadout.RelSlack"/>: terms under <see cref="Negligible"/> of its largest dropped smallest first, coefficients snapped to the
/// simplest fraction p/q (q ≤ <see cref="MaxDenominator"/>) within <see cref="SnapTolerance"/>, and an all-rational
/// element scaled to whole numbers (√(t + 1)∂x + ½/√(t + 1)∂u prints as 2√(t + 1)∂x + 1/√(t + 1)∂u). An element whose
/// coefficients are all exact is then confirmed or refuted by the symbolic core, without the data.
/// </remarks>
public sealed class LearnedAlgebra
{
    /// <summary>Largest denominator a coefficient is snapped to.</summary>
    public const int MaxDenominator = 12;

    /// <summary>Relative distance within which a coefficient is tried at a simple fraction.</summary>
    public const double SnapTolerance = 0.03;

    /// <summary>Terms below this fraction of an element's largest (normalised) may be dropped; larger ones stay.</summary>
    public const double Negligible = 0.1;

    // A column is a pivot when its largest entry is at least this fraction of the largest left in the unused rows.
    const double PivotFraction = 0.02;

    readonly FunctionLibrary library;
    readonly double[] units;
    readonly double[] termScales;
    // Points at which a bracket is fitted on the library, and the library's terms there ([term][point]).
    readonly Dictionary<string, double>[] fitPoints;
    readonly Matrix<double> fitDesign;

    /// <param name="library">The readouts' library.</param>
    /// <param name="scales">The data's units, so that ξ, τ and φ weigh alike.</param>
    /// <param name="points">Physical (x, t, u) <c>[P, 3]</c> at which the library's terms are sized.</param>
    public LearnedAlgebra(FunctionLibrary library, CoordinateScales scales, Tensor points)
    {
        this.library = library;
        units = [scales.Length, scales.Duration, scales.ScaleU];
        using var scope = NewDisposeScope();
        termScales = library.Terms.Select(term => Math.Max(SymbolicReadout.Evaluate(term, points).square().mean().sqrt().item<double>(), 1e-300)).ToArray();
        // A random subset: points in data order share their time, and t, t² would look like constants.
        var pick = randperm(points.shape[0], generator: new TorchSharp.torch.Generator(17)).narrow(0, 0, Math.Min(FitPoints, points.shape[0]));
        var sample = points.index_select(0, pick).data<double>().ToArray();
        fitPoints = Enumerable.Range(0, sample.Length / 3)
            .Select(i => new Dictionary<string, double> { ["x"] = sample[3 * i], ["t"] = sample[3 * i + 1], ["u"] = sample[3 * i + 2] }).ToArray();
        fitDesign = Matrix<double>.Build.Dense(fitPoints.Length, library.Terms.Count, (i, j) => library.Terms[j].Evaluate(fitPoints[i]));
    }

    const int FitPoints = 400;

    int Terms => library.Terms.Count;

    /// <param name="fields">The fields called symmetries, read out.</param>
    /// <param name="sharp">The equation's sharp score on the data.</param>
    /// <param name="equation">Δ, for the exact check.</param>
    public IReadOnlyList<AlgebraElement> Reduce(IReadOnlyList<FieldReadout> fields, SharpScoreOnData sharp, Expr equation)
    {
        if (fields.Count == 0) return [];
        var directions = SymmetricDirections(fields, sharp);
        for (int rank = directions.Length; rank >= 1; rank--)
            if (Basis(directions.Take(rank).ToArray(), sharp, equation) is { } basis) return basis;
        return [];
    }

    /// <summary>The echelon basis of the rows' span, each element cleaned and checked; null when an element fails the
    /// data's check or the rows have fewer pivots than they are many.</summary>
    List<AlgebraElement>? Basis(double[][] rows, SharpScoreOnData sharp, Expr equation)
    {
        var elements = new List<AlgebraElement>();
        foreach (var row in Echelon(rows))
        {
            if (Clean(row, sharp.Relative) is not { } element) return null;
            elements.Add(element with { Check = element.ExactCoefficients ? Verify(equation, element.Generator) : null });
        }
        return elements.Count == rows.Length ? elements : null;
    }

    /// <summary>
    /// Adds the brackets that fall outside the span, until it is closed: the bracket of two symmetries is a symmetry,
    /// so a learner that found ∂t and t∂x + ∂u but not ∂x has found ∂x = [∂t, t∂x + ∂u] too (elements the equation
    /// refutes take no part). A bracket joins only if its rel on the data is within the threshold (brackets of inexact
    /// readouts carry their errors), and at most <paramref name="largest"/> generators are formed.
    /// </summary>
    public IReadOnlyList<AlgebraElement> Complete(IReadOnlyList<AlgebraElement> basis, SharpScoreOnData sharp, Expr equation, int largest = 8)
    {
        var elements = basis.ToList();
        while (elements.Count < largest)
        {
            var table = CommutatorTable.Compute(elements.Select(e => e.Generator).ToList());
            var outside = Enumerable.Range(0, elements.Count).SelectMany(i => Enumerable.Range(i + 1, elements.Count - i - 1).Select(j => (i, j)))
                .Where(p => table.Coefficients[p.i, p.j] is null && !Refuted(elements[p.i]) && !Refuted(elements[p.j])).ToList();
            if (outside.Count == 0) break;
            var (a, b) = outside[0];
            var bracket = LieBracket.Of(elements[a].Generator, elements[b].Generator);
            double rel = sharp.Relative(bracket);
            if (!(rel <= LearningAnalysis.SymmetryThreshold)) break;
            // On the library, the enlarged span is reduced again (∂t, t∂x + ∂u and their bracket read ∂x, ∂t, t∂x + ∂u);
            // off it, the bracket joins as it is.
            var reduced = LibraryRow(bracket) is { } row && elements.All(e => e.Row is not null)
                ? Basis([.. elements.Select(e => e.Row!), row], sharp, equation) : null;
            elements = reduced ?? [.. elements, new AlgebraElement(bracket, rel, bracket.Xi.IsExact && bracket.Tau.IsExact && bracket.Phi.IsExact ? Verify(equation, bracket) : null, $"[W{a + 1}, W{b + 1}]")];
        }
        return elements;
    }

    // The equation says no: its brackets are not symmetries by that argument.
    static bool Refuted(AlgebraElement e) => e.Check is { IsSymmetry: false };

    /// <summary>The generator's coefficients on the library (normalised), or null when the library cannot spell it.</summary>
    double[]? LibraryRow(Generator g)
    {
        var physical = new double[3][];
        var components = new[] { g.Xi, g.Tau, g.Phi };
        for (int c = 0; c < 3; c++)
        {
            var target = Vector<double>.Build.Dense(fitPoints.Length, i => components[c].Evaluate(fitPoints[i]));
            if (target.Any(v => !double.IsFinite(v))) return null;
            var k = fitDesign.QR().Solve(target);
            if ((fitDesign * k - target).L2Norm() > 1e-8 * Math.Max(target.L2Norm(), 1e-300) && target.L2Norm() > 0) return null;
            physical[c] = k.ToArray();
        }
        return Normalised(physical);
    }

    /// <summary>
    /// The combinations of the fields that are symmetries on the data, most exact first, as coefficient rows in
    /// normalised units: rel² of a combination a is the Rayleigh quotient aᵀG_C a / aᵀG_V a of the Gram matrices of
    /// the fields' criteria C and values V, so its generalised eigenvectors with rel ≤ the threshold span them, and
    /// every member of that span has rel ≤ the threshold too.
    /// </summary>
    /// <remarks>Keeping the largest singular directions of the coefficients instead decides by size: KdV fields holding
    /// the boost at 0.5 % and t∂x noise a fifth of that then gave ∂x and 0.00232t∂x + ∂t + 0.00206∂u, losing the boost.</remarks>
    double[][] SymmetricDirections(IReadOnlyList<FieldReadout> fields, SharpScoreOnData sharp)
    {
        using var scope = NewDisposeScope();
        var c = stack(fields.Select(f => sharp.Criterion(f.Generator)).ToArray(), 1);         // [P, m]
        var v = stack(fields.Select(f => sharp.Field(f.Generator).reshape(-1)).ToArray(), 1); // [3P, m]
        var gramC = matmul(c.T, c) / c.shape[0];
        var gramV = matmul(v.T, v) / c.shape[0];
        // Whiten G_V, leaving out combinations that vanish (fields that repeat one another).
        var (lambda, q) = linalg.eigh(gramV);
        var keep = nonzero(lambda > lambda.max() * 1e-12).flatten();
        var whiten = q.index_select(1, keep) / lambda.index_select(0, keep).sqrt();
        var (mu, r) = linalg.eigh(matmul(whiten.T, matmul(gramC, whiten)));                 // ascending
        var combinations = matmul(whiten, r);                                                  // [m, k]
        var rel = mu.clamp(min: 0).sqrt().data<double>().ToArray();
        var rows = fields.Select(f => Normalised(f.Coefficients)).ToArray();
        return Enumerable.Range(0, rel.Length).Where(i => rel[i] <= LearningAnalysis.SymmetryThreshold).Select(i =>
        {
            var a = combinations[.., i].data<double>().ToArray();
            var row = Enumerable.Range(0, 3 * Terms).Select(k => rows.Select((r, f) => a[f] * r[k]).Sum()).ToArray();
            double largest = row.Max(Math.Abs);
            return row.Select(x => x / largest).ToArray();
        }).ToArray();
    }

    // Column index c·J + j holds component c's coefficient on term j.
    double[] Normalised(double[][] physical) =>
        Enumerable.Range(0, 3 * Terms).Select(i => physical[i / Terms][i % Terms] * termScales[i % Terms] / units[i / Terms]).ToArray();

    double Physical(double normalised, int column) => normalised * units[column / Terms] / termScales[column % Terms];

    IEnumerable<int> PivotOrder() => Enumerable.Range(0, Terms).SelectMany(j => Enumerable.Range(0, 3).Select(c => c * Terms + j));

    List<(int Pivot, double[] Row)> Echelon(double[][] directions) => ReducedEchelon.Of(directions, PivotOrder(), PivotFraction);

    /// <summary>An echelon row as a generator whose pivot coefficient is 1, pruned and snapped within the check; null
    /// when even the row as it stands is not a symmetry on the data.</summary>
    AlgebraElement? Clean((int Pivot, double[] Row) echelon, Func<Generator, double> rel)
    {
        var (pivot, row) = echelon;
        // Coefficients as expressions: floats rounded as the readout prints them, exact where snapped.
        var coefficients = new Expr[3 * Terms];
        for (int i = 0; i < coefficients.Length; i++)
        {
            double v = Physical(row[i], i) / Physical(1, pivot);
            coefficients[i] = i == pivot ? Expr.One : Math.Abs(row[i]) < 1e-12 ? Expr.Zero : SymbolicReadout.Coefficient(SymbolicReadout.Round(v));
        }
        double start = rel(Compose(coefficients));
        if (!(start <= LearningAnalysis.SymmetryThreshold)) return null;
        double limit = Math.Min(start + SymbolicReadout.RelSlack, LearningAnalysis.SymmetryThreshold);

        bool Try(int i, Expr value)
        {
            var previous = coefficients[i];
            coefficients[i] = value;
            if (rel(Compose(coefficients)) <= limit) return true;
            coefficients[i] = previous;
            return false;
        }
        // Smallest (normalised) terms first: a small one is dropped if the check allows, else snapped if it allows that.
        // Only small ones: for a linear equation a large term can go too (x∂u + 1.72u∂u is a symmetry of heat, and so
        // is x∂u alone), but the element would no longer be what the fields span.
        double largest = row.Max(Math.Abs);
        var others = Enumerable.Range(0, coefficients.Length).Where(i => i != pivot && !coefficients[i].IsZero).OrderBy(i => Math.Abs(row[i])).ToList();
        foreach (int i in others.Where(i => !(Math.Abs(row[i]) < Negligible * largest && Try(i, Expr.Zero))))
            foreach (var fraction in Fractions(((Number)coefficients[i]).Value))
                if (Try(i, Expr.Num(fraction))) break;

        bool exact = coefficients.All(k => k.IsExact);
        if (exact) Scale(coefficients);
        var generator = Compose(coefficients);
        var values = coefficients.Select(k => k.IsZero ? 0 : ((Number)k).Value).ToArray();
        return new AlgebraElement(generator, rel(generator), null)
        {
            ExactCoefficients = exact,
            Row = Normalised(Enumerable.Range(0, 3).Select(c => values.Skip(c * Terms).Take(Terms).ToArray()).ToArray()),
        };
    }

    Generator Compose(Expr[] coefficients) =>
        library.Combine(Enumerable.Range(0, 3).Select(c => coefficients.Skip(c * Terms).Take(Terms).ToArray()).ToArray());

    /// <summary>Fractions p/q (q ≤ <see cref="MaxDenominator"/>) within <see cref="SnapTolerance"/> of v, simplest first.</summary>
    internal static IEnumerable<Rational> Fractions(double v) => Rational.Near(v, MaxDenominator, SnapTolerance * Math.Abs(v));

    // Whole numbers: multiply through by the denominators' least common multiple.
    static void Scale(Expr[] coefficients)
    {
        BigInteger lcm = 1;
        foreach (var k in coefficients.OfType<Number>().Where(n => !n.IsZero))
            lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, k.Exact.Denominator) * k.Exact.Denominator;
        if (lcm == 1) return;
        for (int i = 0; i < coefficients.Length; i++)
            if (!coefficients[i].IsZero) coefficients[i] = Expr.Num(((Number)coefficients[i]).Exact * new Rational(lcm, 1));
    }

    // Only for exact coefficients: a coefficient rounded to three digits is no claim of exactness, and the core would
    // refuse it for that alone.
    static SymmetryCheckResult? Verify(Expr equation, Generator generator)
    {
        try { return SymmetryCheck.Verify(equation, generator); }
        catch (SymmetryAnalysisException) { return null; }
    }
}
