using System.ComponentModel;
using System.Globalization;
using PdeSym.Data;
using PdeSym.Learning;
using PdeSym.Spectral;
using PdeSym.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym conservation &lt;pde&gt; [--degree d] [--order k] [--json | --latex] [--data FILE] [--density T]</c>: conservation
/// laws by the multiplier method, their drift along data, or one density checked.
/// </summary>
internal sealed class ConservationCommand : Command<ConservationCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an equation Δ in the plain syntax solved for u_t or u_tt, such as \"u_t + u*u_x + u_xxx\".")]
        public string Pde { get; init; } = "";

        [CommandOption("--degree <d>")]
        [Description("Highest total degree of the multipliers Λ in x, t, u and u's x-derivatives (default 2).")]
        [DefaultValue(2)]
        public int Degree { get; init; } = 2;

        [CommandOption("--order <k>")]
        [Description("Highest x-derivative of u that a multiplier reads (default 2).")]
        [DefaultValue(2)]
        public int Order { get; init; } = 2;

        [CommandOption("--json")]
        [Description("Print the laws as JSON: each multiplier and density in the plain syntax and its Unicode form.")]
        public bool Json { get; init; }

        [CommandOption("--latex")]
        [Description("Print the multipliers and densities as a LaTeX align*, for a paper.")]
        public bool Latex { get; init; }

        [CommandOption("--density <T>")]
        [Description("Check one density instead, e.g. \"u^3/3 - u_x^2/2\" (exit code 0 if ∫T dx is conserved, 1 if not).")]
        public string? Density { get; init; }

        [CommandOption("--data <FILE>")]
        [Description("HDF5 data of the PDE (pdesym generate, or the reference layout): measure how far ∫T dx drifts along its train trajectories.")]
        public string? Data { get; init; }
    }

    /// <param name="Multiplier">Λ in the plain syntax.</param>
    /// <param name="Density">T in the plain syntax.</param>
    /// <param name="MultiplierUnicode">Λ as printed.</param>
    /// <param name="DensityUnicode">T as printed.</param>
    /// <param name="Drift">With --data: max over trajectories and times of |∫T dx − ∫T dx at the first time| / max ∫|T| dx.</param>
    /// <param name="Symmetry">When the equation is u_t = D_x(δH/δu): the characteristic D_xΛ of the symmetry the law maps to.</param>
    internal sealed record LawEntry(string Multiplier, string? Density, string MultiplierUnicode, string? DensityUnicode, double? Drift, string? Symmetry);

    /// <summary>The --json output; Hamiltonian is H with u_t = D_x(δH/δu) when one of the laws makes the equation Hamiltonian, else null.</summary>
    internal sealed record Output(string Pde, string Equation, int Degree, int Order, string Ansatz, LawEntry[] Laws, string? Hamiltonian, double Milliseconds);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation, declared) = SymmetriesCommand.Resolve(settings.Pde);
        if (settings.Density is { } given) return CheckDensity(name, equation, given);
        var result = ConservationLaws.Compute(equation, settings.Degree, settings.Order);
        var drifts = settings.Data is { } path ? Drifts(result.Laws, path, declared) : null;
        var pairing = HamiltonianPairing.Of(result);
        if (settings.Json)
        {
            ConsoleJson.Write(new Output(name, equation.ToPlain(), result.Degree, result.Order, result.Ansatz,
                result.Laws.Select((l, i) => new LawEntry(l.Multiplier.ToPlain(), l.Density?.ToPlain(), l.Multiplier.ToUnicode(), l.Density?.ToUnicode(), drifts?[i],
                    pairing?.Symmetries[i].ToPlain())).ToArray(),
                pairing?.Hamiltonian.ToPlain(), result.Elapsed.TotalMilliseconds));
            return 0;
        }
        if (settings.Latex)
        {
            Console.Out.Write(result.ToLatex(NoDensity));
            return 0;
        }
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(declared?.Pretty ?? equation.ToUnicode() + " = 0")}");
        AnsiConsole.MarkupLine(Markup.Escape($"multipliers Λ: {result.Ansatz} ({result.Unknowns} unknowns, {result.Elapsed.TotalMilliseconds:F0} ms)"));
        if (result.Laws.Count == 0)
        {
            AnsiConsole.MarkupLine("  no conservation law inside the ansatz (try a larger --degree or --order)");
            return 0;
        }
        var table = new Table().Border(TableBorder.Simple).AddColumns("", "multiplier Λ", "density T");
        if (drifts != null) table.AddColumn("drift on the data", c => c.RightAligned());
        for (int i = 0; i < result.Laws.Count; i++)
        {
            var law = result.Laws[i];
            string[] row = [$"{i + 1}", Markup.Escape(law.Multiplier.ToUnicode()), Markup.Escape(law.Density?.ToUnicode() ?? NoDensity)];
            table.AddRow(drifts?[i] is not { } drift ? row
                : [.. row, drift.ToString("0.0e+0", CultureInfo.InvariantCulture) + (law.Density!.Contains("x") ? " (reads x)" : "")]);
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape($"each: D_t T + D_x X = Λ·({result.Evolution.Leading.Name} − F), so ∫T dx is conserved on a periodic domain when T and X do not read x (T up to a total x-derivative)"));
        if (drifts != null)
            AnsiConsole.MarkupLine(Markup.Escape("drift: max |∫T dx − its first value| / max ∫|T| dx over the train trajectories (x-derivatives spectral)"));
        if (pairing != null) AnsiConsole.MarkupLine(Markup.Escape(pairing.Describe()));
        return 0;
    }

    const string NoDensity = "none within the ansatz (raise --degree)";

    // A density from a paper, decided exactly: D_t T on the solutions is a total x-derivative, or it is not.
    static int CheckDensity(string name, Expr equation, string text)
    {
        var density = Expr.Parse(text);
        bool conserved = ConservationLaws.IsConservedDensity(equation, density);
        AnsiConsole.MarkupLine($"T = {Markup.Escape(density.ToUnicode())} on {Markup.Escape(name)}: " + (conserved
            ? "[green]conserved (exact: D_t T on the solutions is a total x-derivative)[/]"
            : "[red]not conserved (exact: D_t T on the solutions is no total x-derivative)[/]"));
        return conserved ? 0 : 1;
    }

    static double?[] Drifts(IReadOnlyList<ConservationLaw> laws, string path, IPde? pde)
    {
        if (pde is null)
            throw new UserFacingException("--data needs a declared PDE (see pdesym list), whose domain places the data; an equation given as text has none");
        using var scope = TorchSharp.torch.NewDisposeScope();
        var set = TrajectorySource.From(PdeDataFile.Read(path), pde, path);
        var grid = new PeriodicGrid(set.Length, set.Points);
        var times = Enumerable.Range(0, set.Steps).Select(k => set.StartTime + k * set.TimeStep).ToArray();
        return laws.Select(l => l.Density is { } d ? ConservedQuantities.Drift(d, set.U, times, grid) : (double?)null).ToArray();
    }
}
