using ScottPlot;
using SkiaSharp;

namespace PdeSym.Images;

/// <summary>The report's pictures: each learned field as a quiver plot, and images moved along each field.</summary>
public static class ImageReportPlots
{
    /// <summary>A quiver plot of a field sampled at the pixel centres ([H·W, 2]), every <paramref name="stride"/>-th pixel.</summary>
    public static void Quiver(double[,] field, int height, int width, string title, string path, int stride = 2)
    {
        var plot = new Plot();
        var vectors = new List<RootedCoordinateVector>();
        for (int i = 0; i < height; i += stride)
            for (int j = 0; j < width; j += stride)
            {
                int p = i * width + j;
                // Image rows grow downwards; the plot's y axis is inverted below so the picture matches the image.
                vectors.Add(new RootedCoordinateVector(new Coordinates(ImagePlane.X(j, width), ImagePlane.Y(i, height)),
                    new System.Numerics.Vector2((float)field[p, 0], (float)field[p, 1])));
            }
        plot.Add.VectorField(vectors);
        plot.Title(title);
        plot.XLabel("x");
        plot.YLabel("y (down, as in the image)");
        plot.Axes.SetLimits(-1.1, 1.1, 1.1, -1.1);
        plot.SavePng(path, 520, 520);
    }

    /// <summary>A grid of images: one row per field, one column per flow parameter, each pixel scaled up.</summary>
    public static void TransformedGrid(TransformedImages transformed, int height, int width, string path, int zoom = 3, int gap = 4)
    {
        int rows = transformed.Pixels.Length, columns = transformed.Alphas.Count;
        int cellW = width * zoom, cellH = height * zoom;
        using var bitmap = new SKBitmap(columns * (cellW + gap) + gap, rows * (cellH + gap) + gap);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(90, 90, 140));
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                var image = transformed.Pixels[r][c];
                int left = gap + c * (cellW + gap), top = gap + r * (cellH + gap);
                for (int y = 0; y < cellH; y++)
                    for (int x = 0; x < cellW; x++)
                    {
                        byte level = (byte)Math.Clamp(Math.Round(255 * image[(y / zoom) * width + x / zoom]), 0, 255);
                        bitmap.SetPixel(left + x, top + y, new SKColor(level, level, level));
                    }
            }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
