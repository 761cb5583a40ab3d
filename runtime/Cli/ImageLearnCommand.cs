using System.ComponentModel;
using PdeSym.Images;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym image learn</c>: learns the symmetries of an image data set with respect to its classifier (trained
/// first, or read from <c>--classifier</c> / the output folder), reads them out and writes the report.
/// </summary>
public sealed class ImageLearnCommand : Command<ImageLearnCommand.Settings>
{
    public sealed class Settings : ImageDataSettings
    {
        [CommandOption("-n|--generators <N>")]
        [Description("number of fields learned together")]
        [DefaultValue(4)]
        public int Generators { get; init; } = 4;

        [CommandOption("--steps <N>")]
        [Description("optimisation steps")]
        [DefaultValue(800)]
        public int Steps { get; init; } = 800;

        [CommandOption("--batch-size <N>")]
        [Description("images per step")]
        [DefaultValue(16)]
        public int BatchSize { get; init; } = 16;

        [CommandOption("--alpha-max <A>")]
        [Description("flow parameters drawn in [[-A, A]] (fields are unit-normalised)")]
        [DefaultValue(0.15)]
        public double AlphaMax { get; init; } = 0.15;

        [CommandOption("--lr <RATE>")]
        [Description("Adam learning rate")]
        [DefaultValue(3e-3)]
        public double LearningRate { get; init; } = 3e-3;

        [CommandOption("--weights <CHOICE>")]
        [Description("weights of the plane's inner product: 'image-change' (mean squared image gradient), 'sensitivity' (the paper's classifier sensitivity) or 'uniform'")]
        [DefaultValue("image-change")]
        public string Weights { get; init; } = "image-change";

        [CommandOption("--validity <OUTPUT>")]
        [Description("classifier output the validity compares: 'probabilities' (class probabilities) or 'features' (the feature layer)")]
        [DefaultValue("probabilities")]
        public string Validity { get; init; } = "probabilities";

        [CommandOption("--threshold <RATIO>")]
        [Description("a field is a symmetry when its validity is at most RATIO × the median validity of random smooth fields")]
        [DefaultValue(0.5)]
        public double Threshold { get; init; } = 0.5;

        [CommandOption("--classifier <FILE>")]
        [Description("trained classifier (classifier.bin with its classifier.json); default: OUT/classifier.bin, trained if absent")]
        public string? Classifier { get; init; }

        public override ValidationResult Validate()
        {
            var data = base.Validate();
            if (!data.Successful) return data;
            if (Generators < 1) return ValidationResult.Error($"--generators is {Generators}; learn at least one field");
            if (Steps < 1) return ValidationResult.Error($"--steps is {Steps}; take at least one step");
            if (BatchSize < 1) return ValidationResult.Error($"--batch-size is {BatchSize}; use at least 1");
            if (AlphaMax <= 0) return ValidationResult.Error($"--alpha-max is {AlphaMax}; use a positive value");
            if (!(LearningRate > 0)) return ValidationResult.Error($"--lr is {LearningRate}; use a positive learning rate such as 3e-3");
            if (Threshold <= 0) return ValidationResult.Error($"--threshold is {Threshold}; use a positive ratio");
            if (Weights is not ("image-change" or "sensitivity" or "uniform")) return ValidationResult.Error($"--weights '{Weights}' is unknown; use 'image-change', 'sensitivity' or 'uniform'");
            if (Validity is not ("probabilities" or "features")) return ValidationResult.Error($"--validity '{Validity}' is unknown; use 'probabilities' or 'features'");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (train, heldOut) = settings.LoadData();
        var (classifier, card) = Classifier(settings, train, heldOut);
        using var classifierHandle = classifier;
        AnsiConsole.MarkupLine($"classifier: held-out accuracy {card.HeldOutAccuracy:P2}");
        var options = new ImageLearningOptions(settings.Generators, settings.Steps, settings.BatchSize, settings.AlphaMax,
            LearningRate: settings.LearningRate, Seed: settings.Seed,
            Representation: settings.Validity == "features" ? ValidityRepresentation.Features : ValidityRepresentation.Probabilities);
        var weighting = settings.Weights switch
        {
            "uniform" => WeightingChoice.Uniform,
            "sensitivity" => WeightingChoice.Sensitivity,
            _ => WeightingChoice.ImageChange,
        };
        ImageSymmetryResult result = null!;
        AnsiConsole.Progress().Start(progress =>
        {
            var task = progress.AddTask("learning fields", maxValue: settings.Steps);
            result = ImageSymmetryStudy.Run(classifier, train, heldOut, options, weighting, settings.Threshold,
                (step, _, _) => task.Value = step);
        });
        var written = ImageSymmetryReport.Write(result, card, settings.Out, clock.Elapsed.TotalSeconds);
        Print(result);
        AnsiConsole.MarkupLine($"report: {Markup.Escape(string.Join(", ", written.Where(p => !p.EndsWith(".png", StringComparison.Ordinal))))} (+ {written.Count(p => p.EndsWith(".png", StringComparison.Ordinal))} plots) in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    static (ImageClassifier, ClassifierCard) Classifier(Settings settings, ImageDataSet train, ImageDataSet heldOut)
    {
        string path = settings.Classifier ?? settings.ClassifierPath;
        if (settings.Classifier is null && !File.Exists(path))
            return ImageTrainCommand.TrainAndSave(train, heldOut, new ClassifierTrainingOptions(Seed: settings.Seed, Augmentation: ClassifierAugmentation.For(train, ClassifierAugmentation.DefaultShare)), path);
        var (classifier, card) = ClassifierCard.Load(path);
        if (card.ClassNames.Count != train.ClassCount || card.Height != train.Height || card.Width != train.Width)
        {
            classifier.Dispose();
            throw new UserFacingException(
                $"classifier '{path}' was trained on {card.ClassNames.Count} classes of {card.Height}×{card.Width} images ({card.Data}), " +
                $"but the data have {train.ClassCount} classes of {train.Height}×{train.Width}; train one for these data with `pdesym image train` and a fresh --out");
        }
        return (classifier, card);
    }

    static void Print(ImageSymmetryResult result)
    {
        var table = new Table().AddColumns("field", "vx", "vy", "validity", "/ baseline", "verdict", "reads as", "fit");
        foreach (var f in result.Fields)
            table.AddRow(f.Index.ToString(), Markup.Escape(f.Readout.Vx), Markup.Escape(f.Readout.Vy), f.Validity.ToString("G3"),
                f.RelativeValidity.ToString("F2"), ImageSymmetryReport.Verdict(f), Markup.Escape(f.Readout.Name), f.Readout.FitQuality.ToString("F3"));
        AnsiConsole.Write(table);
        if (result.Algebra.Basis is { Count: > 0 } basis)
        {
            AnsiConsole.MarkupLine($"learned algebra (dimension {basis.Count}): [bold]{Markup.Escape(string.Join(", ", basis.Select((e, k) => $"W{k + 1} = {e.Name}")))}[/]");
            BracketSummary.Print(AnsiConsole.Console, result.Algebra.Commutators, result.Algebra.Closed, result.Algebra.Structure);
        }
        var motions = new Table().AddColumns("motion", "validity", "/ baseline", "in learned span");
        foreach (var m in result.NamedMotions)
        {
            var span = result.Recovery?.Motions.First(r => r.Motion == m.Motion);
            string applied = span is null ? "" : span.Applied ? " (applied)" : " (not applied)";
            motions.AddRow(Markup.Escape(m.Motion + applied), m.Validity.ToString("G3"), m.RelativeValidity.ToString("F2"), span?.Fraction.ToString("F3") ?? "-");
        }
        AnsiConsole.Write(motions);
        if (result.Recovery?.Precision is { } precision) AnsiConsole.MarkupLine($"precision {precision:F2}");
    }
}
