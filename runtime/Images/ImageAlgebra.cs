using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using PdeSym.Learning;
using PdeSym.Symbolic;

namespace PdeSym.Images;

/// <summary>One generator of the learned image algebra: a combination of the named motions, and how it scores.</summary>
/// <param name="Name">The motion's name, or the combination: <c>rotation</c>, <c>translation-x + 0.5 translation-y</c>.</param>
/// <param name="Coefficients">On <see cref="PlaneMotion.Affine"/>, in its order; the pivot motion has 1.</param>
/// <param name="RelativeValidity">Its validity over the baseline, scored like the learned fields.</param>
/// <param name="InSpan">The fraction of it inside the fields' span (plane inner product; 1 = inside).</param>
public sealed record ImageAlgebraElement(string Name, double[] Coefficients, double RelativeValidity, double InSpan);

/// <summary>
/// The span of the image fields called symmetries, read in named motions: first each named motion that lies in it
/// (at least <see cref="Named"/> of it, in the order translation-x, translation-y, rotation, isotropic scaling,
/// anisotropic scaling, shear), as its projection on the span; what the span holds beyond them in reduced row
/// echelon form. Each element is stripped of motions under <see cref="Negligible"/> of its largest and its
/// coefficients rounded to simple fractions, then scored as a field of its own, and motions under
/// <see cref="Mixed"/> of its largest are dropped when it then scores as a symmetry; with the commutator table of the
/// result (the affine brackets, e.g. [translation-x, rotation] = translation-y).
/// </summary>
/// <remarks>
/// A classifier's verdict is no exact check, so this is a reading aid, kept honest by the score: the rank is the
/// largest whose elements all score as symmetries (at most the study's threshold × baseline), the top singular
/// directions of the fields' affine parts (in the plane's inner product) taken first.
/// </remarks>
public sealed record ImageAlgebra(IReadOnlyList<ImageAlgebraElement> Basis, IReadOnlyList<IReadOnlyList<string>> Commutators, bool Closed)
{
    /// <summary>What kind of Lie algebra it is (<see cref="LieAlgebraStructure"/>); null when not closed.</summary>
    public string? Structure { get; init; }

    /// <summary>Motions below this fraction of an element's largest (plane-normalised) are dropped.</summary>
    public const double Negligible = 0.2;

    /// <summary>Motions under this fraction of an element's largest are dropped when it then scores as a symmetry.</summary>
    public const double Mixed = 0.5;

    /// <summary>A named motion with at least this fraction inside the span reads as itself (a learned span tilted by
    /// training noise holds the oriented data's scaling at 0.91: its echelon form carried 0.3–0.75 of shear).</summary>
    public const double Named = 0.9;

    /// <summary>Relative distance within which a coefficient is rounded to p/q, q ≤ 4.</summary>
    const double SnapTolerance = 0.1;

    public static ImageAlgebra Empty { get; } = new([], [], true);

