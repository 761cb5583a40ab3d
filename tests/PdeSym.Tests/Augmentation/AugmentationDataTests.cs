using System.Diagnostics;
using PdeSym.Augmentation;
using PdeSym.Data;

namespace PdeSym.Tests.Augmentation;

/// <summary>The data pdesym augment uses without --data: generated once into the cache, then read back.</summary>
public class AugmentationDataTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-augment-data-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static readonly Dictionary<string, int> SmallCounts = new() { ["train"] = 4, ["valid"] = 2, ["test"] = 2 };
    static readonly DataSettings Small = new() { Nx = 32, Nt = 12, Steps = 40, Duration = 10 };

    [Fact]
    public void A_data_set_is_generated_once_and_then_read_from_the_cache()
    {
        var kdv = PdeCatalog.Get("kdv");
        var (made, path, generated) = DataSetCache.GetOrGenerate(kdv, SmallCounts, Small, folder: folder);
        Assert.True(generated);
        Assert.True(File.Exists(path));
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
        var (read, samePath, generatedAgain) = DataSetCache.GetOrGenerate(kdv, SmallCounts, Small, folder: folder);
        Assert.False(generatedAgain);
        Assert.Equal(path, samePath);
        foreach (var split in PdeDataSet.SplitNames)
            Assert.Equal(made.Get(split).ToTensor().data<double>().ToArray(), read.Get(split).ToTensor().data<double>().ToArray());
        // Anything that shapes the data gives another entry.
        Assert.NotEqual(path, DataSetCache.PathFor(kdv, SmallCounts, Small with { Seed = 1 }, folder));
        Assert.NotEqual(path, DataSetCache.PathFor(kdv, new Dictionary<string, int>(SmallCounts) { ["train"] = 5 }, Small, folder));
        Assert.NotEqual(path, DataSetCache.PathFor(PdeCatalog.Get("burgers"), SmallCounts, Small, folder));
    }

    [Fact]
    public async Task Pdesym_augment_without_data_uses_the_cached_default_set()
    {
        var kdv = PdeCatalog.Get("kdv");
        // A small set placed where the default set is cached stands in for the 256-trajectory one (seconds, not minutes).
        var small = DataSetGenerator.Generate(kdv, SmallCounts, Small);
        PdeDataFile.Write(DataSetCache.PathFor(kdv, AugmentationData.Counts, AugmentationData.SettingsFor(kdv), folder), small, overwrite: true);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["PDESYM_CACHE"] = folder;
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pdesym.dll"));
        foreach (var a in new[] { "augment", "kdv", "--none", "--seeds", "1", "--epochs", "1", "--history", "4", "--future", "4", "--width", "8", "--modes", "4",
            "--windows", "1", "--out", Path.Combine(folder, "report") })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output + await error);
        Assert.Contains("(cached)", output);
        Assert.Contains("| 4 | none | 1 |", File.ReadAllText(Path.Combine(folder, "report", "report.md")));
    }
}
