using PdeSym.Images;

namespace PdeSym.Tests.Images;

/// <summary>The procedural data: reproducible from its seed, and the poses it reports are the ones drawn.</summary>
public class ProceduralShapesTests
{
    [Fact]
    public void Same_seed_gives_the_same_images_and_another_seed_other_images()
    {
        var shapes = new ProceduralShapes(ShapeVariant.Standard, 24);
        var a = shapes.Generate(60, seed: 5);
        var b = shapes.Generate(60, seed: 5);
        var c = shapes.Generate(60, seed: 6);
        Assert.Equal(a.Pixels, b.Pixels);
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(a.Pixels, c.Pixels);
        // Balanced classes, intensities in [0, 1], anti-aliased edges (values strictly between 0 and 1).
        Assert.All(Enumerable.Range(0, 6), k => Assert.Equal(10, a.Labels.Count(l => l == k)));
        Assert.All(a.Pixels, v => Assert.InRange(v, 0f, 1f));
        Assert.Contains(a.Pixels, v => v is > 0.1f and < 0.9f);
    }

    [Fact]
    public void Poses_span_the_documented_ranges()
    {
        var (standard, poses) = new ProceduralShapes(ShapeVariant.Standard, 16).GenerateWithPoses(400, seed: 2);
        Assert.All(poses, p =>
        {
            Assert.InRange(Math.Abs(p.CentreX), 0, ProceduralShapes.MaxCentre);
            Assert.InRange(Math.Abs(p.CentreY), 0, ProceduralShapes.MaxCentre);
            Assert.InRange(p.Size, ProceduralShapes.MinSize, ProceduralShapes.MaxSize);
        });
        // Rotation is applied over the whole circle: all four quadrants of angle occur.
        Assert.Equal(4, poses.Select(p => (int)(p.Angle / (Math.PI / 2))).Distinct().Count());
        Assert.Equal(4, standard.AppliedMotions!.Count);

        var (oriented, orientedPoses) = new ProceduralShapes(ShapeVariant.Oriented, 16).GenerateWithPoses(400, seed: 2);
        for (int k = 0; k < oriented.Count; k++)
        {
            double bin = oriented.Labels[k] * 2 * Math.PI / ProceduralShapes.OrientationClasses;
            Assert.InRange(orientedPoses[k].Angle - bin, -ProceduralShapes.OrientationJitter, ProceduralShapes.OrientationJitter);
        }
        Assert.DoesNotContain(PlaneMotion.Rotation, oriented.AppliedMotions!);
    }

    [Fact]
    public void A_drawn_ring_sits_at_its_pose_and_covers_its_area()
    {
        // The ring is centrally symmetric: its intensity centroid is its centre; its area is π(1 − 1/4)·size².
        var pose = new ShapePose(0.21, -0.13, 1.0, 0.5);
        const int n = 64;
        var pixels = ShapeRasteriser.Draw(Shape.Ring, pose, n, n);
        double mass = 0, mx = 0, my = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double v = pixels[i * n + j];
                mass += v; mx += v * ImagePlane.X(j, n); my += v * ImagePlane.Y(i, n);
            }
        Assert.Equal(pose.CentreX, mx / mass, 2);
        Assert.Equal(pose.CentreY, my / mass, 2);
        double pixelArea = Math.Pow(2.0 / (n - 1), 2);
        Assert.Equal(Math.PI * 0.75 * 0.25, mass * pixelArea, 0.01);
    }

    [Fact]
    public void Shapes_repeat_under_their_own_rotational_symmetry_only()
    {
        const int n = 32;
        var pose = new ShapePose(0.05, 0.1, 0.3, 0.5);
        double Difference(Shape shape, double turn) =>
            ShapeRasteriser.Draw(shape, pose, n, n).Zip(ShapeRasteriser.Draw(shape, pose with { Angle = pose.Angle + turn }, n, n))
                .Average(p => Math.Abs(p.First - p.Second));
        Assert.True(Difference(Shape.Square, Math.PI / 2) < 0.01);
        Assert.True(Difference(Shape.Triangle, 2 * Math.PI / 3) < 0.01);
        Assert.True(Difference(Shape.Cross, Math.PI / 2) < 0.01);
        Assert.True(Difference(Shape.LShape, Math.PI / 2) > 0.03);
        Assert.True(Difference(Shape.Bar, Math.PI / 2) > 0.03);
    }
}
