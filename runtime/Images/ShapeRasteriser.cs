namespace PdeSym.Images;

/// <summary>
/// Draws a shape anti-aliased: each pixel's intensity is the fraction of an n×n lattice of sub-pixel points that
/// fall inside the shape (its area coverage up to 1/n²), then softened by a 3×3 binomial filter (a Gaussian of
/// about 0.7 pixel). The soft edge keeps the images nearly band-limited, so that moving them with bilinear
/// resampling (<c>grid_sample</c>) gives images like the ones drawn, not blurrier ones the classifier never saw.
/// </summary>
public static class ShapeRasteriser
{
    public const int Supersampling = 4;

    /// <summary>Writes the shape into <paramref name="pixels"/> (row-major, H·W values, starting at offset).</summary>
    public static void Draw(Shape shape, ShapePose pose, int height, int width, float[] pixels, int offset = 0)
    {
        double hx = 2.0 / (width - 1), hy = 2.0 / (height - 1);
        // Every shape fits in the unit disc of its frame: skip pixels farther than that.
        double reach = pose.Size + Math.Max(hx, hy);
        const int n = Supersampling;
        for (int i = 0; i < height; i++)
        {
            double y = ImagePlane.Y(i, height);
            for (int j = 0; j < width; j++)
            {
                double x = ImagePlane.X(j, width);
                double dx = x - pose.CentreX, dy = y - pose.CentreY;
                if (dx * dx + dy * dy > reach * reach) { pixels[offset + i * width + j] = 0f; continue; }
                int inside = 0;
                for (int a = 0; a < n; a++)
                    for (int b = 0; b < n; b++)
                    {
                        double sx = x + ((b + 0.5) / n - 0.5) * hx, sy = y + ((a + 0.5) / n - 0.5) * hy;
                        var (u, v) = pose.ToShapeFrame(sx, sy);
                        if (ShapeRegion.Contains(shape, u, v)) inside++;
                    }
                pixels[offset + i * width + j] = inside / (float)(n * n);
            }
        }
        Soften(pixels.AsSpan(offset, height * width), height, width);
    }

    /// <summary>The separable binomial filter [1, 2, 1]/4 along rows then columns, zero outside the image.</summary>
    static void Soften(Span<float> image, int height, int width)
    {
        var copy = image.ToArray();
        for (int i = 0; i < height; i++)
            for (int j = 0; j < width; j++)
            {
                float left = j > 0 ? copy[i * width + j - 1] : 0, right = j + 1 < width ? copy[i * width + j + 1] : 0;
                image[i * width + j] = 0.25f * left + 0.5f * copy[i * width + j] + 0.25f * right;
            }
        image.CopyTo(copy);
        for (int i = 0; i < height; i++)
            for (int j = 0; j < width; j++)
            {
                float up = i > 0 ? copy[(i - 1) * width + j] : 0, down = i + 1 < height ? copy[(i + 1) * width + j] : 0;
                image[i * width + j] = 0.25f * up + 0.5f * copy[i * width + j] + 0.25f * down;
            }
    }

    public static float[] Draw(Shape shape, ShapePose pose, int height, int width)
    {
        var pixels = new float[height * width];
        Draw(shape, pose, height, width, pixels);
        return pixels;
    }
}
