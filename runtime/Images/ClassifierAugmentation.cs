using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// Training-time augmentation by the data's own motions: a share of each batch is moved by the flow of a random
/// combination Σ cᵢ Mᵢ of the motions the data generator applies (translations cᵢ uniform in ±<paramref name="Shift"/>,
/// linear motions such as rotation and scaling in ±<paramref name="Turn"/>), resampled with <c>grid_sample</c>
/// as the symmetry learner resamples. Without it the classifier knows only the sizes the generator draws and the
/// crisp edges it renders, so a scaled image, whose edges bilinear resampling blurs or sharpens, reads as another
/// class and the exact scaling scores worse than a random field; with it the classifier is robust to the
/// resampled motions the learner tries. Data from disk, whose motions are unknown, are not augmented.
/// </summary>
/// <param name="Motions">The motions drawn from (the generator's applied motions).</param>
/// <param name="Share">Fraction of the images of a batch that are moved.</param>
/// <param name="Shift">Largest coefficient of a translation (plane units; the plane is [−1, 1]²).</param>
/// <param name="Turn">Largest coefficient of a linear motion (radians of rotation, log of the scale factor).</param>
public sealed record ClassifierAugmentation(IReadOnlyList<PlaneMotion> Motions, double Share = 0.5, double Shift = 0.15, double Turn = 0.5)
{
    /// <summary>The share <c>pdesym image train</c> and <c>image learn</c> augment by default.</summary>
    public const double DefaultShare = 0.75;

    /// <summary>The augmentation by the motions <paramref name="data"/>'s generator applies; null for data without known motions or a zero share.</summary>
    public static ClassifierAugmentation? For(ImageDataSet data, double share) =>
        data.AppliedMotions is { Count: > 0 } motions && share > 0 ? new ClassifierAugmentation(motions, share) : null;

    /// <summary>The batch <c>[B, 1, H, W]</c> with a random <see cref="Share"/> of its images moved.</summary>
    public Tensor Apply(Tensor images, Generator? random = null)
    {
        using var scope = NewDisposeScope();
        if (Motions.Count == 0) return images.alias().MoveToOuterDisposeScope();
        long b = images.shape[0], height = images.shape[2], width = images.shape[3];
        // Each motion as the 3×3 matrix of the affine field in homogeneous coordinates (x, y, 1).
        var generators = stack(Motions.Select(m => tensor(new double[] { m.Vx[1], m.Vx[2], m.Vx[0], m.Vy[1], m.Vy[2], m.Vy[0], 0, 0, 0 }, [3, 3])).ToArray());
        var limits = tensor(Motions.Select(m => m.Vx[1] == 0 && m.Vx[2] == 0 && m.Vy[1] == 0 && m.Vy[2] == 0 ? Shift : Turn).ToArray());
        var moved = rand(b, 1, dtype: ScalarType.Float64, generator: random) < Share;
        var coefficients = (rand(b, Motions.Count, dtype: ScalarType.Float64, generator: random) * 2 - 1) * limits * moved;
        var field = einsum("bm,mij->bij", coefficients, generators);
        // The image moved by the flow's time-1 map Φ: the new image at p is the old one at Φ⁻¹(p) = exp(−field) p.
        var inverse = linalg.matrix_exp(-field).to_type(ScalarType.Float32);
        var plane = ImagePlane.Coordinates((int)height, (int)width).reshape(1, -1, 2);
        var homogeneous = cat([plane, ones(1, plane.shape[1], 1)], 2).expand(b, -1, -1);
        var grid = matmul(homogeneous, inverse.narrow(1, 0, 2).transpose(1, 2));
        return GridWarp.Warp(images, grid.reshape(b, height, width, 2)).MoveToOuterDisposeScope();
    }
}
