using System.Globalization;
using PdeSym.Data;

namespace PdeSym.Tests.Data;

/// <summary>HDF5 round trips in the LPSDA layout, checked by our reader and by h5py.</summary>
public class PdeDataFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-data-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static PdeDataSet Sample()
    {
        var random = new Random(7);
        PdeDataSplit Split(string name, int n) => new(name, n, 3, 8, Enumerable.Range(0, n * 3 * 8).Select(_ => random.NextDouble() - 0.5).ToArray());
        return new PdeDataSet
        {
            Splits = [Split("train", 4), Split("test", 2)],
            Pde = "burgers",
            Equation = "u_t + u*u_x - 0.01*u_xx",
            Constants = new Dictionary<string, double> { ["Nu"] = 0.01 },
            Length = 2 * Math.PI,
            X = Enumerable.Range(0, 8).Select(j => j * 2 * Math.PI / 8).ToArray(),
            T = [1.0, 1.5, 2.0],
            Dx = 2 * Math.PI / 8,
            Dt = 0.5,
            Seed = 3,
            Integrator = "etdrk4",
        };
    }

    [Fact]
    public void Written_file_reads_back_with_every_value_and_attribute()
    {
        var path = Path.Combine(folder, "d.h5");
        var written = Sample();
        PdeDataFile.Write(path, written);
        var read = PdeDataFile.Read(path);

        Assert.Equal(["train", "test"], read.Splits.Select(s => s.Name));
        for (int s = 0; s < 2; s++)
        {
            Assert.Equal((written.Splits[s].Count, 3, 8), (read.Splits[s].Count, read.Splits[s].Nt, read.Splits[s].Nx));
            Assert.Equal(written.Splits[s].Values, read.Splits[s].Values);
        }
        Assert.Equal("burgers", read.Pde);
        Assert.Equal(written.Equation, read.Equation);
        Assert.Equal(0.01, read.Constants["Nu"]);
        Assert.Equal(written.X, read.X);
        Assert.Equal(written.T, read.T);
        Assert.Equal((written.Dx, written.Dt, written.Length, 3, "etdrk4"), (read.Dx, read.Dt, read.Length, read.Seed, read.Integrator));
        Assert.Equal(4 * 3 * 8 + 2 * 3 * 8, read.Splits.Sum(s => s.ToTensor().numel()));
    }

    [Fact]
    public void An_existing_file_is_kept_without_overwrite_and_no_temporary_is_left()
    {
        var path = Path.Combine(folder, "d.h5");
        File.WriteAllText(path, "precious");
        var e = Assert.Throws<UserFacingException>(() => PdeDataFile.Write(path, Sample()));
        Assert.Contains("--force", e.Message);
        Assert.Equal("precious", File.ReadAllText(path));

        PdeDataFile.Write(path, Sample(), overwrite: true);
        Assert.Equal(4, PdeDataFile.Read(path).Get("train").Count);
        Assert.Equal(["d.h5"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Truncated_file_from_an_interrupted_run_is_rejected_with_a_clear_message()
    {
        var e = Assert.Throws<UserFacingException>(() => PdeDataFile.Read(Fixtures.Path("ks_interrupted_write.h5")));
        Assert.Contains("not a readable HDF5 data file", e.Message);
        Assert.Contains("96 bytes", e.Message);
        Assert.Contains("generate it again", e.Message);
    }

    [Fact]
    public void Missing_file_and_a_file_without_splits_are_rejected()
    {
        Assert.Contains("does not exist", Assert.Throws<UserFacingException>(() => PdeDataFile.Read(Path.Combine(folder, "none.h5"))).Message);
        var path = Path.Combine(folder, "text.h5");
        File.WriteAllText(path, "not hdf5 at all");
        Assert.Contains("not a readable HDF5", Assert.Throws<UserFacingException>(() => PdeDataFile.Read(path)).Message);
    }

    [H5pyFact]
    public void H5py_reads_our_file_with_shape_dtype_and_attributes()
    {
        var path = Path.Combine(folder, "d.h5");
        var written = Sample();
        PdeDataFile.Write(path, written);
        var output = H5py.Run($$"""
            import h5py
            f = h5py.File({{Python(path)}}, 'r')
            d = f['train/pde_3-8']
            print(d.shape, d.dtype, sorted(f.keys()))
            print(repr(float(d[1, 2, 5])), f.attrs['pde'], repr(float(f.attrs['constant_Nu'])), repr(float(f.attrs['dt'])))
            print(f['train/x'].shape, f['train/t'].shape, f['train/dx'].shape, repr(float(f['test/t'][1, 2])))
            """);
        var lines = output.Trim().Split('\n');
        Assert.Equal("(4, 3, 8) float64 ['test', 'train']", lines[0]);
        Assert.Equal($"{written.Splits[0][1, 2, 5].ToString("R", CultureInfo.InvariantCulture)} burgers 0.01 0.5", lines[1]);
        Assert.Equal("(4, 8) (4, 3) (4,) 2.0", lines[2]);
    }

    [H5pyFact]
    public void File_written_by_h5py_in_the_LPSDA_layout_is_read()
    {
        var path = Path.Combine(folder, "lpsda.h5");
        H5py.Run($$"""
            import h5py, numpy as np
            with h5py.File({{Python(path)}}, 'w') as f:
                for mode, n in (('train', 3), ('valid', 2)):
                    g = f.create_group(mode)
                    g.create_dataset('pde_5-16', data=np.arange(n * 5 * 16, dtype=float).reshape(n, 5, 16) / 7)
                    g.create_dataset('x', data=np.tile(np.linspace(0, 15 / 16 * 128, 16), (n, 1)))
                    g.create_dataset('t', data=np.tile(np.linspace(0, 4, 5), (n, 1)))
                    g.create_dataset('dx', data=np.full(n, 8.0))
                    g.create_dataset('dt', data=np.full(n, 1.0))
            """);
        var read = PdeDataFile.Read(path);
        Assert.Equal(["train", "valid"], read.Splits.Select(s => s.Name));
        Assert.Equal(2, read.Get("valid").Count);
        Assert.Equal((1 * 5 * 16 + 3 * 16 + 9) / 7.0, read.Get("train")[1, 3, 9]);
        Assert.Equal(120.0, read.X![15]);
        Assert.Equal([0.0, 1, 2, 3, 4], read.T!);
        Assert.Equal((8.0, 1.0), (read.Dx, read.Dt));
        Assert.Null(read.Pde);
        Assert.Contains("no 'test' split", Assert.Throws<UserFacingException>(() => read.Get("test")).Message);
    }

    static string Python(string path) => "'" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
