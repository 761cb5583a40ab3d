namespace PdeSym.Images;

/// <summary>
/// Which output of the classifier the validity score compares (1 − cos between an image and the moved image).
/// </summary>
public enum ValidityRepresentation
{
    /// <summary>
    /// The class probabilities (softmax). The default: they are as invariant as the classifier's decisions. Measured
    /// on the standard procedural data with α = 0.2 (unit fields, image-change weights), rotation scores 0.17 of the
    /// random-field baseline with probabilities but 1.04 with the 64-wide feature layer, which keeps orientation
    /// information the decision does not use.
    /// </summary>
    Probabilities,

    /// <summary>The 64-wide feature layer before the class layer (the paper compares ResNet features).</summary>
    Features,
}
