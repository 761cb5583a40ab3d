using System.Globalization;

namespace PdeSym.Data;

/// <summary>
/// Data sets made on first use and kept in the user's cache folder (<c>PDESYM_CACHE</c>, else
/// <c>~/.cache/pdesym</c>), so that a command without <c>--data</c> generates once and then reads. The file name
/// carries the PDE's name and a hash of everything that shapes the data: equation, domain, split counts, grid,
/// times, seed, integrator and dealiasing.
/// </summary>
public static class DataSetCache
{
    public static string Folder => Environment.GetEnvironmentVariable("PDESYM_CACHE")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "pdesym");

    /// <summary>Where the data set of these counts and settings is cached (in <paramref name="folder"/>, default <see cref="Folder"/>).</summary>
    public static string PathFor(IPde pde, IReadOnlyDictionary<string, int> counts, DataSettings settings, string? folder = null)
    {
        var c = CultureInfo.InvariantCulture;
        string shape = string.Join(";",
            pde.EquationText, pde.Domain.Length.ToString("R", c), pde.Domain.Duration.ToString("R", c),
            string.Join(",", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")),
            settings.Nx.ToString(c), settings.Nt.ToString(c), settings.Steps.ToString(c), settings.Seed.ToString(c),
            settings.Length?.ToString("R", c) ?? "-", settings.Duration?.ToString("R", c) ?? "-",
            settings.Integrator?.Name ?? "default", settings.Dealias ? "dealias" : "-", settings.Initial?.ToString() ?? "recipe");
        return Path.Combine(folder ?? Folder, $"{pde.Name}-{StableHash(shape):x8}.h5");
    }

    /// <summary>The cached data set, generated and written first when absent; Generated says which happened.</summary>
    public static (PdeDataSet Data, string Path, bool Generated) GetOrGenerate(IPde pde, IReadOnlyDictionary<string, int> counts, DataSettings settings,
        Action<string, double>? progress = null, string? folder = null)
    {
        string path = PathFor(pde, counts, settings, folder);
        if (File.Exists(path)) return (PdeDataFile.Read(path), path, false);
        var data = DataSetGenerator.Generate(pde, counts, settings, progress);
        // Written whole or not at all (PdeDataFile writes through AtomicFile): an interrupted run leaves no half cache entry.
        PdeDataFile.Write(path, data, overwrite: true);
        return (data, path, true);
    }

    static uint StableHash(string text)
    {
        unchecked
        {
            uint h = 2166136261;
            foreach (char ch in text) h = (h ^ ch) * 16777619;
            return h;
        }
    }
}
