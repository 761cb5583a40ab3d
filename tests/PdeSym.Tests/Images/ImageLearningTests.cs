using PdeSym.Images;
using static TorchSharp.torch;

namespace PdeSym.Tests.Images;

/// <summary>
/// The acceptance runs at default settings (minutes each, opt-in): the learner recovers the motions the
/// standard data applies, and in the oriented variant (rotation changes the class) it does not call rotation a
/// symmetry; the learned algebra reads the applied motions by name.
/// </summary>
public class ImageLearningTests
{
    static ImageSymmetryResult Study(ShapeVariant variant)
    {
        set_num_threads(1);
        var (train, heldOut) = new ProceduralShapes(variant).Generate(10000, seed: 1).Split(0.2, seed: 1);
        using var classifier = new ImageClassifier(train.ClassCount, seed: 1);
        ClassifierTraining.Train(classifier, train, heldOut, new ClassifierTrainingOptions(
            Augmentation: ClassifierAugmentation.For(train, ClassifierAugmentation.DefaultShare)));
        return ImageSymmetryStudy.Run(classifier, train, heldOut, new ImageLearningOptions(), WeightingChoice.ImageChange, 0.5);
    }

    [SlowFact]
    public void Standard_data_recovers_translations_rotation_and_scaling()
    {
        var result = Study(ShapeVariant.Standard);
        foreach (var motion in result.Recovery!.Motions.Where(m => m.Applied))
            Assert.True(motion.Fraction >= 0.9, $"{motion.Motion} recovered {motion.Fraction:F3}");
        Assert.Equal(1.0, result.Recovery.Precision);
        // Read in named motions, the span is the four applied motions, closed under the bracket.
        Assert.Equal(["translation-x", "translation-y", "rotation", "isotropic scaling"], result.Algebra.Basis.Select(e => e.Name));
        Assert.True(result.Algebra.Closed);
    }

    [SlowFact]
    public void Oriented_data_does_not_call_rotation_a_symmetry()
    {
        var result = Study(ShapeVariant.Oriented);
        Assert.True(result.Recovery!.Motions.Single(m => m.Motion == "rotation").Fraction < 0.5);
        Assert.True(result.Recovery.Precision is null or 1.0);
        Assert.DoesNotContain(result.Algebra.Basis, e => e.Coefficients[PlaneMotion.Affine.ToList().IndexOf(PlaneMotion.Rotation)] != 0);
    }
}
