using System.ComponentModel;
using PdeSym.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym conservation &lt;pde&gt; [--degree d] [--order k] [--json]</c>: conservation laws by the multiplier method.</summary>
internal sealed class ConservationCommand : Command<ConservationCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an evolution equation Δ in the plain syntax such as \"u_t + u*u_x + u_xxx\".")]
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
    }

    internal sealed record LawEntry(string Multiplier, string Density, string MultiplierUnicode, string DensityUnicode);

    internal sealed record Output(string Pde, string Equation, int Degree, int Order, string Ansatz, LawEntry[] Laws, double Milliseconds);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation) = SymmetriesCommand.Resolve(settings.Pde);
        var result = ConservationLaws.Compute(equation, settings.Degree, settings.Order);
        if (settings.Json)
        {
            ConsoleJson.Write(new Output(name, equation.ToPlain(), result.Degree, result.Order, result.Ansatz,
                result.Laws.Select(l => new LawEntry(l.Multiplier.ToPlain(), l.Density.ToPlain(), l.Multiplier.ToUnicode(), l.Density.ToUnicode())).ToArray(),
                result.Elapsed.TotalMilliseconds));
            return 0;
        }
        var declared = PdeCatalog.Find(settings.Pde);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(declared?.Pretty ?? equation.ToUnicode() + " = 0")}");
        AnsiConsole.MarkupLine(Markup.Escape($"multipliers Λ: {result.Ansatz} ({result.Unknowns} unknowns, {result.Elapsed.TotalMilliseconds:F0} ms)"));
        if (result.Laws.Count == 0)
        {
            AnsiConsole.MarkupLine("  no conservation law inside the ansatz (try a larger --degree or --order)");
            return 0;
        }
        var table = new Table().Border(TableBorder.Simple).AddColumns("", "multiplier Λ", "density T");
        for (int i = 0; i < result.Laws.Count; i++)
            table.AddRow($"{i + 1}", Markup.Escape(result.Laws[i].Multiplier.ToUnicode()), Markup.Escape(result.Laws[i].Density.ToUnicode()));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape("each: D_t T + D_x X = Λ·(u_t − F), so ∫T dx is conserved on a periodic domain (T up to a total x-derivative)"));
        return 0;
    }
}
