using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace PdeSym.Images;

/// <summary>One named affine motion in a field's readout: its coefficient and its share of the affine part's size.</summary>
public sealed record NamedComponent(string Motion, double Coefficient, double Share);

/// <summary>
/// A learned field read out as a polynomial: the weighted least-squares fit on the affine basis
/// (∂x, ∂y, x∂x, y∂x, x∂y, y∂y) plus the degree-2 terms, how well it fits (<see cref="FitQuality"/>: the fraction
/// of the field's weighted size the fit explains, 1 − |residual|²/|field|²), how much of it its best affine
/// approximation explains (<see cref="AffineShare"/>), that approximation in named motions, a name where one fits, and <see cref="Vx"/>, <see cref="Vy"/> in plain syntax.
/// </summary>
public sealed record FieldReadout(
    PolynomialPlaneField Fit,
    double FitQuality,
    double AffineShare,
    IReadOnlyList<NamedComponent> Components,
    string Name,
    string Vx,
    string Vy)
{
    public const int Degree = 2;

    /// <summary>Reads out a field sampled at the pixel centres ([H·W, 2], row-major) under the plane's weights.</summary>
    public static FieldReadout Read(double[,] field, double[] weights, int height, int width)
    {
        var monomials = PolynomialPlaneField.Monomials(Degree);
        int points = height * width, m = monomials.Count;
        var design = Matrix<double>.Build.Dense(2 * points, 2 * m);
        var target = Vector<double>.Build.Dense(2 * points);
        for (int i = 0; i < height; i++)
            for (int j = 0; j < width; j++)
            {
                int p = i * width + j;
                double x = ImagePlane.X(j, width), y = ImagePlane.Y(i, height), root = Math.Sqrt(weights[p]);
                for (int k = 0; k < m; k++)
                {
                    double value = root * Math.Pow(x, monomials[k].X) * Math.Pow(y, monomials[k].Y);
                    design[2 * p, k] = value;
                    design[2 * p + 1, m + k] = value;
                }
                target[2 * p] = root * field[p, 0];
                target[2 * p + 1] = root * field[p, 1];
            }
        var solution = design.QR().Solve(target);
        double total = target.DotProduct(target);
        double residual = (design * solution - target).L2Norm();
        var vx = solution.SubVector(0, m).ToArray();
        var vy = solution.SubVector(m, m).ToArray();
        var fit = new PolynomialPlaneField(Degree, vx, vy);
        // The best affine approximation on its own (the degree-2 columns left out): how much of the field is
        // affine, and its named motions.
        int[] affineColumns = [0, 1, 2, m, m + 1, m + 2];
        var affineDesign = Matrix<double>.Build.DenseOfColumnVectors(affineColumns.Select(design.Column));
        var affineSolution = affineDesign.QR().Solve(target);
        var affineFit = affineDesign * affineSolution;
        double affineShare = total > 0 ? affineFit.DotProduct(affineFit) / total : 0;
        double[] ax = [affineSolution[0], affineSolution[1], affineSolution[2]], ay = [affineSolution[3], affineSolution[4], affineSolution[5]];
        var components = Named(ax, ay, weights, height, width);
        double fitQuality = total > 0 ? 1 - residual * residual / total : 0;
        double scale = solution.AbsoluteMaximum();
        return new FieldReadout(fit, fitQuality, affineShare, components,
            NameOf(ax, ay, components, affineShare),
            PlainPolynomialText.Format(vx, Degree, scale), PlainPolynomialText.Format(vy, Degree, scale));
    }

    /// <summary>The affine part (coefficients of 1, x, y) in the six named motions.</summary>
    static IReadOnlyList<NamedComponent> Named(double[] vx, double[] vy, double[] weights, int height, int width)
    {
        double[] coefficients =
        [
            vx[0], vy[0],
            (vy[1] - vx[2]) / 2, (vx[1] + vy[2]) / 2,
            (vx[1] - vy[2]) / 2, (vx[2] + vy[1]) / 2,
        ];
        var sizes = PlaneMotion.Affine.Select(motion => PlaneInnerProduct.SquaredNorm(motion.OnGrid(height, width), weights)).ToArray();
        var energy = coefficients.Select((c, k) => c * c * sizes[k]).ToArray();
        double sum = energy.Sum();
        return PlaneMotion.Affine.Select((motion, k) => new NamedComponent(motion.Name, coefficients[k], sum > 0 ? energy[k] / sum : 0)).ToArray();
    }

    static string NameOf(double[] vx, double[] vy, IReadOnlyList<NamedComponent> components, double affineShare)
    {
        if (affineShare < 0.8) return "not affine";
        var ordered = components.OrderByDescending(c => c.Share).ToArray();
        // A rotation or a scaling about a point other than the origin: its translation part is the centre's offset.
        var linear = components.Skip(2).ToArray();
        double linearShare = linear.Sum(c => c.Share);
        var main = linear.MaxBy(c => c.Share)!;
        if (linearShare >= 0.1 && main.Share >= 0.9 * linearShare && main.Motion is "rotation" or "isotropic scaling")
        {
            double a = main.Coefficient;
            var (x0, y0) = main.Motion == "rotation" ? (-vy[0] / a, vx[0] / a) : (-vx[0] / a, -vy[0] / a);
            if (Math.Abs(x0) <= 1 && Math.Abs(y0) <= 1 && Math.Sqrt(x0 * x0 + y0 * y0) >= 0.05)
                return string.Create(CultureInfo.InvariantCulture, $"{main.Motion} about ({x0:F2}, {y0:F2})");
        }
        if (ordered[0].Share >= 0.9) return ordered[0].Motion;
        return "mix: " + string.Join(" + ", ordered.Where(c => c.Share >= 0.05)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Share:F2} {c.Motion}")));
    }
}
