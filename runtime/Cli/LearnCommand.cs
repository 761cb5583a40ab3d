using System.ComponentModel;
using System.Diagnostics;
using PdeSym.Data;
using PdeSym.Learning;
using PdeSym.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym learn &lt;pde&gt;</c>: learn generators of symmetries from data of a declared PDE, read them out
/// symbolically, judge them with the sharp score and write a run folder (report.json, report.md, plots, checkpoint).
/// </summary>
internal sealed class LearnCommand : Command<LearnCommand.Settings>
{
    /// <summary>Trajectories generated when no --data is given.</summary>
    public const int GeneratedTrajectories = 8;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("Name of a declared PDE (see pdesym list).")]
        public string Pde { get; init; } = "";

        [CommandOption("--data <FILE>")]
        [Description("HDF5 data (LPSDA layout); default: a small data set generated once and cached.")]
        public string? Data { get; init; }

        [CommandOption("--generators <N>")]
        [Description("Number of fields to learn. Default 4.")]
        [DefaultValue(4)]
        public int Generators { get; init; } = 4;

        [CommandOption("--epochs <N>")]
        [Description("Epochs (a checkpoint after each). Default 18 (900 steps).")]
        public int? Epochs { get; init; }

        [CommandOption("--steps-per-epoch <N>")]
        [Description("Training steps per epoch. Default 50.")]
        public int? StepsPerEpoch { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the network and of every step's draws. Default 1.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("--out <DIR>")]
        [Description("Run folder. Default runs/<pde>.")]
        public string? Out { get; init; }

        [CommandOption("--resume")]
        [Description("Continue the run in --out from its last checkpoint.")]
        public bool Resume { get; init; }

        [CommandOption("--json")]
        [Description("Print report.json to stdout instead of the summary table.")]
        public bool Json { get; init; }

        [CommandOption("--lr <RATE>")]
        [Description("Adam learning rate (cosine schedule). Default 1e-3.")]
        public double? LearningRate { get; init; }

        [CommandOption("--sigma <S>")]
        [Description("Largest |α| of the flows (normalised units). Default 0.4.")]
        public double? Sigma { get; init; }

        [CommandOption("--width <N>")]
        [Description("Width of the network's trunk. Default 64.")]
        public int? Width { get; init; }

        [CommandOption("--centres <N>")]
        [Description("Stencils per step. Default 64.")]
        public int? Centres { get; init; }

        [CommandOption("--floor <F>")]
        [Description("Residual floor (relative). Default 1e-3.")]
        public double? Floor { get; init; }

        [CommandOption("--initial-floor <F>")]
        [Description("Floor at the start, lowered geometrically to --floor over the first 70% of the run; 0 keeps the floor fixed. Default 0.3.")]
        public double? InitialFloor { get; init; }

        [CommandOption("--orthogonality <W>")]
        [Description("Weight of the term that keeps the fields apart. Default 5.")]
        public double? Orthogonality { get; init; }

        [CommandOption("--free-fields")]
        [Description("Let ξ, τ and φ all read x, t and u, even where the equation's point symmetries cannot (by default ξ(x, t), τ(t), φ(x, t, u) for evolution equations of order ≥ 2).")]
        public bool FreeFields { get; init; }

        [CommandOption("--threads <N>")]
        [Description("Threads for libtorch. Default 2.")]
        [DefaultValue(2)]
        public int Threads { get; init; } = 2;

        public override ValidationResult Validate()
        {
            if (Generators < 1) return ValidationResult.Error("--generators must be at least 1");
            if (Epochs is < 1 || StepsPerEpoch is < 1) return ValidationResult.Error("--epochs and --steps-per-epoch must be at least 1");
            if (Width is < 1 || Centres is < 1 || Threads < 1) return ValidationResult.Error("--width, --centres and --threads must be at least 1");
            if (LearningRate is <= 0 || Sigma is <= 0 || Floor is <= 0) return ValidationResult.Error("--lr, --sigma and --floor must be positive");
            if (Orthogonality is < 0) return ValidationResult.Error("--orthogonality must be 0 or positive");
            if (InitialFloor is < 0) return ValidationResult.Error("--initial-floor must be 0 (no annealing) or positive");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        TorchSharp.torch.set_num_threads(settings.Threads);
        var pde = PdeCatalog.Get(settings.Pde);
        if (pde.Evolution is null)
            throw new UserFacingException($"{pde.Name} ({pde.Pretty}) has no evolution form u_t = F(x, t, u, u_x, ...); the learner and its sharp score need one");
        string run = settings.Out ?? Path.Combine("runs", pde.Name);
        EnsureWritable(run, "--out", "choose a folder you can write to");
        if (settings.Data is { } given && PdeDataFile.NotAFile(given) is { } problem)
            throw new UserFacingException($"--data: {problem}");

        var defaults = new LearningOptions();
        var options = defaults with
        {
            Generators = settings.Generators,
            Epochs = settings.Epochs ?? defaults.Epochs,
            StepsPerEpoch = settings.StepsPerEpoch ?? defaults.StepsPerEpoch,
            Seed = settings.Seed,
            LearningRate = settings.LearningRate ?? defaults.LearningRate,
            Sigma = settings.Sigma ?? defaults.Sigma,
            Width = settings.Width ?? defaults.Width,
            Centres = settings.Centres ?? defaults.Centres,
            Floor = settings.Floor ?? defaults.Floor,
            InitialFloor = settings.InitialFloor ?? defaults.InitialFloor,
            OrthogonalityWeight = settings.Orthogonality ?? defaults.OrthogonalityWeight,
            StructuredFields = !settings.FreeFields,
            Threads = settings.Threads,
        };

        var clock = Stopwatch.StartNew();
        if (settings.Resume) TrainingLoop.CheckResumable(run, pde.Name);   // before the data are generated
        var data = settings.Data is { } path ? Load(path, pde) : Generated(pde, console);
        using var learner = new SymmetryLearner(pde, data, options);
        var history = settings.Resume ? TrainingLoop.Resume(learner, run) : [];
        if (!settings.Json)
            console.MarkupLine($"[bold]{Markup.Escape(pde.Name)}[/]: {Markup.Escape(pde.Pretty)} — {data.Count} trajectories [[{data.Steps} × {data.Points}]], " +
                $"{options.Generators} fields, {options.TotalSteps} steps{(settings.Resume ? $" (resuming at step {learner.Step})" : "")}, floor {learner.Validity.Floor:g3}");

        var trainClock = Stopwatch.StartNew();
        if (learner.Step < options.TotalSteps)
        {
            if (settings.Json) TrainingLoop.Run(learner, run, history, null, cancellationToken);
            else
                console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(progress =>
                    {
                        var task = progress.AddTask("training", maxValue: options.TotalSteps);
                        task.Value = learner.Step;
                        TrainingLoop.Run(learner, run, history, terms =>
                        {
                            task.Value = terms.Step + 1;
                            task.Description = $"loss {terms.Total:F2} = validity {terms.Validity:F2} + ortho {terms.Orthogonality:F2} + lipschitz {terms.Lipschitz:F3}" +
                                (learner.SkippedSteps.Count > 0 ? $" ({learner.SkippedSteps.Count} skipped)" : "");
                        }, cancellationToken);
                    });
        }
        double trainingSeconds = trainClock.Elapsed.TotalSeconds;
        foreach (long skipped in learner.SkippedSteps)
            if (!settings.Json) console.MarkupLine($"[yellow]step {skipped}: non-finite loss or gradient, update skipped[/]");

        var result = new LearningAnalysis(learner).Analyse(trainingSeconds);
        LearningReport.Write(result, run);
        LearningPlots.LossCurves(history, Path.Combine(run, "losses.png"));
        LearningPlots.Fields(learner, run);
        LearningPlots.Transformed(learner, Path.Combine(run, "transformed.png"));

        if (settings.Json) Console.Out.WriteLine(LearningReport.ToJson(result));
        else Summarise(console, result, run, clock.Elapsed, pde.Name);
        return 0;
    }

    static void Summarise(IAnsiConsole console, LearningResult result, string run, TimeSpan elapsed, string pde)
    {
        var table = new Table().AddColumns("field", "readout", "R²", "rel", "validity", "verdict");
        foreach (var f in result.Fields)
            table.AddRow(f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(f.Pretty), f.FitQuality.ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
                f.Rel.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), f.Validity.ToString("F2", System.Globalization.CultureInfo.InvariantCulture),
                f.IsSymmetry ? "[green]symmetry[/]" : Markup.Escape(f.Verdict));
        console.Write(table);
        if (result.LearnedAlgebra.Count > 0) SummariseAlgebra(console, result);
        foreach (var e in result.Exact)
            console.MarkupLine($"  exact {Markup.Escape(e.Pretty)}: {(e.RespectsPeriod ? "" : "changes the period; ")}captured {e.Capture:F3}, validity {e.Validity:F2}");
        foreach (var note in result.AlgebraNotes)
            console.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
        console.MarkupLine($"random fields' validity: {string.Join(", ", result.RandomFieldScores.Select(s => s.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        console.MarkupLine($"recovery {result.Recovery:P0}{(result.AlgebraRecovery != result.Recovery ? $" ({result.AlgebraRecovery:P0} by the learned algebra)" : "")}, precision {result.Precision:P0}; wrote [green]{Markup.Escape(run)}[/] in {elapsed.TotalSeconds:F0} s");
        if (NextSteps(result.LearnedAlgebra, pde, run) is { } next) console.MarkupLine(Markup.Escape(next));
    }

    /// <summary>What a researcher does next with what was found; null when the equation confirmed nothing learned.</summary>
    internal static string? NextSteps(IReadOnlyList<BasisGenerator> learnedAlgebra, string pde, string run) =>
        learnedAlgebra.Any(e => e.Verified)
            ? $"next: `pdesym reduce {pde} --from {run}` gives the invariant solutions of the learned algebra; " +
              $"`pdesym analyse {pde}` the exact account (algebra, reductions, conservation laws, generalised symmetries)"
            : null;

    static void SummariseAlgebra(IAnsiConsole console, LearningResult result)
    {
        var basis = result.LearnedAlgebra;
        int verified = basis.Count(g => g.Verified);
        console.MarkupLine($"learned algebra (dimension {basis.Count}): [bold]{Markup.Escape(string.Join(", ", basis.Select((g, k) => $"W{k + 1} = {g.Pretty}" + (g.Bracket is { } b ? $" (= {b})" : ""))))}[/]" +
            $" — {(verified == basis.Count ? "[green]each confirmed by the equation[/]" : $"{verified} of {basis.Count} confirmed by the equation")}");
        if (basis.Count > result.LearnedAlgebraFromFields)
            console.MarkupLine($"  the fields span {result.LearnedAlgebraFromFields} of these; their brackets add the rest");
        foreach (var g in basis.Where(g => !g.Verified))
            console.MarkupLine($"  [grey]{Markup.Escape(g.Pretty)}: {Markup.Escape(g.Check)}[/]");
        foreach (var g in basis.Where(g => !g.RespectsPeriod))
            console.MarkupLine($"  [grey]{Markup.Escape(g.Pretty)} changes the period: its flow does not map the periodic domain to itself[/]");
        BracketSummary.Print(console, result.LearnedCommutators, result.LearnedAlgebraClosed, result.LearnedAlgebraStructure);
    }

    static void EnsureWritable(string directory, string what, string fix)
    {
        try
        {
            Directory.CreateDirectory(directory);
            string probe = Path.Combine(directory, ".pdesym-write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UserFacingException($"{what}: cannot write to '{directory}' ({e.Message}); {fix}", e);
        }
    }

    static TrajectorySet Load(string path, IPde pde) => TrajectorySource.From(PdeDataFile.Read(path), pde, path);

    /// <summary>A small data set for the PDE, generated on first use and cached (<see cref="DataSetCache"/>).</summary>
    static TrajectorySet Generated(IPde pde, IAnsiConsole console)
    {
        var counts = new Dictionary<string, int> { ["train"] = GeneratedTrajectories };
        var settings = new DataSettings { Seed = 0 };
        string path = DataSetCache.PathFor(pde, counts, settings);
        if (!File.Exists(path))
        {
            // Before the minutes of generation, not after them.
            EnsureWritable(Path.GetDirectoryName(path)!, "the data cache", "set PDESYM_CACHE to a folder you can write to, or pass --data");
            console.MarkupLine($"generating {GeneratedTrajectories} trajectories of {Markup.Escape(pde.Name)} (cached in {Markup.Escape(path)})");
        }
        return TrajectorySource.From(DataSetCache.GetOrGenerate(pde, counts, settings).Data, pde, path);
    }
}
