using System.ComponentModel;
using PdeSym.Data;
using PdeSym.Spectral;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym generate &lt;pde&gt;</c>: simulate trajectories and write them as HDF5 in the LPSDA layout.</summary>
internal sealed class GenerateCommand : Command<GenerateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("Name of a declared PDE (see pdesym list).")]
        public string Pde { get; init; } = "";

        [CommandOption("--train <N>")]
        [Description("Trajectories in the train split.")]
        public int Train { get; init; }

        [CommandOption("--valid <N>")]
        [Description("Trajectories in the valid split.")]
        public int Valid { get; init; }

        [CommandOption("--test <N>")]
        [Description("Trajectories in the test split.")]
        public int Test { get; init; }

        [CommandOption("--nx <N>")]
        [Description("Grid points (even). Default 256.")]
        [DefaultValue(256)]
        public int Nx { get; init; } = 256;

        [CommandOption("--nt <N>")]
        [Description("Stored times kept per trajectory: the last nt of the run's --steps. Default 140.")]
        [DefaultValue(140)]
        public int Nt { get; init; } = 140;

        [CommandOption("--steps <N>")]
        [Description("Equally spaced times the run stores over [[0, T]] (dt = T/(steps-1)). Default 250.")]
        [DefaultValue(250)]
        public int Steps { get; init; } = 250;

        [CommandOption("--duration <T>")]
        [Description("Final time T; default the PDE's declared domain.")]
        public double? Duration { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the random initial conditions. Default 0.")]
        public int Seed { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output folder; the file is <DIR>/<pde>.h5. Default: data.")]
        [DefaultValue("data")]
        public string Out { get; init; } = "data";

        [CommandOption("--force")]
        [Description("Overwrite an existing file.")]
        public bool Force { get; init; }

        [CommandOption("--integrator <NAME>")]
        [Description("etdrk4 or dopri5; default: etdrk4 when L is constant and non-zero, else dopri5. Burgers uses heat + Cole-Hopf unless an integrator is given.")]
        public string? Integrator { get; init; }

        [CommandOption("--max-step <H>")]
        [Description("Longest ETDRK4 step. Default 0.02.")]
        public double? MaxStep { get; init; }

        [CommandOption("--tol <TOL>")]
        [Description("rtol = atol of dopri5. Default 1e-9.")]
        public double? Tolerance { get; init; }

        [CommandOption("--dealias")]
        [Description("2/3-rule de-aliasing of the nonlinear part.")]
        public bool Dealias { get; init; }

        [CommandOption("--batch <N>")]
        [Description("Trajectories integrated together. Default 32.")]
        [DefaultValue(32)]
        public int Batch { get; init; } = 32;

        [CommandOption("--threads <N>")]
        [Description("Threads for libtorch. Default 1: FFTs of [[batch, nx]] fields are too small to gain from more, and on a busy 2-core machine a second thread slowed them 10x.")]
        [DefaultValue(1)]
        public int Threads { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (Train < 0 || Valid < 0 || Test < 0) return ValidationResult.Error("--train, --valid and --test must not be negative");
            if (Train + Valid + Test == 0) return ValidationResult.Error("nothing to generate: give --train, --valid or --test a positive count");
            if (Threads < 1) return ValidationResult.Error("--threads must be at least 1");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        TorchSharp.torch.set_num_threads(settings.Threads);
        var pde = PdeCatalog.Get(settings.Pde);
        Trajectories.EvolutionOf(pde);
        string path = Path.Combine(settings.Out, pde.Name + ".h5");
        if (File.Exists(path) && !settings.Force)
            throw new UserFacingException($"'{path}' already exists; pass --force to overwrite it or choose another --out");

        var data = new DataSettings
        {
            Nx = settings.Nx,
            Nt = settings.Nt,
            Steps = settings.Steps,
            Seed = settings.Seed,
            BatchSize = settings.Batch,
            Dealias = settings.Dealias,
            Duration = settings.Duration,
            Integrator = Integrator(settings),
        };
        new PeriodicGrid(pde.Domain.Length, settings.Nx); // rejects a bad grid before any work
        var counts = new Dictionary<string, int> { ["train"] = settings.Train, ["valid"] = settings.Valid, ["test"] = settings.Test };

        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(pde.Name)}[/]: {Markup.Escape(pde.Pretty)}, L = {pde.Domain.Length:g6}, T = {data.Duration ?? pde.Domain.Duration:g6}, nx = {data.Nx}, keeping {data.Nt} of {data.Steps} stored times");
        PdeDataSet dataSet = null!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var tasks = counts.Where(c => c.Value > 0)
                    .ToDictionary(c => c.Key, c => progress.AddTask($"{c.Key} ({c.Value})", maxValue: 1.0));
                dataSet = DataSetGenerator.Generate(pde, counts, data, (split, fraction) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    tasks[split].Value = Math.Min(1.0, fraction);
                });
            });
        PdeDataFile.Write(path, dataSet, settings.Force);
        console.MarkupLine($"wrote [green]{Markup.Escape(path)}[/] ({string.Join(", ", dataSet.Splits.Select(s => $"{s.Name} [[{s.Count}, {s.Nt}, {s.Nx}]]"))}; integrator {dataSet.Integrator}, dt = {dataSet.Dt:g6}, dx = {dataSet.Dx:g6})");
        return 0;
    }

    static ITimeIntegrator? Integrator(Settings settings)
    {
        if (settings.Integrator == null)
        {
            if (settings.MaxStep != null || settings.Tolerance != null)
                throw new UserFacingException("--max-step and --tol belong to an integrator: give --integrator etdrk4 or dopri5 as well");
            return null;
        }
        var integrator = TimeIntegrators.Get(settings.Integrator);
        if (integrator is DormandPrinceSolver && settings.MaxStep != null)
            throw new UserFacingException("--max-step sets ETDRK4's step; dopri5 chooses its own steps from --tol");
        if (integrator is Etdrk4Solver && settings.Tolerance != null)
            throw new UserFacingException("--tol sets dopri5's tolerance; ETDRK4 takes fixed steps of at most --max-step");
        return integrator switch
        {
            Etdrk4Solver when settings.MaxStep is { } h => h > 0 ? new Etdrk4Solver(h) : throw new UserFacingException($"--max-step must be positive, got {h}"),
            DormandPrinceSolver when settings.Tolerance is { } tol => tol > 0 ? new DormandPrinceSolver(tol, tol) : throw new UserFacingException($"--tol must be positive, got {tol}"),
            _ => integrator,
        };
    }
}
