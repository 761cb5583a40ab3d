using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym list [--json]</c>: the declared PDEs with their equations, domains, orders and evolution forms.</summary>
internal sealed class ListCommand : Command<ListCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("Print the list as JSON (one object per PDE) instead of a table.")]
        public bool Json { get; init; }
    }

    /// <summary>One PDE as listed; also the JSON shape of <c>list --json</c>.</summary>
    internal sealed record Entry(
        string Name, string Equation, string Pretty, double Length, double Duration,
        int Order, int OrderX, int OrderT, string[] Jet, bool Evolution, double[]? Linear, string? Nonlinear)
    {
        public static Entry Of(IPde pde) => new(
            pde.Name, pde.EquationText, pde.Pretty, pde.Domain.Length, pde.Domain.Duration,
            pde.Jet.Order, pde.Jet.MaxOrderX, pde.Jet.MaxOrderT, pde.Jet.Variables.Select(v => v.Name).ToArray(),
            pde.Evolution != null, pde.Evolution?.Linear.ToArray(), pde.Evolution?.NonlinearText);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var entries = PdeCatalog.All.Select(Entry.Of).ToList();
        if (settings.Json)
        {
            ConsoleJson.Write(entries);
            return 0;
        }
        if (entries.Count == 0)
        {
            AnsiConsole.MarkupLine("No PDEs are declared. Declare one with a [Pde(\"name\")] partial class that has an [Equation] method.");
            return 0;
        }
        var table = new Table().AddColumns("name", "equation", "L", "T", "order x, t", "evolution");
        foreach (var e in entries)
        {
            table.AddRow(
                Markup.Escape(e.Name),
                Markup.Escape(e.Pretty),
                Number(e.Length),
                Number(e.Duration),
                $"{e.OrderX}, {e.OrderT}",
                e.Evolution ? "yes" : "no");
        }
        AnsiConsole.Write(table);
        return 0;
    }

    static string Number(double value) =>
        value == 2 * Math.PI ? "2π" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
