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
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pde = PdeCatalog.Get(settings.Pde);
        if (!File.Exists(settings.Data)) throw new UserFacingException($"'{settings.Data}' does not exist");
        var data = TrajectorySource.From(PdeDataFile.Read(settings.Data), pde, settings.Data);
        var configurations = new (string Name, LearningOptions Options)[]
        {
            ("default (width 64, 64 stencils, 4 fields)", new LearningOptions { Threads = settings.Threads }),
            ("default with free fields (one network reads x, t, u)", new LearningOptions { Threads = settings.Threads, StructuredFields = false }),
            ("authors' (width 256, 4 × 16×16 = 1024 stencils, 4 free fields)",
                new LearningOptions { Threads = settings.Threads, Width = 256, Centres = 1024, StructuredFields = false }),
        };
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
