using PdeSym.Data;
using PdeSym.Tests.Declaration;

namespace PdeSym.Tests.Data;

/// <summary><c>pdesym generate</c> end to end: the built app, run as a process.</summary>
public class GenerateCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    string[] Small(params string[] extra) =>
        ["generate", "kdv", "--train", "3", "--test", "1", "--nx", "64", "--nt", "4", "--steps", "9", "--duration", "2", "--out", folder, .. extra];

    [Fact]
    public void Writes_a_file_that_the_reader_and_h5py_take_and_refuses_to_overwrite_it()
    {
        var (code, output, error) = ListCommandTests.RunPdesym(Small());
        Assert.True(code == 0, output + error);
        var path = Path.Combine(folder, "kdv.h5");
        Assert.Contains("wrote", output);

        var data = PdeDataFile.Read(path);
        Assert.Equal(("kdv", "u_t + u*u_x + u_xxx", "etdrk4"), (data.Pde, data.Equation, data.Integrator));
        Assert.Equal(["train", "test"], data.Splits.Select(s => s.Name));
        Assert.Equal(("pde_4-64", 3), (data.Get("train").DatasetName, data.Get("train").Count));
        Assert.Equal(0.25, data.Dt!.Value, 12);
        Assert.Equal(2.0, data.Dx!.Value, 12);
        Assert.Equal(2.0, data.T![^1], 12);
        Assert.Contains(data.Get("train").Values, v => Math.Abs(v) > 0.1);
        if (H5py.Interpreter != null)
            Assert.Equal("(3, 4, 64) float64 kdv 0.25", H5py.Run($$"""
                import h5py
                f = h5py.File('{{path}}', 'r')
                d = f['train/pde_4-64']
                print(d.shape, d.dtype, f.attrs['pde'], repr(float(f.attrs['dt'])))
                """).Trim());

        var (again, againOutput, _) = ListCommandTests.RunPdesym(Small());
        Assert.Equal(1, again);
        Assert.Contains("already exists; pass --force", againOutput);
        var (forced, forcedOutput, forcedError) = ListCommandTests.RunPdesym(Small("--force", "--seed", "9"));
        Assert.True(forced == 0, forcedOutput + forcedError);
        Assert.Equal(9, PdeDataFile.Read(path).Seed);
        Assert.Equal(["kdv.h5"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Unknown_PDE_lists_the_known_ones()
    {
        var (code, output, _) = ListCommandTests.RunPdesym("generate", "kdvv", "--train", "1", "--out", folder);
        Assert.Equal(1, code);
        Assert.Contains("unknown PDE 'kdvv'; did you mean kdv? known PDEs: burgers, ckdv, heat, kdv, ks, mkdv, nkdv",
            System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ")); // the console wraps long lines
    }

    [Fact]
    public void Odd_grid_is_rejected_before_any_work()
    {
        var (code, output, _) = ListCommandTests.RunPdesym("generate", "ks", "--train", "1", "--nx", "255", "--out", folder);
        Assert.Equal(1, code);
        Assert.Contains("nx = 255 is not supported", output.ReplaceLineEndings(" "));
        Assert.Empty(Directory.GetFiles(folder));
    }
}
