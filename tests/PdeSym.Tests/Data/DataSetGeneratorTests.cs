using PdeSym.Data;
using PdeSym.Spectral;
using PdeSym.Tests.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Tests.Data;

/// <summary>The generator's windowing, seeding and file output, on small runs of catalogue KdV and a hand-built Burgers.</summary>
public class DataSetGeneratorTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-gen-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static readonly IPde KdV = PdeCatalog.Get("kdv");
    static readonly DataSettings Small = new() { Nx = 64, Steps = 9, Nt = 5, Seed = 4, BatchSize = 3, Duration = 4 };

    [Fact]
    public void Keeps_the_last_nt_of_the_run_and_records_grid_and_times()
    {
        var data = DataSetGenerator.Generate(KdV, new Dictionary<string, int> { ["train"] = 4, ["test"] = 2 }, Small);
        Assert.Equal(["train", "test"], data.Splits.Select(s => s.Name));
        Assert.Equal((4, 5, 64), (data.Get("train").Count, data.Get("train").Nt, data.Get("train").Nx));
        Assert.Equal(0.5, data.Dt!.Value, 12);
        Assert.Equal([2.0, 2.5, 3.0, 3.5, 4.0], data.T!);
        Assert.Equal(2.0, data.Dx!.Value, 12);
        Assert.Equal("etdrk4", data.Integrator);

        // The stored window is the solution of the PDE: re-simulate the first trajectory from the window's start.
        using var scope = NewDisposeScope();
        var train = data.Get("train").ToTensor();
        var again = Trajectories.Simulate(KdV, train[0..1, 0], new PeriodicGrid(128, 64), [2.0, 4.0]);
        Assert.True((again[0, 1] - train[0, 4]).abs().max().item<double>() < 1e-9);
    }

    [Fact]
    public void Same_seed_gives_the_same_data_whatever_the_batch_size_and_splits_differ()
    {
        var counts = new Dictionary<string, int> { ["train"] = 4, ["valid"] = 4 };
        var a = DataSetGenerator.Generate(KdV, counts, Small);
        var b = DataSetGenerator.Generate(KdV, counts, Small with { BatchSize = 4 });
        Assert.Equal(a.Get("train").Values, b.Get("train").Values);
        Assert.NotEqual(a.Get("train").Values, a.Get("valid").Values);
        var c = DataSetGenerator.Generate(KdV, counts, Small with { Seed = 5 });
        Assert.NotEqual(a.Get("train").Values, c.Get("train").Values);
    }

    [Fact]
    public void Burgers_goes_through_Cole_Hopf_and_matches_the_direct_solver()
    {
        var burgers = new HandBuiltPde("burgers", new PdeDomain(2 * Math.PI, 0.5), HandBuiltForms.Burgers(0.1));
        var settings = new DataSettings { Nx = 128, Steps = 3, Nt = 2, Seed = 1, Initial = new ColeHopfSineSeries(new SineSeries(3, 1, 2), 0.1, Scale: 1) };
        var counts = new Dictionary<string, int> { ["train"] = 2 };
        var coleHopf = DataSetGenerator.Generate(burgers, counts, settings);
        var direct = DataSetGenerator.Generate(burgers, counts, settings with { Integrator = new Etdrk4Solver(0.005) });
        Assert.Equal(("cole-hopf", "etdrk4"), (coleHopf.Integrator, direct.Integrator));
        double difference = coleHopf.Get("train").Values.Zip(direct.Get("train").Values, (p, q) => Math.Abs(p - q)).Max();
        Assert.True(difference < 1e-9, $"difference {difference:e2}");
    }

    [Fact]
    public void Generated_file_reads_back_with_shape_dtype_and_attributes()
    {
        var data = DataSetGenerator.Generate(KdV, new Dictionary<string, int> { ["train"] = 2, ["valid"] = 1 }, Small);
        var path = Path.Combine(folder, "kdv.h5");
        PdeDataFile.Write(path, data);
        var read = PdeDataFile.Read(path);
        Assert.Equal(("kdv", 4, 128.0), (read.Pde, read.Seed, read.Length));
        Assert.Equal("pde_5-64", read.Get("valid").DatasetName);
        Assert.Equal(data.Get("train").Values, read.Get("train").Values);
        Assert.Equal(data.T, read.T);
        Assert.Equal(data.Equation, read.Equation);
        using var scope = NewDisposeScope();
        var u = read.Get("train").ToTensor();
        Assert.Equal([2L, 5, 64], u.shape);
        Assert.Equal(ScalarType.Float64, u.dtype);
    }

    [Fact]
    public void Bad_settings_are_rejected_before_any_work()
    {
        var counts = new Dictionary<string, int> { ["train"] = 1 };
        Assert.Contains("even number", Assert.Throws<UserFacingException>(() => DataSetGenerator.Generate(KdV, counts, Small with { Nx = 63 })).Message);
        Assert.Contains("--nt 10", Assert.Throws<UserFacingException>(() => DataSetGenerator.Generate(KdV, counts, Small with { Nt = 10 })).Message);
        Assert.Contains("nothing to generate", Assert.Throws<UserFacingException>(() => DataSetGenerator.Generate(KdV, new Dictionary<string, int>(), Small)).Message);
    }
}
