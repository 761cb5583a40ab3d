using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using PdeSym.Symbolic;

namespace PdeSym.Images;

/// <summary>One generator of the learned image algebra: a combination of the named motions, and how it scores.</summary>
/// <param name="Name">The motion's name, or the combination: <c>rotation</c>, <c>translation-x + 0.5 translation-y</c>.</param>
/// <param name="Coefficients">On <see cref="PlaneMotion.Affine"/>, in its order; the pivot motion has 1.</param>
/// <param name="RelativeValidity">Its validity over the baseline, scored like the learned fields.</param>
public sealed record ImageAlgebraElement(string Name, double[] Coefficients, double RelativeValidity);

/// <summary>
/// The span of the image fields called symmetries, read in named motions: the reduced row echelon form of their
/// affine parts (pivots in the order translation-x, translation-y, rotation, isotropic scaling, anisotropic scaling,
/// shear), each element stripped of motions under <see cref="Negligible"/> of its largest and its coefficients
/// rounded to simple fractions, then scored as a field of its own; with the commutator table of the result (the
/// affine brackets, e.g. [translation-x, rotation] = translation-y).
/// </summary>
/// <remarks>
/// A classifier's verdict is no exact check, so this is a reading aid, kept honest by the score: the rank is the
/// largest whose elements all score as symmetries (at most the study's threshold × baseline), the top singular
/// directions of the fields' affine parts (in the plane's inner product) taken first.
/// </remarks>
public sealed record ImageAlgebra(IReadOnlyList<ImageAlgebraElement> Basis, IReadOnlyList<IReadOnlyList<string>> Commutators, bool Closed)
{
    /// <summary>Motions below this fraction of an element's largest (plane-normalised) are dropped.</summary>
    public const double Negligible = 0.2;

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
            var directions = Enumerable.Range(0, rank).Select(i => svd.VT.Row(i).ToArray()).ToArray();
            var elements = Echelon(directions).Select(row => Clean(row, scale)).ToList();
            if (elements.Count < rank) continue;
            var scores = relativeValidity(elements);
            if (scores.All(v => v <= threshold))
            {
                var basis = elements.Select((c, k) => new ImageAlgebraElement(NameOf(c), c, scores[k])).ToList();
                var table = CommutatorTable.Compute(basis.Select(e => AsGenerator(e.Coefficients)).ToList());
                var entries = Enumerable.Range(0, basis.Count).Select(i => (IReadOnlyList<string>)Enumerable.Range(0, basis.Count)
                    .Select(j => table.Entry(i, j, k => $"W{k + 1}")).ToList()).ToList();
                return new ImageAlgebra(basis, entries, table.Closed);
            }
        }
        return Empty;
    }

    /// <summary>Reduced row echelon form with pivots in Affine order (a column is a pivot when its largest free entry
    /// is at least a fiftieth of the largest left).</summary>
    static List<double[]> Echelon(double[][] directions)
    {
        var rows = directions.Select(r => (double[])r.Clone()).ToArray();
        var used = new bool[rows.Length];
        var order = new List<int>();
        for (int column = 0; column < PlaneMotion.Affine.Count && order.Count < rows.Length; column++)
        {
            var free = Enumerable.Range(0, rows.Length).Where(i => !used[i]).ToList();
            double largest = free.Max(i => rows[i].Max(Math.Abs));
            int best = free.MaxBy(i => Math.Abs(rows[i][column]));
            if (Math.Abs(rows[best][column]) < 0.02 * largest) continue;
            double p = rows[best][column];
            for (int k = 0; k < rows[best].Length; k++) rows[best][k] /= p;
            for (int i = 0; i < rows.Length; i++)
            {
                if (i == best) continue;
                double f = rows[i][column];
                for (int k = 0; k < rows[i].Length; k++) rows[i][k] -= f * rows[best][k];
            }
            used[best] = true;
            order.Add(best);
        }
        return order.Select(i => rows[i]).ToList();
    }

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

    static double Snap(double v)
    {
        if (v == 0) return 0;
        for (int q = 1; q <= 4; q++)
        {
            double p = Math.Round(v * q);
            if (p != 0 && Math.Abs(p / q - v) <= SnapTolerance * Math.Abs(v)) return p / q;
        }
        return Math.Round(v, 2);
    }

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
        Expr Component(Func<PlaneMotion, double[]> part)
        {
            double[] sum = new double[3];
            for (int k = 0; k < coefficients.Length; k++)
                for (int i = 0; i < 3; i++) sum[i] += coefficients[k] * part(PlaneMotion.Affine[k])[i];
            return Expr.Add(Exact(sum[0]), Exact(sum[1]) * Expr.X, Exact(sum[2]) * Expr.T).Simplify();
        }
        return new Generator(Component(m => m.Vx), Component(m => m.Vy), Expr.Zero);
    }

    // Coefficients are fractions p/q (q ≤ 4) after snapping, or two decimals: exact rationals either way.
    static Expr Exact(double v)
    {
        for (int q = 1; q <= 4; q++)
            if (Math.Abs(v * q - Math.Round(v * q)) < 1e-9) return Expr.Num(new Rational(new System.Numerics.BigInteger(Math.Round(v * q)), q));
        return Expr.Num(new Rational(new System.Numerics.BigInteger(Math.Round(v * 100)), 100));
    }
}
