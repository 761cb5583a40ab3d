using System.Text.Json;
using PdeSym.Cli;
using PdeSym.Images;

namespace PdeSym.Tests.Images;

/// <summary>The image commands end to end on tiny configurations (seconds), and their answers to bad input.</summary>
public sealed class ImageCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-image-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Learn_on_a_tiny_configuration_writes_a_valid_report()
    {
        int code = PdeSymCli.Run(["image", "learn", "--count", "120", "--size", "16", "--steps", "3", "--generators", "2",
            "--batch-size", "4", "-o", folder]);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(folder, "classifier.bin")));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        var fields = report.RootElement.GetProperty("fields").EnumerateArray().ToArray();
        Assert.Equal(2, fields.Length);
        foreach (var field in fields)
        {
            Assert.Matches(@"^[-0-9.x y+*^e]+$", field.GetProperty("vx").GetString());
            Assert.Matches(@"^[-0-9.x y+*^e]+$", field.GetProperty("vy").GetString());
            Assert.InRange(field.GetProperty("validity").GetDouble(), 0, 2);
            Assert.Contains(field.GetProperty("verdict").GetString(), new[] { ImageSymmetryReport.Symmetry, ImageSymmetryReport.NotSymmetry });
        }
        var motions = report.RootElement.GetProperty("recovery").GetProperty("motions").EnumerateArray().ToArray();
        Assert.Equal(6, motions.Length);
        Assert.Equal(4, motions.Count(m => m.GetProperty("applied").GetBoolean()));
        // The learned algebra: no wider than the fields called symmetries, each element scoring as one, a square table.
        var algebra = report.RootElement.GetProperty("algebra");
        var basis = algebra.GetProperty("basis").EnumerateArray().ToArray();
        Assert.True(basis.Length <= fields.Count(f => f.GetProperty("verdict").GetString() == ImageSymmetryReport.Symmetry));
        double threshold = report.RootElement.GetProperty("verdictThreshold").GetDouble();
        Assert.All(basis, e => Assert.True(e.GetProperty("relativeValidity").GetDouble() <= threshold));
        Assert.Equal(basis.Length, algebra.GetProperty("commutators").GetArrayLength());
        foreach (string png in new[] { "field-1.png", "field-2.png", "transformed.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, png));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        Assert.Contains("| 1 |", File.ReadAllText(Path.Combine(folder, "report.md")));
        Assert.Contains("## Learned algebra", File.ReadAllText(Path.Combine(folder, "report.md")));

        // A second run reuses the saved classifier (its card is checked against the data).
        Assert.Equal(0, PdeSymCli.Run(["image", "learn", "--count", "120", "--size", "16", "--steps", "1", "--generators", "1", "-o", folder]));
        // A classifier trained for other data is refused with a message, not used.
        Assert.Equal(1, PdeSymCli.Run(["image", "learn", "--variant", "oriented", "--count", "120", "--size", "16", "--steps", "1", "-o", folder]));
    }

    [Fact]
    public void Train_reads_idx_files_and_refuses_bad_ones()
    {
        var data = new ProceduralShapes(ShapeVariant.Standard, 12).Generate(60, seed: 3);
        string images = Path.Combine(folder, "images.idx"), labels = Path.Combine(folder, "labels.idx");
        IdxFile.Write(images, new IdxFile.Array(IdxFile.ElementType.UnsignedByte, [60, 12, 12],
            data.Pixels.Select(p => Math.Round(p * 255.0)).ToArray()));
        IdxFile.Write(labels, new IdxFile.Array(IdxFile.ElementType.UnsignedByte, [60], data.Labels.Select(l => (double)l).ToArray()));
        Assert.Equal(0, PdeSymCli.Run(["image", "train", "--images", images, "--labels", labels, "--epochs", "1", "-o", folder]));
        var (classifier, card) = ClassifierCard.Load(Path.Combine(folder, "classifier.bin"));
        classifier.Dispose();
        Assert.Equal(6, card.ClassNames.Count);
        Assert.Equal((12, 12), (card.Height, card.Width));
        Assert.Equal(12, card.HeldOutCount);

        // --images without --labels, and a truncated file: exit codes, no exception escapes.
        Assert.NotEqual(0, PdeSymCli.Run(["image", "train", "--images", images, "-o", folder]));
        File.WriteAllBytes(labels, File.ReadAllBytes(labels)[..30]);
        Assert.Equal(1, PdeSymCli.Run(["image", "train", "--images", images, "--labels", labels, "-o", folder]));
    }
}
