using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// Warps images by a sampling grid: the warped image at pixel p is the image at grid(p) (bilinear, zero outside
/// the plane). With grid = Φ_α(p), the flow of a field, the image is moved along that flow by −α.
/// </summary>
public static class GridWarp
{
    /// <param name="images"><c>[B, C, H, W]</c>.</param>
    /// <param name="grids">Plane coordinates <c>[B, H, W, 2]</c> (x, y), as <see cref="ImagePlane.Coordinates"/>.</param>
    public static Tensor Warp(Tensor images, Tensor grids)
    {
        // A wild field can fling points far away or to NaN; all of them sample the empty outside.
        var safe = grids.to_type(images.dtype).nan_to_num(nan: 2.0).clamp(-2.0, 2.0);
        return nn.functional.grid_sample(images, safe, mode: GridSampleMode.Bilinear,
            padding_mode: GridSamplePaddingMode.Zeros, align_corners: true);
    }

    /// <summary>
    /// Each of B images warped by each of n grids: images <c>[B, C, H, W]</c>, grids <c>[n, H, W, 2]</c>;
    /// returns <c>[n·B, C, H, W]</c>, grid-major (index k·B + b).
    /// </summary>
    public static Tensor WarpEach(Tensor images, Tensor grids)
    {
        using var scope = NewDisposeScope();
        long n = grids.shape[0], b = images.shape[0];
        var repeated = images.repeat(n, 1, 1, 1);
        var expanded = grids.unsqueeze(1).expand(n, b, grids.shape[1], grids.shape[2], 2).reshape(n * b, grids.shape[1], grids.shape[2], 2);
        return Warp(repeated, expanded).MoveToOuterDisposeScope();
    }
}
