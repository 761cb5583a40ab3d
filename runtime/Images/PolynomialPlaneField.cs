using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// A polynomial vector field vx ∂x + vy ∂y of the image plane: coefficients over the monomials xᵃyᵇ of total degree
/// at most <see cref="Degree"/>, in the order of <see cref="Monomials"/> (1, x, y, x², xy, y², x³, …).
/// </summary>
public sealed record PolynomialPlaneField(int Degree, double[] Vx, double[] Vy)
{
    public static IReadOnlyList<(int X, int Y)> Monomials(int degree) =>
        Enumerable.Range(0, degree + 1).SelectMany(d => Enumerable.Range(0, d + 1).Select(k => (d - k, k))).ToArray();

    public static PolynomialPlaneField From(PlaneMotion motion) => new(1, motion.Vx, motion.Vy);

    /// <summary>A field with independent standard normal coefficients: a generic smooth motion.</summary>
    public static PolynomialPlaneField Random(int degree, Random random)
    {
        int count = Monomials(degree).Count;
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return new(degree, Enumerable.Range(0, count).Select(_ => Normal()).ToArray(), Enumerable.Range(0, count).Select(_ => Normal()).ToArray());
    }

    public (double Vx, double Vy) At(double x, double y)
    {
        double vx = 0, vy = 0;
        var monomials = Monomials(Degree);
        for (int m = 0; m < monomials.Count; m++)
        {
            double value = Math.Pow(x, monomials[m].X) * Math.Pow(y, monomials[m].Y);
            vx += Vx[m] * value;
            vy += Vy[m] * value;
        }
        return (vx, vy);
    }

    /// <summary>The field at points <c>[..., 2]</c>, same shape.</summary>
    public Tensor Evaluate(Tensor points)
    {
        using var scope = NewDisposeScope();
        var x = points.select(-1, 0);
        var y = points.select(-1, 1);
        var vx = zeros_like(x);
        var vy = zeros_like(x);
        var monomials = Monomials(Degree);
        for (int m = 0; m < monomials.Count; m++)
        {
            var value = x.pow(monomials[m].X) * y.pow(monomials[m].Y);
            if (Vx[m] != 0) vx = vx + Vx[m] * value;
            if (Vy[m] != 0) vy = vy + Vy[m] * value;
        }
        return stack([vx, vy], -1).MoveToOuterDisposeScope();
    }

    /// <summary>The field at every pixel centre, [H·W, 2] in row-major order.</summary>
    public double[,] OnGrid(int height, int width) => ImagePlane.Sample(At, height, width);
}
