using PdeSym.Images;
using static TorchSharp.torch;

namespace PdeSym.Tests.Images;

/// <summary>The classifier learns the procedural classes, and a saved classifier reloads to the same function.</summary>
public sealed class ImageClassifierTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-classifier-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Saved_classifier_reloads_to_the_same_outputs()
    {
        var data = new ProceduralShapes(ShapeVariant.Standard, 16).Generate(40, seed: 4);
        using var classifier = new ImageClassifier(6);
        var card = new ClassifierCard(data.Description, data.ClassNames, 16, 16, 0.5, 0.5, 40, 0, 0);
        string path = Path.Combine(folder, "classifier.bin");
        card.Save(classifier, path);
        var (loaded, loadedCard) = ClassifierCard.Load(path);
        using var loadedHandle = loaded;
        Assert.Equal(card.ClassNames, loadedCard.ClassNames);
        using var scope = NewDisposeScope();
        classifier.eval();
        var (images, _) = data.ToTensors();
        Assert.True(classifier.call(images).allclose(loaded.call(images), rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Missing_or_corrupt_classifier_files_are_reported()
    {
        string path = Path.Combine(folder, "absent.bin");
        Assert.Contains("pdesym image train", Assert.Throws<UserFacingException>(() => ClassifierCard.Load(path)).Message);
        File.WriteAllText(path, "not weights");
        File.WriteAllText(ClassifierCard.CardPath(path), "{ not json");
        Assert.Contains("not valid JSON", Assert.Throws<UserFacingException>(() => ClassifierCard.Load(path)).Message);
    }

    [SlowFact]
    public void Reaches_95_percent_held_out_accuracy_at_default_settings()
    {
        var (train, heldOut) = new ProceduralShapes().Generate(10000, seed: 1).Split(0.2, seed: 1);
        set_num_threads(1);
        using var classifier = new ImageClassifier(train.ClassCount, seed: 1);
        var result = ClassifierTraining.Train(classifier, train, heldOut, new ClassifierTrainingOptions(
            Augmentation: ClassifierAugmentation.For(train, ClassifierAugmentation.DefaultShare)));
        Assert.True(result.HeldOutAccuracy >= 0.95, $"held-out accuracy {result.HeldOutAccuracy:P2}");
    }
}