    /// <param name="fields">The named components of each field called a symmetry (<see cref="FieldReadout.Components"/>).</param>
    /// <param name="motionSizes">Each named motion's squared size in the plane's inner product, in Affine order.</param>
    /// <param name="relativeValidity">Scores combinations of the named motions (coefficients in Affine order), over the baseline.</param>
    /// <param name="threshold">The study's verdict threshold on relative validity.</param>
    public static ImageAlgebra Reduce(IReadOnlyList<IReadOnlyList<NamedComponent>> fields, double[] motionSizes,
        Func<IReadOnlyList<double[]>, double[]> relativeValidity, double threshold)
    {
        if (fields.Count == 0) return Empty;
        int m = PlaneMotion.Affine.Count;
        var scale = motionSizes.Select(Math.Sqrt).ToArray();
        var rows = fields.Select(f =>
        {
            var row = Vector<double>.Build.Dense(m, k => f.Single(c => c.Motion == PlaneMotion.Affine[k].Name).Coefficient * scale[k]);
            return row / Math.Max(row.L2Norm(), 1e-300);
        }).ToList();
        var svd = Matrix<double>.Build.DenseOfRowVectors(rows).Svd();
        var s = svd.S.ToArray();
        int largest = s.Count(v => v > s[0] * 1e-6);
        for (int rank = largest; rank >= 1; rank--)
        {
            var span = Enumerable.Range(0, rank).Select(i => svd.VT.Row(i)).ToList();   // orthonormal
            var reduced = NamedFirst(span);
            if (reduced.Count < rank) continue;
            var elements = reduced.Select(row => Clean(row, scale)).ToList();
            var scores = relativeValidity(elements);
            Prune(elements, scores, scale, relativeValidity, threshold);
            if (scores.All(v => v <= threshold))
            {
                var basis = elements.Select((c, k) => new ImageAlgebraElement(NameOf(c), c, scores[k], InSpan(c, scale, span))).ToList();
                var table = CommutatorTable.Compute(basis.Select(e => AsGenerator(e.Coefficients)).ToList());
                var entries = Enumerable.Range(0, basis.Count).Select(i => (IReadOnlyList<string>)Enumerable.Range(0, basis.Count)
                    .Select(j => table.Entry(i, j, k => $"W{k + 1}")).ToList()).ToList();
                return new ImageAlgebra(basis, entries, table.Closed) { Structure = LieAlgebraStructure.Of(table)?.Describe(k => $"W{k + 1}") };
            }
        }
        return Empty;
    }

    /// <summary>
    /// Motions still mixed into an element at under <see cref="Mixed"/> of its largest go, smallest first, when the
    /// element then scores as a symmetry: a learned span tilted by training noise held translation-x as
    /// translation-x − 0.5 anisotropic scaling (0.10 × baseline), which is translation-x (0.03) read through that
    /// noise. One batched score per round, all elements at once.
    /// </summary>
    static void Prune(List<double[]> elements, double[] scores, double[] scale, Func<IReadOnlyList<double[]>, double[]> relativeValidity, double threshold)
    {
        var tried = elements.Select(_ => new HashSet<int>()).ToList();
        while (true)
        {
            var trials = new List<(int Element, int Motion, double[] Coefficients)>();
            for (int e = 0; e < elements.Count; e++)
            {
                var c = elements[e];
                int pivot = Array.FindIndex(c, v => v != 0);
                double largest = c.Select((v, k) => Math.Abs(v) * scale[k]).Max();
                var candidates = Enumerable.Range(0, c.Length)
                    .Where(k => k != pivot && c[k] != 0 && !tried[e].Contains(k) && Math.Abs(c[k]) * scale[k] < Mixed * largest)
                    .OrderBy(k => Math.Abs(c[k]) * scale[k]).ToList();
                if (candidates.Count == 0) continue;
                var trial = (double[])c.Clone();
                trial[candidates[0]] = 0;
                trials.Add((e, candidates[0], trial));
            }
            if (trials.Count == 0) return;
            var trialScores = relativeValidity(trials.Select(t => t.Coefficients).ToList());
            for (int i = 0; i < trials.Count; i++)
            {
                var (e, motion, coefficients) = trials[i];
                tried[e].Add(motion);
                if (trialScores[i] > threshold) continue;
                elements[e] = coefficients;
                scores[e] = trialScores[i];
            }
        }
    }

    // The projections of the named motions that lie in the span (independent of those taken), then an echelon basis
    // of what is left of the span; plane-normalised rows.
    static List<double[]> NamedFirst(List<Vector<double>> span)
    {
        int m = PlaneMotion.Affine.Count;
        Vector<double> Project(Vector<double> v, IEnumerable<Vector<double>> onto) => onto.Aggregate(Vector<double>.Build.Dense(m), (p, q) => p + q.DotProduct(v) * q);
        var taken = new List<Vector<double>>();   // orthonormal basis of the projections taken
        var rows = new List<double[]>();
        for (int k = 0; k < m && rows.Count < span.Count; k++)
        {
            var unit = Vector<double>.Build.Dense(m, i => i == k ? 1 : 0);
            var projection = Project(unit, span);
            if (projection.L2Norm() < Named) continue;
            var fresh = projection - Project(projection, taken);
            if (fresh.L2Norm() < 0.5 * projection.L2Norm()) continue;
            taken.Add(fresh / fresh.L2Norm());
            rows.Add(projection.ToArray());
        }
        // The rest of the span: its part orthogonal to what was taken, in echelon form.
        var rest = span.Select(q => q - Project(q, taken)).Where(q => q.L2Norm() > 1e-6).ToList();
        if (rest.Count > 0 && rows.Count < span.Count)
        {
            var restSvd = Matrix<double>.Build.DenseOfRowVectors(rest).Svd();
            var directions = Enumerable.Range(0, span.Count - rows.Count).Select(i => restSvd.VT.Row(i).ToArray()).ToArray();
            rows.AddRange(Echelon(directions));
        }
        return rows;
    }

