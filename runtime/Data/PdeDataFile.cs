using System.Globalization;
using System.Text.RegularExpressions;
using PureHDF;

namespace PdeSym.Data;

/// <summary>
/// Reads and writes <see cref="PdeDataSet"/>s as HDF5 in the layout of the LPSDA / paper code, so that h5py
/// and their loaders read our files and we read theirs:
/// <code>
/// /                         attributes: pde, equation, length, nx, nt, dx, dt, seed, integrator, constant_&lt;Name&gt;
/// /train/pde_{nt}-{nx}      [N, nt, nx] float64
/// /train/x  [N, nx]   /train/t  [N, nt]   /train/dx  [N]   /train/dt  [N]     (as LPSDA)
/// /valid/..., /test/...
/// </code>
/// Writing goes to a temporary file that is renamed into place, so an interrupted run leaves no partial file.
/// </summary>
public static partial class PdeDataFile
{
    /// <summary>Prefix of the root attributes that hold the PDE's constants.</summary>
    public const string ConstantPrefix = "constant_";

    [GeneratedRegex(@"^pde_(\d+)-(\d+)$")]
    private static partial Regex DatasetPattern();

    /// <summary>Writes the data set; refuses to replace an existing file unless <paramref name="overwrite"/>.</summary>
    public static void Write(string path, PdeDataSet data, bool overwrite = false)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite)
            throw new UserFacingException($"'{path}' already exists; pass --force to overwrite it or choose another --out");
        if (data.Splits.Count == 0) throw new ArgumentException("a data set needs at least one split", nameof(data));

        var file = new H5File();
        foreach (var (key, value) in RootAttributes(data)) file.Attributes[key] = value;
        foreach (var split in data.Splits)
        {
            var group = new H5Group { [split.DatasetName] = new H5Dataset(split.Values, fileDims: [(ulong)split.Count, (ulong)split.Nt, (ulong)split.Nx]) };
            if (data.X is { } x) group["x"] = PerTrajectory(x, split.Count);
            if (data.T is { } t) group["t"] = PerTrajectory(t, split.Count);
            if (data.Dx is { } dx) group["dx"] = new H5Dataset(Enumerable.Repeat(dx, split.Count).ToArray());
            if (data.Dt is { } dt) group["dt"] = new H5Dataset(Enumerable.Repeat(dt, split.Count).ToArray());
            file[split.Name] = group;
        }

        AtomicFile.Write(full, temporary => file.Write(temporary));
    }

    static H5Dataset PerTrajectory(double[] values, int count)
    {
        var repeated = new double[values.Length * count];
        for (int n = 0; n < count; n++) values.CopyTo(repeated, n * values.Length);
        return new H5Dataset(repeated, fileDims: [(ulong)count, (ulong)values.Length]);
    }

    static IEnumerable<(string, object)> RootAttributes(PdeDataSet data)
    {
        if (data.Pde is { } pde) yield return ("pde", pde);
        if (data.Equation is { } equation) yield return ("equation", equation);
        if (data.Length is { } length) yield return ("length", length);
        var first = data.Splits[0];
        yield return ("nx", first.Nx);
        yield return ("nt", first.Nt);
        if (data.Dx is { } dx) yield return ("dx", dx);
        if (data.Dt is { } dt) yield return ("dt", dt);
        if (data.Seed is { } seed) yield return ("seed", seed);
        if (data.Integrator is { } integrator) yield return ("integrator", integrator);
        foreach (var (name, value) in data.Constants) yield return (ConstantPrefix + name, value);
    }

    /// <summary>Why <paramref name="path"/> cannot be read as a data file before opening it (missing, or a folder); null when it is a file.</summary>
    public static string? NotAFile(string path) =>
        Directory.Exists(path) ? $"'{path}' is a folder; pass the .h5 file in it (pdesym generate writes <out>/<pde>.h5)"
        : !File.Exists(path) ? $"'{path}' does not exist"
        : null;

    /// <summary>
    /// Reads a file in the layout (ours or the reference code's). Rejects files that are not HDF5, are truncated,
    /// or hold no <c>train</c>/<c>valid</c>/<c>test</c> group with a <c>pde_{nt}-{nx}</c> dataset, with a message
    /// that says which.
    /// </summary>
    public static PdeDataSet Read(string path)
    {
        if (NotAFile(path) is { } problem) throw new UserFacingException($"data file {problem}");
        PureHDF.VOL.Native.NativeFile file;
        try
        {
            file = H5File.OpenRead(path);
        }
        catch (Exception e)
        {
            throw Corrupt(path, e);
        }
        using (file)
        {
            try
            {
                return ReadOpen(path, file);
            }
            catch (UserFacingException) { throw; }
            catch (Exception e)
            {
                throw Corrupt(path, e);
            }
        }
    }

    static UserFacingException Corrupt(string path, Exception e) => new(
        $"'{path}' is not a readable HDF5 data file ({new FileInfo(path).Length} bytes; {e.Message.TrimEnd('.')}). " +
        "It may be truncated by an interrupted write; generate it again", e);

    static PdeDataSet ReadOpen(string path, PureHDF.VOL.Native.NativeFile file)
    {
        var splits = new List<PdeDataSplit>();
        double[]? x = null, t = null;
        double? dx = null, dt = null;
        foreach (var name in PdeDataSet.SplitNames)
        {
            if (!file.LinkExists(name)) continue;
            var group = file.Group(name);
            var datasets = group.Children().Select(c => c.Name).Where(n => DatasetPattern().IsMatch(n)).ToList();
            if (datasets.Count == 0)
                throw new UserFacingException($"'{path}': group '{name}' has no dataset named pde_{{nt}}-{{nx}}");
            if (datasets.Count > 1)
                throw new UserFacingException($"'{path}': group '{name}' has several trajectory datasets ({string.Join(", ", datasets)}); keep one");
            var dataset = group.Dataset(datasets[0]);
            var dims = dataset.Space.Dimensions;
            if (dims.Length != 3)
                throw new UserFacingException($"'{path}': {name}/{datasets[0]} has shape [{string.Join(", ", dims)}]; expected [N, nt, nx]");
            if (dataset.Type.Class != H5DataTypeClass.FloatingPoint || dataset.Type.Size != 8)
                throw new UserFacingException($"'{path}': {name}/{datasets[0]} is not float64 ({dataset.Type.Class}, {dataset.Type.Size} bytes)");
            var match = DatasetPattern().Match(datasets[0]);
            int nt = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), nx = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if ((int)dims[1] != nt || (int)dims[2] != nx)
                throw new UserFacingException($"'{path}': {name}/{datasets[0]} has shape [{string.Join(", ", dims)}], which contradicts its name");
            splits.Add(new PdeDataSplit(name, (int)dims[0], nt, nx, dataset.Read<double[]>()));
            x ??= FirstRow(group, "x", nx);
            t ??= FirstRow(group, "t", nt);
            dx ??= FirstValue(group, "dx");
            dt ??= FirstValue(group, "dt");
        }
        if (splits.Count == 0)
            throw new UserFacingException($"'{path}' holds no train, valid or test group; it is not a PDE data file in the LPSDA layout");
        if (splits.Select(s => s.Nx).Distinct().Count() > 1)
            throw new UserFacingException($"'{path}': the splits have different grids ({string.Join(", ", splits.Select(s => s.DatasetName))})");

        var attributes = file.Attributes().ToDictionary(a => a.Name, a => a);
        string? Text(string key) => attributes.TryGetValue(key, out var a) ? a.Read<string>() : null;
        double? Number(string key) => attributes.TryGetValue(key, out var a) ? a.Read<double>() : null;
        int? Integer(string key) => attributes.TryGetValue(key, out var a) ? a.Read<int>() : null;
        var constants = attributes.Keys.Where(k => k.StartsWith(ConstantPrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[ConstantPrefix.Length..], k => attributes[k].Read<double>());

        return new PdeDataSet
        {
            Splits = splits,
            Pde = Text("pde"),
            Equation = Text("equation"),
            Constants = constants,
            Length = Number("length"),
            X = x,
            T = t,
            Dx = dx ?? Number("dx"),
            Dt = dt ?? Number("dt"),
            Seed = Integer("seed"),
            Integrator = Text("integrator"),
        };
    }

    static double[]? FirstRow(IH5Group group, string name, int length)
    {
        if (!group.LinkExists(name)) return null;
        var values = group.Dataset(name).Read<double[]>();
        return values.Length >= length ? values[..length] : null;
    }

    static double? FirstValue(IH5Group group, string name)
    {
        if (!group.LinkExists(name)) return null;
        var values = group.Dataset(name).Read<double[]>();
        return values.Length > 0 ? values[0] : null;
    }
}
