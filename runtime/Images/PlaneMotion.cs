namespace PdeSym.Images;

/// <summary>
/// A named affine motion of the image plane, the vector field vx ∂x + vy ∂y with
/// vx = Vx[0] + Vx[1] x + Vx[2] y and vy = Vy[0] + Vy[1] x + Vy[2] y.
/// </summary>
public sealed record PlaneMotion(string Name, double[] Vx, double[] Vy)
{
    public static readonly PlaneMotion TranslationX = new("translation-x", [1, 0, 0], [0, 0, 0]);
    public static readonly PlaneMotion TranslationY = new("translation-y", [0, 0, 0], [1, 0, 0]);
    /// <summary>−y ∂x + x ∂y.</summary>
    public static readonly PlaneMotion Rotation = new("rotation", [0, 0, -1], [0, 1, 0]);
    /// <summary>x ∂x + y ∂y.</summary>
    public static readonly PlaneMotion Scaling = new("isotropic scaling", [0, 1, 0], [0, 0, 1]);
    /// <summary>x ∂x − y ∂y: stretches along x while it squeezes along y.</summary>
    public static readonly PlaneMotion AnisotropicScaling = new("anisotropic scaling", [0, 1, 0], [0, 0, -1]);
    /// <summary>y ∂x + x ∂y: the symmetric shear (a stretch along the diagonal).</summary>
    public static readonly PlaneMotion Shear = new("shear", [0, 0, 1], [0, 1, 0]);

    /// <summary>The six named motions; together they span every affine field of the plane.</summary>
    public static readonly IReadOnlyList<PlaneMotion> Affine =
        [TranslationX, TranslationY, Rotation, Scaling, AnisotropicScaling, Shear];

    /// <summary>Σ_k coefficients[k] · <see cref="Affine"/>[k], as one affine motion.</summary>
    public static PlaneMotion Combination(IReadOnlyList<double> coefficients) => new("combination",
        Enumerable.Range(0, 3).Select(i => coefficients.Select((a, k) => a * Affine[k].Vx[i]).Sum()).ToArray(),
        Enumerable.Range(0, 3).Select(i => coefficients.Select((a, k) => a * Affine[k].Vy[i]).Sum()).ToArray());

    public (double Vx, double Vy) At(double x, double y) =>
        (Vx[0] + Vx[1] * x + Vx[2] * y, Vy[0] + Vy[1] * x + Vy[2] * y);

    /// <summary>The field at every pixel centre, shape [H·W, 2] in row-major pixel order.</summary>
    public double[,] OnGrid(int height, int width) => ImagePlane.Sample(At, height, width);

    public static PlaneMotion? Find(string name) =>
        Affine.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
