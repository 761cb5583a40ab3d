namespace PdeSym.Images;

/// <summary>
/// A procedural data set of small greyscale images of shapes on a black background, each drawn anti-aliased at a
/// random pose, reproducible from a seed. The poses it draws define its ground-truth symmetries
/// (<see cref="AppliedMotions"/>): a random translation of the centre (|x|, |y| ≤ 0.25), a log-uniform size in
/// [0.3, 0.55] (shapes stay clear of the border, so that moving them a little keeps them whole; smaller ones,
/// shrunk further by the learner's scalings, fall to a few pixels, where the classes blur together) and, in the standard variant, a uniform rotation.
/// </summary>
public sealed class ProceduralShapes(ShapeVariant variant = ShapeVariant.Standard, int size = 40)
{
    public const double MaxCentre = 0.2;
    public const double MinSize = 0.35;
    public const double MaxSize = 0.6;
    public const int OrientationClasses = 8;
    public static readonly double OrientationJitter = 5 * Math.PI / 180;

    public ShapeVariant Variant { get; } = variant;

    public int Size { get; } = size >= 8 ? size : throw new UserFacingException($"image size {size} is too small; use at least 8 pixels");

    public IReadOnlyList<string> ClassNames => Variant switch
    {
        ShapeVariant.Standard => Enum.GetValues<Shape>().Select(ShapeRegion.Name).ToArray(),
        _ => Enumerable.Range(0, OrientationClasses).Select(k => $"L-shape at {k * 360 / OrientationClasses}°").ToArray(),
    };

    /// <summary>The motions along which the generator varies its images, hence the symmetries of the classes.</summary>
    public IReadOnlyList<PlaneMotion> AppliedMotions => Variant switch
    {
        ShapeVariant.Standard => [PlaneMotion.TranslationX, PlaneMotion.TranslationY, PlaneMotion.Rotation, PlaneMotion.Scaling],
        _ => [PlaneMotion.TranslationX, PlaneMotion.TranslationY, PlaneMotion.Scaling],
    };

    /// <summary>The shape and pose drawn for one image of class <paramref name="label"/>.</summary>
    public (Shape Shape, ShapePose Pose) SamplePose(int label, Random random)
    {
        double cx = (2 * random.NextDouble() - 1) * MaxCentre;
        double cy = (2 * random.NextDouble() - 1) * MaxCentre;
        double size = MinSize * Math.Exp(random.NextDouble() * Math.Log(MaxSize / MinSize));
        return Variant switch
        {
            ShapeVariant.Standard => ((Shape)label, new ShapePose(cx, cy, 2 * Math.PI * random.NextDouble(), size)),
            _ => (Shape.LShape, new ShapePose(cx, cy,
                label * 2 * Math.PI / OrientationClasses + (2 * random.NextDouble() - 1) * OrientationJitter, size)),
        };
    }

    /// <summary>
    /// <paramref name="count"/> images with balanced, shuffled labels; the same seed gives the same images.
    /// Also returns the pose of each image.
    /// </summary>
    public (ImageDataSet Data, ShapePose[] Poses) GenerateWithPoses(int count, int seed)
    {
        if (count < 1) throw new UserFacingException($"asked for {count} images; ask for at least one");
        var random = new Random(seed);
        int classes = ClassNames.Count;
        var labels = Enumerable.Range(0, count).Select(k => k % classes).ToArray();
        random.Shuffle(labels);
        var poses = new ShapePose[count];
        var pixels = new float[count * Size * Size];
        for (int k = 0; k < count; k++)
        {
            var (shape, pose) = SamplePose(labels[k], random);
            poses[k] = pose;
            ShapeRasteriser.Draw(shape, pose, Size, Size, pixels, k * Size * Size);
        }
        string description = $"procedural shapes ({Variant.ToString().ToLowerInvariant()}), {count} images {Size}×{Size}, seed {seed}";
        return (new ImageDataSet(pixels, labels, Size, Size, ClassNames, AppliedMotions, description), poses);
    }

    public ImageDataSet Generate(int count, int seed) => GenerateWithPoses(count, seed).Data;
}
