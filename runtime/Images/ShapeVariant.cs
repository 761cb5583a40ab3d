namespace PdeSym.Images;

/// <summary>Which procedural data set to draw.</summary>
public enum ShapeVariant
{
    /// <summary>Six shape classes, each at a random position, rotation and size: the class is invariant under
    /// translations, rotation and isotropic scaling.</summary>
    Standard,

    /// <summary>One L-shape in eight orientation classes (45° apart, ±5° jitter) at a random position and size:
    /// rotation changes the class, so only translations and isotropic scaling are symmetries.</summary>
    Oriented,
}
