using System.ComponentModel;
using System.Globalization;
using PdeSym.Data;
using PdeSym.Spectral;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym bench [pde]</c>: ETDRK4 against the adaptive Dormand–Prince on the same batch of trajectories,
/// each timed and compared with a fine-step ETDRK4 reference.
/// </summary>
internal sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[pde]")]
        [Description("A declared PDE with a constant-coefficient linear part. Default kdv.")]
        public string Pde { get; init; } = "kdv";

        [CommandOption("--nx <N>")]
        [DefaultValue(256)]
        public int Nx { get; init; } = 256;

        [CommandOption("--duration <T>")]
        [Description("Final time; default the PDE's domain (KdV: 100).")]
        public double? Duration { get; init; }

        [CommandOption("--steps <N>")]
        [Description("Stored times over [[0, T]]. Default 250.")]
        [DefaultValue(250)]
        public int Steps { get; init; } = 250;

        [CommandOption("--batch <N>")]
        [Description("Trajectories. Default 32.")]
        [DefaultValue(32)]
        public int Batch { get; init; } = 32;

        [CommandOption("--tol <TOL>")]
        [Description("rtol = atol of dopri5. Default 1e-9.")]
        [DefaultValue(1e-9)]
        public double Tolerance { get; init; } = 1e-9;

        [CommandOption("--etd-steps <LIST>")]
        [Description("Comma-separated ETDRK4 steps to time. Default: the stored interval, 0.1, 0.05, 0.02, 0.01, 0.0075, 0.0064 (those not above the interval; on KdV's default run 0.0064 is the longest that matches dopri5 at 1e-9).")]
        public string? EtdSteps { get; init; }

        [CommandOption("--reference-step <H>")]
        [Description("Finer ETDRK4 step h of the Richardson-extrapolated reference (h and 2h). Default 0.0025: its own error, about 1e-7 on the default KdV run, stays well below the errors it measures.")]
        [DefaultValue(0.0025)]
        public double ReferenceStep { get; init; } = 0.0025;

        [CommandOption("--soliton <C>")]
        [Description("KdV only: one soliton 3c·sech²(√c (x − L/4 − ct)/2) of speed C instead of random data; the exact solution is the reference.")]
        public double? Soliton { get; init; }

        [CommandOption("--repeat <N>")]
        [Description("Timed runs per integrator, the fastest counts. Default 1.")]
        [DefaultValue(1)]
        public int Repeat { get; init; } = 1;

        [CommandOption("--seed <N>")]
        public int Seed { get; init; }

        [CommandOption("--threads <N>")]
        [Description("Threads for libtorch. Default 1 (small FFTs gain nothing from more on 2 cores).")]
        [DefaultValue(1)]
        public int Threads { get; init; } = 1;

        public override ValidationResult Validate()
        {
            if (Soliton is { } speed && !(speed > 0)) return ValidationResult.Error($"--soliton: the speed must be positive, got {speed}");
            if (!(Tolerance > 0)) return ValidationResult.Error($"--tol must be positive (dopri5's rtol = atol), got {Tolerance}");
            if (!(ReferenceStep > 0)) return ValidationResult.Error($"--reference-step must be positive, got {ReferenceStep}");
            if (Duration is { } t && !(t > 0)) return ValidationResult.Error($"--duration must be positive, got {t}");
            if (Steps < 2) return ValidationResult.Error($"--steps must be at least 2 (the stored times include 0 and T), got {Steps}");
            if (Batch < 1 || Repeat < 1 || Threads < 1) return ValidationResult.Error("--batch, --repeat and --threads must be at least 1");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        TorchSharp.torch.set_num_threads(settings.Threads);
        var pde = PdeCatalog.Get(settings.Pde);
        var form = Trajectories.EvolutionOf(pde);
        if (!form.Linear.Any(c => c != 0))
            throw new UserFacingException($"'{pde.Name}' has no constant-coefficient linear part, so ETDRK4 has nothing to gain; bench a PDE such as kdv or ks");
        var grid = new PeriodicGrid(pde.Domain.Length, settings.Nx);
        double duration = settings.Duration ?? pde.Domain.Duration;
        var times = DataSetGenerator.RunTimes(duration, settings.Steps);
        double interval = times[1] - times[0];
        var etdSteps = settings.EtdSteps == null
            ? new[] { interval, 0.1, 0.05, 0.02, 0.01, 0.0075, 0.0064 }.Where(h => h <= interval).Distinct().ToArray()
            : settings.EtdSteps.Split(',').Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && h > 0
                ? h : throw new UserFacingException($"--etd-steps: '{s}' is not a positive number")).ToArray();

        if (settings.Soliton != null && !IsKdV(form))
            throw new UserFacingException($"--soliton needs KdV (u_t + u u_x + u_xxx = 0); '{pde.Name}' has another evolution form");

        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(pde.Name)}[/]: nx = {grid.Nx}, L = {grid.Length:g6}, T = {duration:g6}, {settings.Steps} stored times, {settings.Batch} trajectories (seed {settings.Seed}), {settings.Threads} thread(s)");
        using var scope = TorchSharp.torch.NewDisposeScope();
        TorchSharp.torch.Tensor initial;
        TorchSharp.torch.Tensor? exact = null;
        if (settings.Soliton is { } speed)
        {
            var solution = TorchSharp.torch.stack(times.Select(t => Soliton(grid, speed, t)).ToArray()).unsqueeze(0);
            exact = solution.expand(settings.Batch, -1, -1).contiguous();
            initial = exact[.., 0].contiguous();
        }
        else initial = DataRecipe.For(pde).Initial.Sample(grid, settings.Batch, new Random(settings.Seed));
        var integrators = etdSteps.Select(h => (ITimeIntegrator)new Etdrk4Solver(h))
            .Append(new DormandPrinceSolver(settings.Tolerance, settings.Tolerance)).ToList();
        var result = IntegratorBenchmark.Measure(form, initial, grid, times, integrators, settings.ReferenceStep, exact,
            line => console.MarkupLine($"  running {Markup.Escape(line)} ..."), settings.Repeat);

        var table = new Table().AddColumns("integrator", "time (s)", "RHS calls", "steps", "rejected", exact is null ? "max error vs reference" : "max error vs exact");
        foreach (var run in result.Runs)
            table.AddRow(Markup.Escape(run.Label), $"{run.Elapsed.TotalSeconds:f2}", $"{run.RhsCalls}", $"{run.Steps}", $"{run.Rejected}",
                run.BlowUp is { } b ? $"unstable: blew up by t = {b.Time:g4}" : $"{run.MaxError:e2}");
        if (result.Reference is { } reference)
            table.AddRow(Markup.Escape(reference.Label), $"{reference.Elapsed.TotalSeconds:f2}", $"{reference.RhsCalls}", $"{reference.Steps}", "0",
                $"(≤ {result.ReferenceError:e2}, estimated)");
        console.Write(table);
        if (result.Comparison() is { } c)
        {
            console.MarkupLine($"speed-up at equal or better accuracy: [green]{c.SpeedUp:f1}x[/] ({Markup.Escape(c.Etd.Label)}: {c.Etd.Elapsed.TotalSeconds:f2} s, error {c.Etd.MaxError:e2}, {c.Etd.RhsCalls} RHS calls; " +
                $"{Markup.Escape(c.Adaptive.Label)}: {c.Adaptive.Elapsed.TotalSeconds:f2} s, error {c.Adaptive.MaxError:e2}, {c.Adaptive.RhsCalls} RHS calls)");
            var floor = result.Floor;
            console.MarkupLine($"transform floor: {floor.TransformsPerCall} FFTs per RHS call at {floor.PerTransform.TotalMicroseconds:f1} µs each; " +
                $"{Markup.Escape(c.Etd.Label)}'s {c.Etd.RhsCalls} calls need {floor.For(c.Etd.RhsCalls).TotalSeconds:g3} s of FFTs alone, " +
                $"so no ETDRK4 at this step can be more than {result.CeilingFor(c.Etd, c.Adaptive):f1}x faster than {Markup.Escape(c.Adaptive.Label)} here");
        }
        else
            console.MarkupLine("[yellow]no ETDRK4 step reached the adaptive solver's accuracy; add smaller --etd-steps[/]");
        return 0;
    }

    static bool IsKdV(EvolutionForm form) =>
        form.Linear.Select((v, k) => k == 3 ? v == -1 : v == 0).All(ok => ok) && form.Linear.Count == 4
        && form.NonlinearText.Replace(" ", "", StringComparison.Ordinal) == "-u*u_x";

    // u = 3c sech²(√c (x − x0 − ct)/2), with x0 = L/4 and the nearest periodic image.
    static TorchSharp.torch.Tensor Soliton(PeriodicGrid grid, double c, double t)
    {
        var x = grid.X();
        var xi = (x - grid.Length / 4 - c * t + grid.Length / 2).remainder(grid.Length) - grid.Length / 2;
        return 3 * c / (Math.Sqrt(c) / 2 * xi).cosh().square();
    }
}
