using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// Labelled greyscale images with intensities in [0, 1], stored row-major (image, row, column).
/// <see cref="AppliedMotions"/> lists the motions the data's generator applies at random (the ground truth for
/// recovery); it is null for data read from disk, whose symmetries are unknown.
/// </summary>
public sealed record ImageDataSet(
    float[] Pixels,
    int[] Labels,
    int Height,
    int Width,
    IReadOnlyList<string> ClassNames,
    IReadOnlyList<PlaneMotion>? AppliedMotions,
    string Description)
{
    public int Count => Labels.Length;

    public int ClassCount => ClassNames.Count;

    /// <summary>Images [N, 1, H, W] (float32: 8-bit data needs no more) and labels [N] (int64).</summary>
    public (Tensor Images, Tensor Labels) ToTensors(Device? device = null)
    {
        var images = tensor(Pixels, [Count, 1, Height, Width], dtype: ScalarType.Float32, device: device);
        var labels = tensor(Labels.Select(l => (long)l).ToArray(), dtype: ScalarType.Int64, device: device);
        return (images, labels);
    }

    /// <summary>The images at the given indices, in that order.</summary>
    public ImageDataSet Subset(IReadOnlyList<int> indices)
    {
        int size = Height * Width;
        var pixels = new float[indices.Count * size];
        var labels = new int[indices.Count];
        for (int k = 0; k < indices.Count; k++)
        {
            Array.Copy(Pixels, (long)indices[k] * size, pixels, (long)k * size, size);
            labels[k] = Labels[indices[k]];
        }
        return this with { Pixels = pixels, Labels = labels };
    }

    /// <summary>A seeded random split into training and held-out images.</summary>
    public (ImageDataSet Train, ImageDataSet HeldOut) Split(double heldOutFraction, int seed)
    {
        var order = Enumerable.Range(0, Count).ToArray();
        new Random(seed).Shuffle(order);
        int heldOut = Math.Clamp((int)Math.Round(Count * heldOutFraction), 1, Count - 1);
        return (Subset(order[heldOut..]), Subset(order[..heldOut]));
    }
}
