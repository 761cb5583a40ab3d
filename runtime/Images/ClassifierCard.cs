using System.Text.Json;
using TorchSharp;

namespace PdeSym.Images;

/// <summary>
/// What a saved classifier was trained on, stored as JSON beside its weights (<c>classifier.bin</c> +
/// <c>classifier.json</c>) so that <c>pdesym image learn</c> can reuse it and check that it fits the data.
/// </summary>
public sealed record ClassifierCard(
    string Data,
    IReadOnlyList<string> ClassNames,
    int Height,
    int Width,
    double HeldOutAccuracy,
    double TrainAccuracy,
    int TrainCount,
    int HeldOutCount,
    double TrainSeconds)
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string CardPath(string weightsPath) => Path.ChangeExtension(weightsPath, ".json");

    public void Save(ImageClassifier classifier, string weightsPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(weightsPath))!);
        classifier.save(weightsPath);
        File.WriteAllText(CardPath(weightsPath), JsonSerializer.Serialize(this, Json));
    }

    public static (ImageClassifier Classifier, ClassifierCard Card) Load(string weightsPath)
    {
        string cardPath = CardPath(weightsPath);
        if (!File.Exists(weightsPath)) throw new UserFacingException($"classifier weights '{weightsPath}' do not exist; run `pdesym image train` first");
        if (!File.Exists(cardPath)) throw new UserFacingException($"classifier '{weightsPath}' has no card '{cardPath}' beside it; train it again with `pdesym image train`");
        ClassifierCard card;
        try { card = JsonSerializer.Deserialize<ClassifierCard>(File.ReadAllText(cardPath)) ?? throw new JsonException("empty"); }
        catch (JsonException e) { throw new UserFacingException($"classifier card '{cardPath}' is not valid JSON ({e.Message}); train the classifier again", e); }
        var classifier = new ImageClassifier(card.ClassNames.Count);
        try { classifier.load(weightsPath); }
        catch (Exception e) when (e is not UserFacingException)
        {
            classifier.Dispose();
            throw new UserFacingException($"classifier weights '{weightsPath}' could not be read ({e.Message}); train the classifier again", e);
        }
        classifier.eval();
        return (classifier, card);
    }
}
