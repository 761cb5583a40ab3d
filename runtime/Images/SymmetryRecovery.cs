using MathNet.Numerics.LinearAlgebra;

namespace PdeSym.Images;

/// <summary>How much of one motion lies in a span of fields: |P v| / |v| under the plane's weights (1 = inside).</summary>
public sealed record MotionInSpan(string Motion, bool Applied, double Fraction);

/// <summary>
/// Recovery and precision of learned symmetries against the motions a data generator applies: the recovery of a
/// true motion is the fraction of it that lies in the span of the fields called symmetries; a field called a
/// symmetry is correct when at least <see cref="Threshold"/> of it lies in the span of the true motions.
/// The motions the generator does not apply are measured too: a small fraction means the learner did not take
/// them for symmetries.
/// </summary>
public sealed record SymmetryRecovery(IReadOnlyList<MotionInSpan> Motions, IReadOnlyList<double> FieldsInTrueSpan, double? Precision)
{
    public const double Threshold = 0.9;

    public static SymmetryRecovery Measure(IReadOnlyList<double[,]> symmetries, IReadOnlyList<PlaneMotion> applied,
        double[] weights, int height, int width)
    {
        var motions = PlaneMotion.Affine.Select(m => (m, Sampled: m.OnGrid(height, width))).ToArray();
        var inSpan = motions.Select(m => new MotionInSpan(m.m.Name, applied.Contains(m.m),
            FractionInSpan(m.Sampled, symmetries, weights))).ToArray();
        var trueFields = applied.Select(m => m.OnGrid(height, width)).ToArray();
        var fieldsInTrue = symmetries.Select(f => FractionInSpan(f, trueFields, weights)).ToArray();
        double? precision = symmetries.Count == 0 ? null : fieldsInTrue.Count(f => f >= Threshold) / (double)symmetries.Count;
        return new SymmetryRecovery(inSpan, fieldsInTrue, precision);
    }

    /// <summary>|P v| / |v|, P the weighted orthogonal projection onto the span of <paramref name="span"/>.</summary>
    public static double FractionInSpan(double[,] v, IReadOnlyList<double[,]> span, double[] weights)
    {
        var target = Flatten(v, weights);
        double norm = target.L2Norm();
        if (span.Count == 0 || norm == 0) return 0;
        // An orthonormal basis of the span by Gram–Schmidt (twice, for accuracy), dropping dependent fields.
        var basis = new List<Vector<double>>();
        foreach (var f in span)
        {
            var u = Flatten(f, weights);
            double size = u.L2Norm();
            for (int pass = 0; pass < 2; pass++)
                foreach (var q in basis) u -= q.DotProduct(u) * q;
            if (u.L2Norm() > 1e-9 * size) basis.Add(u / u.L2Norm());
        }
        double inside = Math.Sqrt(basis.Sum(q => Math.Pow(q.DotProduct(target), 2)));
        return Math.Min(1, inside / norm);
    }

    static Vector<double> Flatten(double[,] field, double[] weights)
    {
        int points = field.GetLength(0);
        var v = Vector<double>.Build.Dense(2 * points);
        for (int p = 0; p < points; p++)
        {
            double root = Math.Sqrt(weights[p]);
            v[2 * p] = root * field[p, 0];
            v[2 * p + 1] = root * field[p, 1];
        }
        return v;
    }
}
