using PdeSym.Images;
using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Images;

/// <summary>
/// Moving an image along the RK4 flow of an exact field with grid_sample gives the image drawn at the analytically
/// moved pose: the warped image at p is I(Φ_α(p)), the shape moved by −α.
/// </summary>
public class GridWarpTests
{
    const int N = 48;

    static double MeanDifference(float[] a, float[] b) => a.Zip(b).Average(p => Math.Abs(p.First - p.Second));

    static float[] WarpAlong(PlaneMotion motion, float[] image, double alpha)
    {
        using var scope = NewDisposeScope();
        var field = PolynomialPlaneField.From(motion);
        var grid = ImagePlane.Coordinates(N, N).reshape(1, -1, 2);
        var moved = Rk4Flow.Integrate(z => field.Evaluate(z), grid, tensor(alpha, dtype: ScalarType.Float32), steps: 8);
        var images = tensor(image, [1, 1, N, N]);
        return GridWarp.WarpEach(images, moved.reshape(1, N, N, 2)).flatten().data<float>().ToArray();
    }

    [Fact]
    public void Identity_grid_reproduces_the_image()
    {
        var image = ShapeRasteriser.Draw(Shape.Triangle, new ShapePose(0.1, -0.05, 0.4, 0.6), N, N);
        Assert.True(MeanDifference(image, WarpAlong(PlaneMotion.TranslationX, image, 0.0)) < 1e-6);
    }

    [Theory]
    [InlineData("translation-x", 0.25)]
    [InlineData("translation-y", -0.2)]
    [InlineData("rotation", 0.5)]
    [InlineData("isotropic scaling", 0.3)]
    public void Warp_by_an_exact_flow_matches_the_analytically_moved_shape(string motionName, double alpha)
    {
        var motion = PlaneMotion.Find(motionName)!;
        var pose = new ShapePose(0.12, -0.08, 0.7, 0.5);
        var image = ShapeRasteriser.Draw(Shape.LShape, pose, N, N);
        // The shape moved by −α: translation shifts the centre by −α; rotation turns centre and angle by −α;
        // scaling divides centre and size by e^α.
        double c = Math.Cos(-alpha), s = Math.Sin(-alpha);
        var expectedPose = motionName switch
        {
            "translation-x" => pose with { CentreX = pose.CentreX - alpha },
            "translation-y" => pose with { CentreY = pose.CentreY - alpha },
            "rotation" => new ShapePose(c * pose.CentreX - s * pose.CentreY, s * pose.CentreX + c * pose.CentreY, pose.Angle - alpha, pose.Size),
            _ => new ShapePose(pose.CentreX * Math.Exp(-alpha), pose.CentreY * Math.Exp(-alpha), pose.Angle, pose.Size * Math.Exp(-alpha)),
        };
        var expected = ShapeRasteriser.Draw(Shape.LShape, expectedPose, N, N);
        var warped = WarpAlong(motion, image, alpha);
        double error = MeanDifference(warped, expected);
        // Interpolation error only: far below the change the motion itself makes.
        double change = MeanDifference(image, expected);
        Assert.True(error < 0.1 * change, $"warp error {error:G3} vs change {change:G3}");
        // The opposite direction is wrong: the test can tell the sign of the motion.
        Assert.True(MeanDifference(WarpAlong(motion, image, -alpha), expected) > 0.5 * change);
    }
}
