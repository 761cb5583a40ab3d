using System.ComponentModel;
using PdeSym.Images;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>The data options shared by <c>pdesym image train</c> and <c>pdesym image learn</c>.</summary>
public class ImageDataSettings : CommandSettings
{
    [CommandOption("--variant <VARIANT>")]
    [Description("procedural data: 'standard' (6 shapes; translation, rotation, scaling applied) or 'oriented' (L-shape in 8 orientation classes; rotation changes the class)")]
    [DefaultValue("standard")]
    public string Variant { get; init; } = "standard";

    [CommandOption("--count <N>")]
    [Description("number of procedural images (training + held-out)")]
    [DefaultValue(10000)]
    public int Count { get; init; } = 10000;

    [CommandOption("--size <PIXELS>")]
    [Description("side of the procedural images in pixels")]
    [DefaultValue(40)]
    public int Size { get; init; } = 40;

    [CommandOption("--seed <SEED>")]
    [Description("seed of the data, the split and the training")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--images <FILE>")]
    [Description("IDX file of N×H×W greyscale images to use in place of the procedural data (with --labels)")]
    public string? Images { get; init; }

    [CommandOption("--labels <FILE>")]
    [Description("IDX file of the N class labels of --images")]
    public string? Labels { get; init; }

    [CommandOption("--held-out <FRACTION>")]
    [Description("fraction of the images held out to measure accuracy and validity")]
    [DefaultValue(0.2)]
    public double HeldOut { get; init; } = 0.2;

    [CommandOption("-o|--out <DIR>")]
    [Description("output folder (classifier, report)")]
    [DefaultValue("runs/image")]
    public string Out { get; init; } = "runs/image";

    [CommandOption("--threads <N>")]
    [Description("libtorch threads; 1 by default because its spinning worker threads slow down badly on a busy 2-core machine")]
    [DefaultValue(1)]
    public int Threads { get; init; } = 1;

    public override ValidationResult Validate()
    {
        if (Threads < 1) return ValidationResult.Error($"--threads is {Threads}; use at least 1");
        if ((Images is null) != (Labels is null))
            return ValidationResult.Error("--images and --labels go together: pass both IDX files, or neither for the procedural data");
        if (Images is null && ParseVariant() is null)
            return ValidationResult.Error($"--variant '{Variant}' is unknown; use 'standard' or 'oriented'");
        if (HeldOut is <= 0 or >= 1)
            return ValidationResult.Error($"--held-out is {HeldOut}; use a fraction strictly between 0 and 1");
        if (Count < 10) return ValidationResult.Error($"--count is {Count}; use at least 10 images");
        return ValidationResult.Success();
    }

    ShapeVariant? ParseVariant() => Variant.ToLowerInvariant() switch
    {
        "standard" => ShapeVariant.Standard,
        "oriented" => ShapeVariant.Oriented,
        _ => null,
    };

    /// <summary>The data set these options name, split into training and held-out images.</summary>
    public (ImageDataSet Train, ImageDataSet HeldOut) LoadData()
    {
        TorchSharp.torch.set_num_threads(Threads);
        var data = Images is not null
            ? IdxImages.Load(Images, Labels!)
            : new ProceduralShapes(ParseVariant()!.Value, Size).Generate(Count, Seed);
        return data.Split(HeldOut, Seed);
    }

    public string ClassifierPath => Path.Combine(Out, "classifier.bin");
}
