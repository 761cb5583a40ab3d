namespace PdeSym.Images;

/// <summary>
/// Where a shape is drawn: its frame's origin at (CentreX, CentreY) of the image plane, turned by Angle
/// (radians, from +x towards +y) and scaled by Size. A point p of the plane lies in the shape when
/// R(−Angle)(p − centre)/Size lies in the shape's unit frame.
/// </summary>
public sealed record ShapePose(double CentreX, double CentreY, double Angle, double Size)
{
    /// <summary>The shape-frame coordinates (u, v) of the plane point (x, y).</summary>
    public (double U, double V) ToShapeFrame(double x, double y)
    {
        double dx = x - CentreX, dy = y - CentreY;
        double c = Math.Cos(Angle), s = Math.Sin(Angle);
        return ((c * dx + s * dy) / Size, (-s * dx + c * dy) / Size);
    }
}
