using System.ComponentModel;
using PdeSym.Augmentation;
using PdeSym.Data;
using PdeSym.Operators;
using PdeSym.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym augment &lt;pde&gt; [--data FILE] [--none | --exact | --symmetries RUN | --compare]</c>: train an FNO on the
/// data set's training split (without --data, a default set generated once and cached: <see cref="AugmentationData"/>) with the chosen augmentation (or all of them, on the same data, seeds and budget),
/// score it on the test split and write a report.
/// </summary>
internal sealed class AugmentCommand : Command<AugmentCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("Name of a declared PDE (see pdesym list).")]
        public string Pde { get; init; } = "";

        [CommandOption("--data <FILE>")]
        [Description("HDF5 data set with train, valid and test splits (pdesym generate). Default: 256 / 32 / 32 trajectories (nx 128, 70 times) generated once and cached.")]
        public string? Data { get; init; }

        [CommandOption("--none")]
        [Description("No augmentation.")]
        public bool None { get; init; }

        [CommandOption("--exact")]
        [Description("Augment with the exact Lie point symmetries that respect the periodic domain.")]
        public bool Exact { get; init; }

        [CommandOption("--symmetries <RUN>")]
        [Description("Augment with the fields a pdesym learn run (folder with report.json) called symmetries.")]
        public string? Symmetries { get; init; }

        [CommandOption("--compare")]
        [Description("Run none, exact and (with --symmetries) learned augmentation on the same data, seeds and budget.")]
        public bool Compare { get; init; }

        [CommandOption("--train <N>")]
        [Description("Training trajectories used (first N of the split); repeat for several sizes. Default: all.")]
        public int[]? Train { get; init; }

        [CommandOption("--seeds <K>")]
        [Description("Seeds per mode. Default 2.")]
        [DefaultValue(2)]
        public int Seeds { get; init; } = 2;

        [CommandOption("--epochs <N>")]
        [Description("Most epochs per training. Default 20.")]
        [DefaultValue(20)]
        public int Epochs { get; init; } = 20;

        [CommandOption("--windows <N>")]
        [Description("Windows per training trajectory per epoch (steps per epoch = N × trajectories / batch 16). Default 8.")]
        public int? Windows { get; init; }

        [CommandOption("--steps <N>")]
        [Description("AdamW steps per training, the same for every training size and augmentation: --epochs epochs of N / epochs steps (N a multiple of --epochs). Excludes --windows.")]
        public int? Steps { get; init; }

        [CommandOption("--patience <N>")]
        [Description("Epochs without validation progress before stopping. Default 6.")]
        [DefaultValue(6)]
        public int Patience { get; init; } = 6;

        [CommandOption("--width <N>")]
        [Description("FNO channels. Default 32.")]
        [DefaultValue(32)]
        public int Width { get; init; } = 32;

        [CommandOption("--modes <N>")]
        [Description("Fourier modes per layer. Default 16.")]
        [DefaultValue(16)]
        public int Modes { get; init; } = 16;

        [CommandOption("--history <N>")]
        [Description("Input times. Default 20.")]
        [DefaultValue(20)]
        public int History { get; init; } = 20;

        [CommandOption("--future <N>")]
        [Description("Predicted times. Default 20.")]
        [DefaultValue(20)]
        public int Future { get; init; } = 20;

        [CommandOption("--scale <S>")]
        [Description("Largest |alpha| per generator, in units of the data (x/L, t/window, u/std u). Default 0.3.")]
        [DefaultValue(0.3)]
        public double Scale { get; init; } = 0.3;

        [CommandOption("--out <DIR>")]
        [Description("Report folder. Default runs/augment-<pde>.")]
        public string? Out { get; init; }

        [CommandOption("--threads <N>")]
        [Description("Threads for libtorch. Default 2.")]
        [DefaultValue(2)]
        public int Threads { get; init; } = 2;

        public override ValidationResult Validate()
        {
            int chosen = (None ? 1 : 0) + (Exact ? 1 : 0) + (Symmetries != null && !Compare ? 1 : 0) + (Compare ? 1 : 0);
            if (chosen == 0) return ValidationResult.Error("choose an augmentation: --none, --exact, --symmetries RUN, or --compare");
            if (chosen > 1) return ValidationResult.Error("--none, --exact, --symmetries and --compare exclude each other (--compare may take --symmetries)");
            if (Seeds < 1) return ValidationResult.Error("--seeds must be at least 1");
            if (Threads < 1) return ValidationResult.Error("--threads must be at least 1");
            if (!(Scale >= 0)) return ValidationResult.Error("--scale must not be negative");
            if (Epochs < 1) return ValidationResult.Error("--epochs must be at least 1");
            if (Patience < 1) return ValidationResult.Error("--patience must be at least 1");
            if (Width < 1 || Modes < 1 || History < 1 || Future < 1) return ValidationResult.Error("--width, --modes, --history and --future must be at least 1");
            if (Windows < 1) return ValidationResult.Error("--windows must be at least 1");
            if (Steps is { } steps)
            {
                if (Windows != null) return ValidationResult.Error("--steps and --windows exclude each other: --steps sets the windows drawn per epoch");
                if (steps < Epochs) return ValidationResult.Error($"--steps {steps} is fewer than --epochs {Epochs}: every epoch takes at least one step");
                if (steps % Epochs != 0)
                    return ValidationResult.Error($"--steps {steps} is not a multiple of --epochs {Epochs} (each epoch takes --steps / --epochs steps): use --steps {steps / Epochs * Epochs} or {(steps / Epochs + 1) * Epochs}");
            }
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        TorchSharp.torch.set_num_threads(settings.Threads);
        var pde = PdeCatalog.Get(settings.Pde);
        var console = AnsiConsole.Console;
        // The symmetries first: a wrong run folder should not wait for the data to be generated.
        var modes = new List<AugmentationSymmetries>();
        if (settings.None || settings.Compare) modes.Add(AugmentationSymmetries.None);
        if (settings.Exact || settings.Compare) modes.Add(AugmentationSymmetries.Exact(pde));
        if (settings.Symmetries is { } run) modes.Add(AugmentationSymmetries.FromLearningRun(run, pde.Name));
        var data = settings.Data is { } path ? Read(path, pde) : Default(pde, console, cancellationToken);

        var study = new AugmentationStudySettings
        {
            History = settings.History, Future = settings.Future, Width = settings.Width, Modes = settings.Modes, Scale = settings.Scale, Seeds = settings.Seeds,
            Training = new OperatorTrainingSettings
            {
                Epochs = settings.Epochs, WindowsPerTrajectory = settings.Windows ?? 8, StepsPerEpoch = settings.Steps / settings.Epochs, Patience = settings.Patience,
            },
        };
        foreach (var m in modes)
            console.MarkupLine($"[bold]{m.Name}[/]: {Markup.Escape(m.Generators.Count == 0 ? "no augmentation" : string.Join(", ", m.Generators.Select(g => g.ToUnicode())))}");
        var sizes = settings.Train is { Length: > 0 } t ? t : [data.Get("train").Count];
        var runs = new List<AugmentationRun>();
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                foreach (int n in sizes)
                    runs.AddRange(AugmentationStudy.Run(data, n, modes, study, (name, epoch, epochs, nmse) =>
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        string key = $"train {n}, {name}";
                        if (!tasks.TryGetValue(key, out var task)) tasks[key] = task = progress.AddTask(key, maxValue: epochs);
                        task.Value = epoch;
                        task.Description = $"{key}: valid nMSE {nmse:0.0000}";
                    }));
            });

        string folder = settings.Out ?? Path.Combine("runs", $"augment-{pde.Name}");
        var test = data.Get("test");
        var truth = Enumerable.Range(0, test.Nx).Select(i => test[0, test.Nt - 1, i]).ToArray();
        string command = "pdesym " + string.Join(" ", context.Arguments);
        AugmentationReport.Write(folder, pde.Name, command, study, modes, runs, truth, data.T!);
        var table = new Table().AddColumns("train", "augmentation", "runs", "test nMSE", "rollout nMSE");
        foreach (var s in AugmentationReport.Summarise(runs))
            table.AddRow(s.Train.ToString(), s.Mode, s.Runs.ToString(), $"{s.TestMean:0.0000} ± {s.TestStd:0.0000}", $"{s.RolloutMean:0.000} ± {s.RolloutStd:0.000}");
        console.Write(table);
        console.MarkupLine($"report in [green]{Markup.Escape(folder)}[/] (report.json, report.md, rollout_error.png, sample.png)");
        return 0;
    }

    static PdeDataSet Read(string path, IPde pde)
    {
        if (Directory.Exists(path)) throw new UserFacingException(PdeDataFile.NotAFile(path)!);
        if (!File.Exists(path)) throw new UserFacingException($"no data set at '{path}'; make one with pdesym generate {pde.Name} --train 256 --valid 32 --test 32 --nx 128, or leave out --data");
        var data = PdeDataFile.Read(path);
        if (data.Pde is { } recorded && recorded != pde.Name)
            throw new UserFacingException($"'{path}' holds data of '{recorded}', not '{pde.Name}'");
        return data;
    }

    static PdeDataSet Default(IPde pde, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (pde.Evolution is null) throw new UserFacingException($"{pde.Name} has no evolution form to simulate; pass a data set with --data");
        var counts = AugmentationData.Counts;
        var dataSettings = AugmentationData.SettingsFor(pde);
        string path = DataSetCache.PathFor(pde, counts, dataSettings);
        if (File.Exists(path))
        {
            console.MarkupLine($"data: [green]{Markup.Escape(path)}[/] (cached)");
            return PdeDataFile.Read(path);
        }
        console.MarkupLine($"generating {string.Join(" / ", counts.Values)} trajectories of {Markup.Escape(pde.Name)} (train / valid / test; cached in {Markup.Escape(path)})");
        PdeDataSet data = null!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var tasks = counts.ToDictionary(c => c.Key, c => progress.AddTask($"{c.Key} ({c.Value})", maxValue: 1.0));
                data = DataSetCache.GetOrGenerate(pde, counts, dataSettings, (split, fraction) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    tasks[split].Value = Math.Min(1.0, fraction);
                }).Data;
            });
        return data;
    }
}