    static double InSpan(double[] coefficients, double[] scale, List<Vector<double>> span)
    {
        var v = Vector<double>.Build.Dense(coefficients.Length, k => coefficients[k] * scale[k]);
        double inside = Math.Sqrt(span.Sum(q => Math.Pow(q.DotProduct(v), 2)));
        return Math.Min(1, inside / Math.Max(v.L2Norm(), 1e-300));
    }

    /// <summary>Reduced row echelon form with pivots in Affine order. A column is a pivot when its largest free entry is
    /// at least <see cref="Negligible"/> of the largest left: a motion present only as noise must not lead an element
    /// (divided by a small rotation entry, the oriented data's fields read translation-x − 3 isotropic scaling + 1.5 shear).</summary>
    static List<double[]> Echelon(double[][] directions) =>
        ReducedEchelon.Of(directions, Enumerable.Range(0, PlaneMotion.Affine.Count), Negligible).Select(p => p.Row).ToList();

    // Plane-normalised echelon row → named-motion coefficients, pivot 1, small motions dropped, simple fractions kept.
    static double[] Clean(double[] row, double[] scale)
    {
        double largest = row.Max(Math.Abs);
        var kept = row.Select(v => Math.Abs(v) < Negligible * largest ? 0 : v).ToArray();
        var coefficients = kept.Select((v, k) => v / scale[k]).ToArray();
        int pivot = Array.FindIndex(coefficients, v => v != 0);
        double p = coefficients[pivot];
        return coefficients.Select(v => Snap(v / p)).ToArray();
    }

    static double Snap(double v) =>
        v == 0 ? 0 : Rational.Near(v, 4, SnapTolerance * Math.Abs(v)).Select(r => r.ToDouble()).DefaultIfEmpty(Math.Round(v, 2)).First();

    static string NameOf(double[] coefficients)
    {
        var terms = coefficients.Select((c, k) => (c, PlaneMotion.Affine[k].Name)).Where(t => t.c != 0).ToList();
        var text = new System.Text.StringBuilder();
        foreach (var (c, name) in terms)
        {
            if (text.Length > 0) text.Append(c < 0 ? " − " : " + ");
            else if (c < 0) text.Append('−');
            double magnitude = Math.Abs(c);
            text.Append(magnitude == 1 ? "" : magnitude.ToString("0.##", CultureInfo.InvariantCulture) + " ").Append(name);
        }
        return text.ToString();
    }

    /// <summary>The element as a vector field for the symbolic core's bracket, the plane's (x, y) standing in its (x, t).</summary>
    static Generator AsGenerator(double[] coefficients)
    {
        var motion = PlaneMotion.Combination(coefficients);
        static Expr Component(double[] v) => Expr.Add(Exact(v[0]), Exact(v[1]) * Expr.X, Exact(v[2]) * Expr.T).Simplify();
        return new Generator(Component(motion.Vx), Component(motion.Vy), Expr.Zero);
    }

    // Coefficients are fractions p/q (q ≤ 4) after snapping, or two decimals, and sums of them: exact rationals with
    // denominators dividing 300.
    static Expr Exact(double v) => Expr.Num(Rational.Near(v, 300, 1e-9)
        .DefaultIfEmpty(new Rational(new System.Numerics.BigInteger(Math.Round(v * 100)), 100)).First());
}
