using PdeSym.Images;

namespace PdeSym.Tests.Images;

/// <summary>The readout recovers known polynomial fields exactly and names affine motions by their definitions.</summary>
public class FieldReadoutTests
{
    const int N = 20;

    static double[,] Sample(Func<double, double, (double, double)> field) => ImagePlane.Sample(field, N, N);

    [Fact]
    public void Recovers_an_affine_plus_quadratic_field_exactly()
    {
        // vx = 0.5 − 0.3 y + 0.2 x², vy = 0.3 x + 0.1 x y  (a rotation, a translation and two quadratic terms).
        var field = Sample((x, y) => (0.5 - 0.3 * y + 0.2 * x * x, 0.3 * x + 0.1 * x * y));
        var readout = FieldReadout.Read(field, PlaneWeights.Uniform(N, N), N, N);
        double[] vx = [0.5, 0, -0.3, 0.2, 0, 0], vy = [0, 0.3, 0, 0, 0.1, 0];
        for (int k = 0; k < 6; k++)
        {
            Assert.Equal(vx[k], readout.Fit.Vx[k], 9);
            Assert.Equal(vy[k], readout.Fit.Vy[k], 9);
        }
        Assert.Equal(1.0, readout.FitQuality, 9);
        Assert.Equal("0.5 - 0.3*y + 0.2*x^2", readout.Vx);
        Assert.Equal("0.3*x + 0.1*x*y", readout.Vy);
        Assert.Equal(0.3, readout.Components.Single(c => c.Motion == "rotation").Coefficient, 9);
        // The named motions describe the best affine approximation: x² projects onto the constant by its mean.
        double meanX2 = Enumerable.Range(0, N).Average(j => Math.Pow(ImagePlane.X(j, N), 2));
        Assert.Equal(0.5 + 0.2 * meanX2, readout.Components.Single(c => c.Motion == "translation-x").Coefficient, 9);
    }

    [Theory]
    [InlineData("translation-x", "1", "0")]
    [InlineData("translation-y", "0", "1")]
    [InlineData("rotation", "-y", "x")]
    [InlineData("isotropic scaling", "x", "y")]
    [InlineData("anisotropic scaling", "x", "-y")]
    [InlineData("shear", "y", "x")]
    public void Names_each_affine_motion(string name, string vx, string vy)
    {
        var motion = PlaneMotion.Find(name)!;
        var readout = FieldReadout.Read(motion.OnGrid(N, N), PlaneWeights.Uniform(N, N), N, N);
        Assert.Equal(name, readout.Name);
        Assert.Equal((vx, vy), (readout.Vx, readout.Vy));
        Assert.Equal(1.0, readout.AffineShare, 9);
    }

    [Fact]
    public void Names_a_rotation_about_another_centre()
    {
        // −(y − y0) ∂x + (x − x0) ∂y about (0.2, −0.1).
        var readout = FieldReadout.Read(Sample((x, y) => (-(y + 0.1), x - 0.2)), PlaneWeights.Uniform(N, N), N, N);
        Assert.Equal("rotation about (0.20, -0.10)", readout.Name);
    }

    [Fact]
    public void A_field_far_from_affine_is_not_named_a_motion()
    {
        // Even in x and y with zero mean: orthogonal to every affine field.
        var readout = FieldReadout.Read(Sample((x, y) => (Math.Cos(Math.PI * x), Math.Cos(Math.PI * y))), PlaneWeights.Uniform(N, N), N, N);
        Assert.Equal("not affine", readout.Name);
        Assert.True(readout.AffineShare < 0.01);
    }

    [Fact]
    public void Plain_text_rounds_to_three_digits_and_drops_negligible_terms()
    {
        Assert.Equal("-1.23 + 0.000457*x^2", PlainPolynomialText.Format([-1.2345, 1e-7, 0, 0.00045678, 0, 0], 2, 0.01));
        Assert.Equal("0", PlainPolynomialText.Format([0, 0, 0], 1, 1));
        Assert.Equal("2*x - y", PlainPolynomialText.Format([0, 2, -1], 1, 2));
    }

    [Fact]
    public void Plain_text_is_read_back_by_the_symbolic_parser_as_the_same_polynomial()
    {
        // Degree-2 monomials in PolynomialPlaneField order; the symbolic core's parser is the independent reader.
        double[] coefficients = [0.5, -2, 1.25, 0.75, -0.125, 3];
        var field = new PolynomialPlaneField(2, coefficients, new double[coefficients.Length]);
        var parsed = PdeSym.Symbolic.Expr.Parse(PlainPolynomialText.Format(coefficients, 2, 3));
        foreach (var (x, y) in new[] { (0.3, -0.7), (-1.0, 1.0), (0.9, 0.2) })
            Assert.Equal(field.At(x, y).Vx, parsed.Evaluate(new Dictionary<string, double> { ["x"] = x, ["y"] = y }), 12);
    }
}
