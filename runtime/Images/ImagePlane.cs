using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// The image plane: pixel centres at coordinates in [−1, 1]², x along columns (left to right), y along rows
/// (top to bottom). Pixel (row i, column j) sits at x = −1 + 2j/(W−1), y = −1 + 2i/(H−1), the convention of
/// <c>grid_sample</c> with <c>align_corners = true</c>, so a sampling grid holding these coordinates reproduces
/// the image exactly.
/// </summary>
public static class ImagePlane
{
    public static double X(int column, int width) => -1.0 + 2.0 * column / (width - 1);

    public static double Y(int row, int height) => -1.0 + 2.0 * row / (height - 1);

    /// <summary>A field (vx, vy) of the plane at every pixel centre, shape [H·W, 2] in row-major pixel order.</summary>
    public static double[,] Sample(Func<double, double, (double Vx, double Vy)> field, int height, int width)
    {
        var values = new double[height * width, 2];
        for (int i = 0; i < height; i++)
            for (int j = 0; j < width; j++)
            {
                var (vx, vy) = field(X(j, width), Y(i, height));
                values[i * width + j, 0] = vx;
                values[i * width + j, 1] = vy;
            }
        return values;
    }

    /// <summary>The coordinates of every pixel centre, shape [H, W, 2] with (x, y) in the last axis.</summary>
    public static Tensor Coordinates(int height, int width, ScalarType dtype = ScalarType.Float32, Device? device = null)
    {
        using var scope = NewDisposeScope();
        var ys = linspace(-1.0, 1.0, height, dtype: dtype, device: device);
        var xs = linspace(-1.0, 1.0, width, dtype: dtype, device: device);
        var grid = meshgrid([ys, xs], indexing: "ij");
        return stack([grid[1], grid[0]], dim: 2).MoveToOuterDisposeScope();
    }
}
