using System.ComponentModel;
using System.Globalization;
using PdeSym.Data;
using PdeSym.Learning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym bench-learn &lt;data.h5&gt;</c> (hidden): seconds per training step by stage at the default
/// configuration, with free fields (the structured network's cost), and at the paper authors' (width 256, 4 trajectories × 16×16 patches = 1024 stencils).
/// </summary>
internal sealed class BenchLearnCommand : Command<BenchLearnCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        public string Pde { get; init; } = "";

        [CommandArgument(1, "<data>")]
        [Description("HDF5 data of the PDE.")]
        public string Data { get; init; } = "";

        [CommandOption("--steps <N>")]
        [DefaultValue(5)]
        public int Steps { get; init; } = 5;

        [CommandOption("--threads <N>")]
        [DefaultValue(2)]
        public int Threads { get; init; } = 2;

        [CommandOption("--configurations <LIST>")]
        [Description("Comma-separated: default, free, authors. Default all three (the authors' takes about a minute a step).")]
        public string Configurations { get; init; } = "default,free,authors";

        public override ValidationResult Validate() =>
            Steps < 1 ? ValidationResult.Error($"--steps must be at least 1, got {Steps}")
            : Threads < 1 ? ValidationResult.Error($"--threads must be at least 1, got {Threads}")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pde = PdeCatalog.Get(settings.Pde);
        var known = new Dictionary<string, (string Name, LearningOptions Options)>
        {
            ["default"] = ("default (width 64, 64 stencils, 4 fields)", new LearningOptions { Threads = settings.Threads }),
            ["free"] = ("default with free fields (one network reads x, t, u)", new LearningOptions { Threads = settings.Threads, StructuredFields = false }),
            ["authors"] = ("authors' (width 256, 4 × 16×16 = 1024 stencils, 4 free fields)",
                new LearningOptions { Threads = settings.Threads, Width = 256, Centres = 1024, StructuredFields = false }),
        };
        var configurations = settings.Configurations.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => known.TryGetValue(c, out var k) ? k
                : throw new UserFacingException($"--configurations: unknown '{c}'; choose from {string.Join(", ", known.Keys)}")).ToList();
        if (configurations.Count == 0) throw new UserFacingException($"--configurations is empty; choose from {string.Join(", ", known.Keys)}");
        if (PdeDataFile.NotAFile(settings.Data) is { } problem) throw new UserFacingException(problem);
        var data = TrajectorySource.From(PdeDataFile.Read(settings.Data), pde, settings.Data);
        var table = new Table().AddColumns("configuration", "network", "flow", "jets", "residual", "backward", "total s/step");
        foreach (var (name, options) in configurations)
        {
            using var learner = new SymmetryLearner(pde, data, options);
            var t = StepBenchmark.Run(learner, warmup: 1, steps: settings.Steps);
            string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
            table.AddRow(Markup.Escape(name), F(t.Network), F(t.Flow), F(t.Jets), F(t.Residual), F(t.Backward), F(t.Total));
        }
        AnsiConsole.Console.Write(table);
        return 0;
    }
}
