using System.ComponentModel;
using PdeSym.Images;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym image train</c>: trains the image classifier whose features score image symmetries.</summary>
public sealed class ImageTrainCommand : Command<ImageTrainCommand.Settings>
{
    public sealed class Settings : ImageDataSettings
    {
        [CommandOption("--epochs <N>")]
        [Description("training epochs")]
        [DefaultValue(16)]
        public int Epochs { get; init; } = 16;

        [CommandOption("--batch-size <N>")]
        [Description("images per training batch")]
        [DefaultValue(64)]
        public int BatchSize { get; init; } = 64;

        [CommandOption("--lr <RATE>")]
        [Description("Adam learning rate")]
        [DefaultValue(2e-3)]
        public double LearningRate { get; init; } = 2e-3;

        [CommandOption("--augment <SHARE>")]
        [Description("share of each training batch moved by a random combination of the procedural generator's motions (0: none; IDX data are never augmented)")]
        [DefaultValue(ClassifierAugmentation.DefaultShare)]
        public double Augment { get; init; } = ClassifierAugmentation.DefaultShare;

        public override ValidationResult Validate()
        {
            var data = base.Validate();
            if (!data.Successful) return data;
            if (!(LearningRate > 0)) return ValidationResult.Error($"--lr is {LearningRate}; use a positive learning rate such as 2e-3");
            if (Augment is < 0 or > 1) return ValidationResult.Error($"--augment is {Augment}; use a share between 0 and 1");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var (train, heldOut) = settings.LoadData();
        var options = new ClassifierTrainingOptions(settings.Epochs, settings.BatchSize, settings.LearningRate, settings.Seed,
            ClassifierAugmentation.For(train, settings.Augment));
        var (classifier, card) = TrainAndSave(train, heldOut, options, settings.ClassifierPath);
        classifier.Dispose();
        AnsiConsole.MarkupLine($"held-out accuracy [bold]{card.HeldOutAccuracy:P2}[/] ({card.HeldOutCount} images; training {card.TrainAccuracy:P2}), trained in {card.TrainSeconds:F1} s");
        AnsiConsole.MarkupLine($"classifier written to {Markup.Escape(settings.ClassifierPath)}");
        return 0;
    }

    /// <summary>Trains a classifier on the data with a progress bar and saves it with its card.</summary>
    internal static (ImageClassifier Classifier, ClassifierCard Card) TrainAndSave(
        ImageDataSet train, ImageDataSet heldOut, ClassifierTrainingOptions options, string path)
    {
        AnsiConsole.MarkupLine($"training the classifier on {Markup.Escape(train.Description)}: {train.Count} training, {heldOut.Count} held-out images");
        var classifier = new ImageClassifier(train.ClassCount, options.Seed);
        ClassifierTrainingResult result = null!;
        AnsiConsole.Progress().Start(progress =>
        {
            var task = progress.AddTask("training classifier", maxValue: 1.0);
            result = ClassifierTraining.Train(classifier, train, heldOut, options, done => task.Value = done);
        });
        var card = new ClassifierCard(train.Description, train.ClassNames, train.Height, train.Width,
            result.HeldOutAccuracy, result.TrainAccuracy, result.TrainCount, result.HeldOutCount, result.Seconds);
        card.Save(classifier, path);
        return (classifier, card);
    }
}
