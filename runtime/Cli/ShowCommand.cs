using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym show &lt;pde&gt;</c>: everything the generator derived from one declaration.</summary>
internal sealed class ShowCommand : Command<ShowCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`).")]
        public string Pde { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pde = PdeCatalog.Get(settings.Pde);
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string value) => grid.AddRow(new Text(label), new Text(value));

        Row("equation", pde.Pretty);
        Row("plain", pde.EquationText);
        Row("domain", $"x ∈ [0, {Number(pde.Domain.Length)}) periodic, t ∈ [0, {Number(pde.Domain.Duration)}]");
        Row("constants", pde.Constants.Count == 0 ? "none" : string.Join(", ", pde.Constants.Select(c => $"{c.Key} = {Number(c.Value)}")));
        Row("jet", $"{string.Join(", ", pde.Jet.Variables.Select(v => v.Name))} (order {pde.Jet.MaxOrderX} in x, {pde.Jet.MaxOrderT} in t)");
        if (pde.Evolution is { } form)
        {
            Row("evolution", "u_t = L u + N");
            Row("  L u", form.LinearText);
            Row("  N", form.NonlinearText);
        }
        else
        {
            Row("evolution", "none: the equation is not of the form u_t = F(x, t, u, u_x, ...), so it has no solvers");
        }
        AnsiConsole.Write(new Rule(Markup.Escape(pde.Name)).LeftJustified());
        AnsiConsole.Write(grid);
        return 0;
    }

    static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
