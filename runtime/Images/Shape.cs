namespace PdeSym.Images;

/// <summary>
/// The shapes of the procedural data, each a region of its own unit frame (it fits in the unit disc), chosen to
/// stay distinguishable under any rotation, isotropic scaling and translation, but not under a stretch or a
/// shear (a stretched square reads as a bar, a stretched ring as an ellipse).
/// </summary>
public enum Shape
{
    Ring,
    Triangle,
    Square,
    Cross,
    LShape,
    Bar,
}

public static class ShapeRegion
{
    static readonly double Sqrt3 = Math.Sqrt(3);

    /// <summary>Whether the point (u, v) of the shape's unit frame lies inside the shape.</summary>
    public static bool Contains(Shape shape, double u, double v) => shape switch
    {
        Shape.Ring => u * u + v * v is >= 0.25 and <= 1.0,
        // Equilateral, circumradius 1, one vertex at (0, −1): inside the three half-planes of its edges.
        Shape.Triangle => v <= 0.5 && Sqrt3 * u - v <= 1.0 && -Sqrt3 * u - v <= 1.0,
        Shape.Square => Math.Abs(u) <= 0.7 && Math.Abs(v) <= 0.7,
        Shape.Cross => (Math.Abs(u) <= 0.95 && Math.Abs(v) <= 0.3) || (Math.Abs(u) <= 0.3 && Math.Abs(v) <= 0.95),
        Shape.LShape => (u is >= -0.7 and <= 0.7 && v is >= 0.25 and <= 0.7) || (u is >= -0.7 and <= -0.25 && v is >= -0.7 and <= 0.7),
        Shape.Bar => Math.Abs(u) <= 0.95 && Math.Abs(v) <= 0.28,
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    public static string Name(Shape shape) => shape switch
    {
        Shape.Ring => "ring",
        Shape.Triangle => "triangle",
        Shape.Square => "square",
        Shape.Cross => "cross",
        Shape.LShape => "L-shape",
        Shape.Bar => "bar",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
