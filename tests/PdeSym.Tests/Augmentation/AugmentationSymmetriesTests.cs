using PdeSym.Augmentation;
using PdeSym.Spectral;
using PdeSym.Tests.Declaration;
using static TorchSharp.torch;

namespace PdeSym.Tests.Augmentation;

/// <summary>Where augmentation generators come from (exact algebra, a learner's report) and pdesym augment end to end.</summary>
public class AugmentationSymmetriesTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-augment-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Exact_augmentation_of_KdV_uses_the_generators_that_keep_the_periodic_domain()
    {
        var exact = AugmentationSymmetries.Exact(PdeCatalog.Get("kdv"));
        Assert.Equal(new HashSet<string> { "t∂x + ∂u", "∂t", "∂x" }, exact.Generators.Select(g => g.ToUnicode()).ToHashSet());
    }

    [Fact]
    public void A_learning_report_gives_the_fields_called_symmetries()
    {
        File.WriteAllText(Path.Combine(folder, "report.json"), """
            { "pde": "kdv", "fields": [
                { "index": 1, "xi": "0.98*t", "tau": "0", "phi": "1.01", "verdict": "symmetry", "rel": 0.01 },
                { "index": 2, "xi": "x", "tau": "0", "phi": "u", "verdict": "not a symmetry (closest exact generator: ∂x)" },
                { "index": 3, "xi": "1", "tau": "0.1", "phi": "0", "verdict": "symmetry", "extra": [1, 2] } ] }
            """);
        var learned = AugmentationSymmetries.FromLearningRun(folder);
        Assert.Equal("learned", learned.Name);
        Assert.Equal([PdeSym.Symbolic.Generator.Parse("0.98*t", "0", "1.01").ToPlain(), PdeSym.Symbolic.Generator.Parse("1", "0.1", "0").ToPlain()],
            learned.Generators.Select(g => g.ToPlain()));
    }

    [Fact]
    public void Another_PDEs_learning_report_is_refused()
    {
        File.WriteAllText(Path.Combine(folder, "report.json"), """
            { "pde": "burgers", "fields": [ { "xi": "1", "tau": "0", "phi": "0", "verdict": "symmetry" } ] }
            """);
        Assert.Single(AugmentationSymmetries.FromLearningRun(folder, "burgers").Generators);
        var e = Assert.Throws<UserFacingException>(() => AugmentationSymmetries.FromLearningRun(folder, "kdv"));
        Assert.Contains("reports what `pdesym learn burgers` learned, not kdv; pass a run of `pdesym learn kdv`", e.Message);
    }

    [Theory]
    [InlineData("""{ "fields": [ { "xi": "1", "tau": "0", "phi": "0", "verdict": "not a symmetry" } ] }""", "nothing to augment")]
    [InlineData("""{ "fields": [ { "xi": "1 +", "tau": "0", "phi": "0", "verdict": "symmetry" } ] }""", "does not parse")]
    [InlineData("""{ "fields": [ { "tau": "0", "phi": "0", "verdict": "symmetry" } ] }""", "lacks")]
    [InlineData("""{ "steps": 3 }""", "no \"fields\"")]
    [InlineData("""{ not json""", "not valid JSON")]
    public void Bad_reports_are_explained(string json, string expected)
    {
        File.WriteAllText(Path.Combine(folder, "report.json"), json);
        var e = Assert.Throws<UserFacingException>(() => AugmentationSymmetries.FromLearningRun(folder));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Exact_augmentation_windows_still_solve_KdV()
    {
        using var scope = NewDisposeScope();
        var data = KdvTrajectory.U.unsqueeze(0);
        var sampler = new AugmentedWindowSampler(data, KdvTrajectory.Grid, KdvTrajectory.Times, 30, AugmentationSymmetries.Exact(KdvTrajectory.Pde), 0.3);
        var random = new Random(1);
        var windows = sampler.SampleBatch([0, 0, 0, 0], random);
        for (int i = 0; i < 4; i++)
        {
            var window = windows[i];
            Assert.Equal([30L, 64], window.shape);
            var residual = TrajectoryResidual.Evaluate(KdvTrajectory.Pde, window, KdvTrajectory.Grid, 0, KdvTrajectory.Dt);
            var ut = (window[2..] - window[..^2]) / (2 * KdvTrajectory.Dt);
            double relative = residual.square().mean().sqrt().item<double>() / ut.square().mean().sqrt().item<double>();
            Assert.True(relative < 1e-3, $"window {i}: relative residual {relative:e2}");
        }
        Assert.Equal(4, sampler.Drawn);
    }

    [Fact]
    public void Several_time_shifting_fields_share_one_range_so_their_windows_stay_in_reach()
    {
        using var scope = NewDisposeScope();
        // Three ∂t combinations (as a learner finds them): at full range each, their summed shift of up to 3 × 13.5
        // stored times leaves fewer than the 30 a window needs in the flowed span of 45; sharing one range, none does.
        PdeSym.Symbolic.Generator[] shifts = [PdeSym.Symbolic.Generator.Parse("1", "0.37", "0"), PdeSym.Symbolic.Generator.Parse("-1.95", "1", "0"), PdeSym.Symbolic.Generator.Parse("-0.215", "1", "0")];
        var data = KdvTrajectory.U.unsqueeze(0);
        var three = new AugmentedWindowSampler(data, KdvTrajectory.Grid, KdvTrajectory.Times, 30, new AugmentationSymmetries("learned", shifts), 0.3);
        three.SampleBatch(Enumerable.Repeat(0, 200).ToArray(), new Random(4));
        Assert.Equal(200, three.Drawn);
        Assert.Equal(0, three.Rejected);
    }

    [Fact]
    public void A_learned_set_is_drawn_from_an_orthonormal_basis_of_its_span()
    {
        using var scope = NewDisposeScope();
        // A learner's KdV set: three ∂x/∂t combinations (a plane) and the boost → three fields.
        PdeSym.Symbolic.Generator[] learned = [PdeSym.Symbolic.Generator.Parse("1", "0.335", "0"), PdeSym.Symbolic.Generator.Parse("-1.76", "1", "0"),
            PdeSym.Symbolic.Generator.Parse("-0.209", "1", "0"), PdeSym.Symbolic.Generator.Parse("0.997*t - 71.7", "0", "1")];
        var data = KdvTrajectory.U.unsqueeze(0);
        var sampler = new AugmentedWindowSampler(data, KdvTrajectory.Grid, KdvTrajectory.Times, 30,
            new AugmentationSymmetries("learned", learned) { Isotropic = true }, 0.3);
        Assert.Equal(3, sampler.Generators.Count);

        // Values in units of the data: x/L, t over the flowed span (30 + 15 stored times), u/std u.
        var x = KdvTrajectory.Grid.X().expand_as(KdvTrajectory.U);
        var t = tensor(KdvTrajectory.Times, dtype: float64).reshape(-1, 1).expand_as(KdvTrajectory.U);
        var points = stack([x, t, KdvTrajectory.U], -1).reshape(-1, 3);
        var units = tensor(new[] { 128, KdvTrajectory.Dt * 45, KdvTrajectory.U.std().item<double>() }, dtype: float64);
        Tensor Values(PdeSym.Symbolic.Generator g) => (PointField.From(g)(points) / units).reshape(-1);
        var basis = stack(sampler.Generators.Select(Values).ToArray(), 1);                           // [3P, 3]
        var gram = matmul(basis.T, basis) / points.shape[0];
        Assert.True(allclose(gram, eye(3, dtype: float64), rtol: 0, atol: 1e-9), gram.ToString(TorchSharp.TensorStringStyle.Numpy));
        foreach (var g in learned)
        {
            var v = Values(g).unsqueeze(1);
            var residual = v - matmul(basis, linalg.lstsq(basis, v).Solution);
            Assert.True(residual.norm().item<double>() < 1e-9 * v.norm().item<double>(), $"{g.ToUnicode()} lies in the basis's span");
        }
        // All of the mean time shift on the first field, so the three need not share a range: no window is lost.
        var meanShift = sampler.Generators.Select(g => (PointField.From(g)(points).select(1, 1)).mean().item<double>()).ToArray();
        Assert.True(Math.Abs(meanShift[0]) > 0.1 && Math.Abs(meanShift[1]) < 1e-9 && Math.Abs(meanShift[2]) < 1e-9, string.Join(", ", meanShift));
        sampler.SampleBatch(Enumerable.Repeat(0, 200).ToArray(), new Random(4));
        Assert.Equal(0, sampler.Rejected);
    }

    [Fact]
    public void Augmented_windows_are_drawn_from_every_part_of_the_trajectory()
    {
        using var scope = NewDisposeScope();
        // ∂x alone: a window is a shifted copy of stored times start .. start + 29, and the Fourier magnitudes of its
        // first row (shift invariant; the Nyquist bin, which the shift drops, left out) name its start.
        var shift = new AugmentationSymmetries("learned", [PdeSym.Symbolic.Generator.Parse("1", "0", "0")]);
        var data = KdvTrajectory.U.unsqueeze(0);
        var sampler = new AugmentedWindowSampler(data, KdvTrajectory.Grid, KdvTrajectory.Times, 30, shift, 0.3);
        var windows = sampler.SampleBatch(Enumerable.Repeat(0, 400).ToArray(), new Random(3));
        var spectra = fft.rfft(KdvTrajectory.U, dim: -1).abs()[.., ..^1];                  // [81, bins]
        var firsts = fft.rfft(windows[.., 0], dim: -1).abs()[.., ..^1];                     // [400, bins]
        var distance = (firsts.unsqueeze(1) - spectra.unsqueeze(0)).square().sum(-1);       // [400, 81]
        var (best, start) = distance.min(1);
        Assert.True(best.max().item<double>() < 1e-16, "every window is a shifted run of stored times");
        Assert.True((windows[.., 0] - KdvTrajectory.U[start]).abs().max().item<double>() > 1e-3, "the windows were moved");
        var starts = start.data<long>().ToArray();
        Assert.True(starts.Min() <= 2 && starts.Max() >= 81 - 30 - 2, $"starts span {starts.Min()}..{starts.Max()} of 0..{81 - 30}");
    }

    [Fact]
    public void Pdesym_augment_trains_and_writes_a_report()
    {
        var (code, output, error) = ListCommandTests.RunPdesym(["generate", "kdv", "--train", "4", "--valid", "2", "--test", "2", "--nx", "32", "--nt", "12", "--steps", "40", "--duration", "10", "--out", folder]);
        Assert.True(code == 0, output + error);
        var report = Path.Combine(folder, "report");
        (code, output, error) = ListCommandTests.RunPdesym(["augment", "kdv", "--data", Path.Combine(folder, "kdv.h5"), "--compare", "--seeds", "1", "--epochs", "2",
            "--history", "4", "--future", "4", "--width", "8", "--modes", "4", "--windows", "2", "--out", report]);
        Assert.True(code == 0, output + error);
        foreach (var file in new[] { "report.json", "report.md", "rollout_error.png", "sample.png" })
            Assert.True(File.Exists(Path.Combine(report, file)), file);
        var md = File.ReadAllText(Path.Combine(report, "report.md"));
        Assert.Contains("| 4 | none | 1 |", md);
        Assert.Contains("| 4 | exact | 1 |", md);

        (code, output, error) = ListCommandTests.RunPdesym(["augment", "kdv", "--data", Path.Combine(folder, "kdv.h5"), "--symmetries", Path.Combine(folder, "missing")]);
        Assert.NotEqual(0, code);
        Assert.Contains("no learning report", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void Pdesym_augment_steps_set_the_same_budget_for_every_training_size()
    {
        var (code, output, error) = ListCommandTests.RunPdesym(["generate", "kdv", "--train", "4", "--valid", "2", "--test", "2", "--nx", "32", "--nt", "12", "--steps", "40", "--duration", "10", "--out", folder]);
        Assert.True(code == 0, output + error);
        string data = Path.Combine(folder, "kdv.h5"), report = Path.Combine(folder, "report");
        string[] tiny = ["--history", "4", "--future", "4", "--width", "8", "--modes", "4", "--seeds", "1", "--out", report];
        (code, output, error) = ListCommandTests.RunPdesym(["augment", "kdv", "--data", data, "--none", "--train", "1", "--train", "4", "--epochs", "2", "--steps", "6", "--patience", "5", .. tiny]);
        Assert.True(code == 0, output + error);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "report.json")));
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal([1, 4], runs.Select(r => r.GetProperty("train").GetInt32()));
        foreach (var run in runs)
        {
            Assert.Equal(6, run.GetProperty("steps").GetInt32());
            Assert.Equal(2, run.GetProperty("validation").GetArrayLength());
            Assert.Equal(2, run.GetProperty("trainLoss").GetArrayLength());
        }
        Assert.Contains("3 steps per epoch (6 AdamW steps per training)", File.ReadAllText(Path.Combine(report, "report.md")));

        foreach (var (arguments, expected) in new (string[], string)[]
        {
            (["--epochs", "4", "--steps", "10"], "--steps 10 is not a multiple of --epochs 4"),
            (["--epochs", "4", "--steps", "3"], "fewer than --epochs 4"),
            (["--steps", "40", "--windows", "2"], "--steps and --windows exclude each other"),
        })
        {
            (code, output, error) = ListCommandTests.RunPdesym(["augment", "kdv", "--data", data, "--none", .. arguments, .. tiny]);
            Assert.NotEqual(0, code);
            Assert.Contains(expected, output + error);
            Assert.DoesNotContain("   at ", output + error);
        }
    }
}
