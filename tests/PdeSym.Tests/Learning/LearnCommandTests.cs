using System.Text.Json;
using PdeSym.Data;
using PdeSym.Symbolic;
using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Learning;

/// <summary><c>pdesym learn</c> end to end on the authors' KdV data (a seconds-long configuration), and its errors.</summary>
public class LearnCommandTests : IDisposable
{
    readonly string work = Directory.CreateTempSubdirectory("pdesym-learn-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    static readonly string[] Tiny = ["--generators", "2", "--width", "16", "--centres", "8", "--steps-per-epoch", "2", "--threads", "1"];

    [Fact]
    public void A_tiny_run_writes_a_valid_report_and_resumes()
    {
        string run = Path.Combine(work, "run");
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--epochs", "1", "--out", run, "--json", .. Tiny]);
        Assert.True(code == 0, output + error);
        using (var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "report.json"))))
        {
            var root = report.RootElement;
            Assert.Equal(128, root.GetProperty("length").GetDouble());
            Assert.True(root.GetProperty("scaleU").GetDouble() > 0);
            var fields = root.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(2, fields.Count);
            foreach (var f in fields)
            {
                var g = Generator.Parse(f.GetProperty("xi").GetString()!, f.GetProperty("tau").GetString()!, f.GetProperty("phi").GetString()!);
                Assert.False(g.IsZero);
                double rel = f.GetProperty("rel").GetDouble();
                Assert.Equal(rel <= 0.1, f.GetProperty("isSymmetry").GetBoolean());
            }
            // The exact algebra of KdV: four generators, the scaling flagged as changing the period.
            var exact = root.GetProperty("exact").EnumerateArray().ToList();
            Assert.Equal(4, exact.Count);
            Assert.Equal(3, exact.Count(e => e.GetProperty("respectsPeriod").GetBoolean()));
            Assert.Equal(2, root.GetProperty("steps").GetInt64());
            // The learned algebra: no wider than the fields called symmetries, each element passing the data's check
            // and, where the report says so, confirmed by the symbolic core on its own.
            var basis = root.GetProperty("learnedAlgebra").EnumerateArray().ToList();
            int symmetric = fields.Count(f => f.GetProperty("isSymmetry").GetBoolean());
            Assert.True(basis.Count <= symmetric && (symmetric == 0) == (basis.Count == 0), $"{basis.Count} basis generators from {symmetric} symmetric fields");
            foreach (var b in basis)
            {
                Assert.True(b.GetProperty("rel").GetDouble() <= 0.1);
                var g = Generator.Parse(b.GetProperty("xi").GetString()!, b.GetProperty("tau").GetString()!, b.GetProperty("phi").GetString()!);
                if (b.GetProperty("verified").GetBoolean()) Assert.True(SymmetryCheck.Verify(Expr.Parse("u_t + u*u_x + u_xxx"), g).IsSymmetry, g.ToUnicode());
            }
            // Its commutator table as a bracket's table must be: square, zero on the diagonal, antisymmetric in what is
            // zero and what is outside the span, and closed exactly when nothing is outside.
            var commutators = root.GetProperty("learnedCommutators").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetString()).ToArray()).ToArray();
            Assert.Equal(basis.Count, commutators.Length);
            Assert.All(Enumerable.Range(0, basis.Count), i => Assert.Equal("0", commutators[i][i]));
            foreach (var i in Enumerable.Range(0, basis.Count))
                foreach (var j in Enumerable.Range(0, basis.Count))
                    foreach (var kind in new[] { "0", "outside" })
                        Assert.Equal(commutators[i][j] == kind, commutators[j][i] == kind);
            Assert.Equal(commutators.All(r => !r.Contains("outside")), root.GetProperty("learnedAlgebraClosed").GetBoolean());
            // A structure is named only for a closed algebra.
            if (root.GetProperty("learnedAlgebraStructure").ValueKind == JsonValueKind.String) Assert.True(root.GetProperty("learnedAlgebraClosed").GetBoolean());
            // ... and, for a paper, as LaTeX beside the report exactly when there is one.
            Assert.Equal(basis.Count > 0, File.Exists(Path.Combine(run, "learned-algebra.tex")));
            // The algebra holds the fields' span, so it captures at least what they capture.
            Assert.True(root.GetProperty("algebraRecovery").GetDouble() >= root.GetProperty("recovery").GetDouble());
        }
        foreach (var file in new[] { "report.md", "losses.png", "transformed.png", "field1_xi.png", "field2_phi.png", "checkpoint/network.bin" })
            Assert.True(File.Exists(Path.Combine(run, file)), file);
        Assert.Contains("## Learned algebra", File.ReadAllText(Path.Combine(run, "report.md")));
        // The report reads back (augment --symmetries reads learned runs this way) with its algebra intact.
        var read = PdeSym.Reports.LearningReport.FromJson(File.ReadAllText(Path.Combine(run, "report.json")));
        Assert.Equal(read.LearnedAlgebra.Count, read.LearnedCommutators.Count);

        var resumed = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--epochs", "2", "--out", run, "--resume", "--json", .. Tiny]);
        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        using var after = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "report.json")));
        Assert.Equal(4, after.RootElement.GetProperty("steps").GetInt64());
        Assert.Equal(5, File.ReadAllLines(Path.Combine(run, "checkpoint", "losses.csv")).Length); // header + 4 steps

        // Read again as text: it points to the next step exactly when the equation confirmed part of the learned algebra.
        var text = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--epochs", "2", "--out", run, "--resume", .. Tiny]);
        Assert.True(text.ExitCode == 0, text.Output + text.Error);
        bool confirmed = after.RootElement.GetProperty("learnedAlgebra").EnumerateArray().Any(b => b.GetProperty("verified").GetBoolean());
        Assert.Equal(confirmed, Flat(text.Output).Contains($"next: `pdesym reduce kdv --from {run}`"));
    }

    [Fact]
    public void The_summary_points_to_reduce_when_the_equation_confirmed_part_of_the_learned_algebra()
    {
        static PdeSym.Learning.BasisGenerator W(bool verified) => new("∂x", "1", "0", "0", 0.01, verified, verified ? "symmetry" : "not checked");
        Assert.Null(PdeSym.Cli.LearnCommand.NextSteps([], "kdv", "runs/kdv"));
        Assert.Null(PdeSym.Cli.LearnCommand.NextSteps([W(false)], "kdv", "runs/kdv"));
        Assert.StartsWith("next: `pdesym reduce kdv --from runs/kdv` gives the invariant solutions", PdeSym.Cli.LearnCommand.NextSteps([W(false), W(true)], "kdv", "runs/kdv"));
    }

    [Fact]
    public void Unknown_pde_is_named()
    {
        var (code, output, error) = RunPdesym("learn", "no-such-pde", "--out", Path.Combine(work, "x"));
        Assert.Equal(1, code);
        Assert.Contains("unknown PDE 'no-such-pde'", Flat(output + error));
    }

    [Fact]
    public void Data_of_another_pde_is_refused_before_training()
    {
        string file = Path.Combine(work, "burgers.h5");
        PdeDataFile.Write(file, DataSet("burgers", nt: 20));
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", file, "--out", Path.Combine(work, "r"), .. Tiny]);
        Assert.Equal(1, code);
        Assert.Contains("holds data of the PDE 'burgers', not 'kdv'", Flat(output + error));
        Assert.DoesNotContain("training", output);
    }

    [Fact]
    public void Too_few_time_steps_for_a_stencil_are_refused()
    {
        string file = Path.Combine(work, "short.h5");
        PdeDataFile.Write(file, DataSet("kdv", nt: 2));
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", file, "--out", Path.Combine(work, "r"), .. Tiny]);
        Assert.Equal(1, code);
        Assert.Contains("fewer than the 5 a stencil needs", Flat(output + error));
    }

    [Fact]
    public void An_unwritable_output_folder_is_refused()
    {
        string blocker = Path.Combine(work, "file");
        File.WriteAllText(blocker, "");
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--out", Path.Combine(blocker, "run"), .. Tiny]);
        Assert.Equal(1, code);
        Assert.Contains("cannot write to", Flat(output + error));
    }

    [Fact]
    public void An_unwritable_data_cache_is_refused_before_generating()
    {
        string blocker = Path.Combine(work, "file");
        File.WriteAllText(blocker, "");
        var (code, output, error) = RunPdesymWith(new Dictionary<string, string> { ["PDESYM_CACHE"] = Path.Combine(blocker, "cache") },
            ["learn", "kdv", "--out", Path.Combine(work, "run"), .. Tiny]);
        Assert.Equal(1, code);
        Assert.Contains("the data cache: cannot write to", Flat(output + error));
        Assert.Contains("set PDESYM_CACHE", Flat(output + error));
        Assert.DoesNotContain("generating", output);
    }

    [Fact]
    public void Resume_without_a_checkpoint_says_so()
    {
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--out", Path.Combine(work, "empty"), "--resume", .. Tiny]);
        Assert.Equal(1, code);
        Assert.Contains("holds no checkpoint", Flat(output + error));
    }

    [Fact]
    public void A_checkpoint_of_structured_fields_does_not_resume_with_free_fields()
    {
        string run = Path.Combine(work, "structured");
        var first = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--epochs", "1", "--out", run, "--json", .. Tiny]);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--epochs", "2", "--out", run, "--resume", "--free-fields", .. Tiny]);
        Assert.Equal(1, code);
        Assert.Contains("does not fit this configuration", Flat(output + error));
        Assert.Contains("--free-fields", Flat(output + error));
        // Nor as another PDE's run, which would train a KdV network on Burgers' residual; refused before any data are made.
        var other = RunPdesymWith(new Dictionary<string, string> { ["PDESYM_CACHE"] = Path.Combine(work, "untouched-cache") },
            ["learn", "burgers", "--out", run, "--resume", .. Tiny]);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains($"the checkpoint in '{run}' was written by `pdesym learn kdv`, not burgers", Flat(other.Output + other.Error));
        Assert.False(Directory.Exists(Path.Combine(work, "untouched-cache")));
    }

    [Fact]
    public void A_negative_orthogonality_weight_is_refused()
    {
        var (code, output, error) = RunPdesym(["learn", "kdv", "--data", ReferenceData.Path, "--orthogonality", "-1", "--out", Path.Combine(work, "o"), .. Tiny]);
        Assert.NotEqual(0, code);
        Assert.Contains("--orthogonality must be 0 or positive", Flat(output + error));
    }

    static PdeDataSet DataSet(string pde, int nt)
    {
        int nx = 32;
        var values = Enumerable.Range(0, nt * nx).Select(i => Math.Sin(2 * Math.PI * (i % nx) / nx)).ToArray();
        return new PdeDataSet { Splits = [new PdeDataSplit("train", 1, nt, nx, values)], Pde = pde };
    }
}
