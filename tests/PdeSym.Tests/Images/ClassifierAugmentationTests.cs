using PdeSym.Images;
using static TorchSharp.torch;

namespace PdeSym.Tests.Images;

/// <summary>
/// The training augmentation moves images by the motions it is given and by no others, checked on intensity
/// moments: a translation keeps the mass and moves the centroid along its own axis only, a rotation about the
/// centre keeps the mass and the second moment about the centre, an isotropic scaling by s multiplies the mass
/// and the mean squared radius both by s².
/// </summary>
public class ClassifierAugmentationTests
{
    const int Size = 32;
    const double PixelStep = 2.0 / (Size - 1);

    /// <summary>The same shape at the plane's centre, <paramref name="count"/> times: [count, 1, 32, 32].</summary>
    static Tensor Copies(Shape shape, int count)
    {
        var one = ShapeRasteriser.Draw(shape, new ShapePose(0, 0, 0.4, 0.45), Size, Size);
        return tensor(one, [1, 1, Size, Size]).repeat(count, 1, 1, 1);
    }

    /// <summary>Per image: mass Σ I, centroid (x̄, ȳ), and mean squared radius about the origin Σ I r² / Σ I.</summary>
    static (double Mass, double X, double Y, double R2)[] Moments(Tensor images)
    {
        var pixels = images.contiguous().data<float>().ToArray();
        return Enumerable.Range(0, (int)images.shape[0]).Select(k =>
        {
            double mass = 0, x = 0, y = 0, r2 = 0;
            for (int i = 0; i < Size; i++)
                for (int j = 0; j < Size; j++)
                {
                    double v = pixels[k * Size * Size + i * Size + j], px = ImagePlane.X(j, Size), py = ImagePlane.Y(i, Size);
                    mass += v; x += v * px; y += v * py; r2 += v * (px * px + py * py);
                }
            return (mass, x / mass, y / mass, r2 / mass);
        }).ToArray();
    }

    /// <summary>Per image, the angle of the principal axis of the intensity about the origin (the image is centred).</summary>
    static double[] Axes(Tensor images)
    {
        var pixels = images.contiguous().data<float>().ToArray();
        return Enumerable.Range(0, (int)images.shape[0]).Select(k =>
        {
            double xx = 0, yy = 0, xy = 0;
            for (int i = 0; i < Size; i++)
                for (int j = 0; j < Size; j++)
                {
                    double v = pixels[k * Size * Size + i * Size + j], px = ImagePlane.X(j, Size), py = ImagePlane.Y(i, Size);
                    xx += v * px * px; yy += v * py * py; xy += v * px * py;
                }
            return 0.5 * Math.Atan2(2 * xy, xx - yy);
        }).ToArray();
    }

    [Fact]
    public void A_translation_along_x_moves_the_centroid_along_x_only_and_within_the_shift()
    {
        var augmentation = new ClassifierAugmentation([PlaneMotion.TranslationX], Share: 1, Shift: 0.2);
        using var images = Copies(Shape.Ring, 24);
        var before = Moments(images)[0];
        using var moved = augmentation.Apply(images, new Generator(3));
        var after = Moments(moved);
        Assert.All(after, m =>
        {
            Assert.Equal(before.Mass, m.Mass, before.Mass * 0.01);
            Assert.Equal(before.Y, m.Y, 0.005);
            Assert.InRange(m.X - before.X, -0.2 - 0.005, 0.2 + 0.005);
        });
        Assert.True(after.Max(m => m.X) - after.Min(m => m.X) > 0.2, "the shifts should spread over the range");
    }

    [Fact]
    public void A_rotation_keeps_mass_and_radius_and_a_scaling_changes_both_by_the_same_factor()
    {
        using var bars = Copies(Shape.Bar, 24);
        var before = Moments(bars)[0];
        using var rotated = new ClassifierAugmentation([PlaneMotion.Rotation], Share: 1, Turn: 0.6).Apply(bars, new Generator(4));
        var turned = Moments(rotated);
        Assert.All(turned, m =>
        {
            Assert.Equal(before.Mass, m.Mass, before.Mass * 0.02);
            // Bilinear resampling blurs by up to a pixel, which adds up to about h²/3 to the mean squared radius.
            Assert.Equal(before.R2, m.R2, before.R2 * 0.01 + PixelStep * PixelStep / 3);
        });
        // Turned by at most the limit, and over its range: the bar's axis (from its moment tensor) lies within ±0.6 of its pose.
        var angles = Axes(rotated);
        Assert.All(angles, a => Assert.InRange(a - 0.4, -0.6 - 0.02, 0.6 + 0.02));
        Assert.True(angles.Max() - angles.Min() > 0.6, "the turns should spread over the range");

        using var scaled = new ClassifierAugmentation([PlaneMotion.Scaling], Share: 1, Turn: 0.4).Apply(bars, new Generator(5));
        var grown = Moments(scaled);
        Assert.All(grown, m => Assert.Equal(m.Mass / before.Mass, m.R2 / before.R2, 0.05));
        Assert.True(grown.Max(m => m.Mass) / grown.Min(m => m.Mass) > 1.5, "the scale factors should spread over the range");
    }

    [Fact]
    public void Only_the_given_share_of_a_batch_is_moved()
    {
        using var images = Copies(Shape.Cross, 200);
        using var moved = new ClassifierAugmentation([PlaneMotion.TranslationX, PlaneMotion.Rotation], Share: 0.3).Apply(images, new Generator(6));
        long unchanged = (moved - images).abs().amax([1, 2, 3]).lt(1e-4f).sum().item<long>();
        Assert.InRange(unchanged, 110, 170);
    }

    [Fact]
    public void Data_are_augmented_by_their_generator_s_motions_only()
    {
        var oriented = new ProceduralShapes(ShapeVariant.Oriented, 16).Generate(20, seed: 1);
        var augmentation = ClassifierAugmentation.For(oriented, ClassifierAugmentation.DefaultShare);
        Assert.NotNull(augmentation);
        Assert.DoesNotContain(PlaneMotion.Rotation, augmentation.Motions);
        Assert.Null(ClassifierAugmentation.For(oriented, 0));
        Assert.Null(ClassifierAugmentation.For(oriented with { AppliedMotions = null }, ClassifierAugmentation.DefaultShare));
    }
}
