using System.ComponentModel;
using PdeSym.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym generalized &lt;pde&gt; [--order n] [--degree d] [--json]</c>: generalised (Lie–Bäcklund) symmetries beyond the
/// point symmetries — the higher flows of an integrable equation's hierarchy, or their absence.
/// </summary>
internal sealed class GeneralizedCommand : Command<GeneralizedCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an equation Δ in the plain syntax solved for u_t or u_tt, such as \"u_t + u*u_x + u_xxx\" or \"u_tt - u_xx + sin(u)\".")]
        public string Pde { get; init; } = "";

        [CommandOption("--order <n>")]
        [Description("Highest x-derivative of u that a characteristic Q reads (default 5; 3 for u_tt = F, whose jet also holds u_t, u_xt, …).")]
        public int? Order { get; init; }

        [CommandOption("--degree <d>")]
        [Description("Highest total degree of Q in x, t, u and u's derivatives (default 5; 3 for u_tt = F).")]
        public int? Degree { get; init; }

        [CommandOption("--check <Q>")]
        [Description("Check one characteristic instead, e.g. from a paper (exit code 0 if u_s = Q is a symmetry, 1 if not, with D_t Q − F_*[[Q]]).")]
        public string? Check { get; init; }

        [CommandOption("--latex")]
        [Description("Print the characteristics beyond the point symmetries as a LaTeX align*, highest derivative first.")]
        public bool Latex { get; init; }

        [CommandOption("--json")]
        [Description("Print the characteristics as JSON: the plain syntax, Unicode and order of each.")]
        public bool Json { get; init; }
    }

    internal sealed record Entry(string Characteristic, string Unicode, int Order);

    internal sealed record Output(string Pde, string Equation, int Order, int Degree, string Ansatz, string[] Point, Entry[] Generalized, bool Linear, double Milliseconds);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation, declared) = SymmetriesCommand.Resolve(settings.Pde);
        if (settings.Check is { } given) return CheckOne(name, equation, Expr.Parse(given));
        var result = GeneralizedSymmetries.Compute(equation, settings.Order, settings.Degree);
        if (settings.Latex)
        {
            Console.Out.Write(result.Generalized.Count > 0 ? result.ToLatex() : $"% no generalised symmetry of order at most {result.Order} beyond the point symmetries inside the ansatz\n");
            return 0;
        }
        if (settings.Json)
        {
            ConsoleJson.Write(new Output(name, equation.ToPlain(), result.Order, result.Degree, result.Ansatz,
                result.Point.Select(g => g.ToUnicode()).ToArray(),
                result.Generalized.Select(g => new Entry(g.Characteristic.ToPlain(), g.ToUnicode(), g.Order)).ToArray(),
                result.Linear, result.Elapsed.TotalMilliseconds));
            return 0;
        }
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(declared?.Pretty ?? equation.ToUnicode() + " = 0")}");
        AnsiConsole.MarkupLine(Markup.Escape($"characteristics Q: {result.Ansatz} ({result.Unknowns} unknowns, {result.Elapsed.TotalMilliseconds:F0} ms)"));
        AnsiConsole.MarkupLine(Markup.Escape($"point symmetries: {string.Join(", ", result.Point.Select(g => g.ToUnicode()))}"));
        if (result.Generalized.Count == 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"no generalised symmetry of order ≤ {result.Order} beyond them inside the ansatz (try a larger --order or --degree)"));
            return 0;
        }
        for (int i = 0; i < result.Generalized.Count; i++)
        {
            var g = result.Generalized[i];
            AnsiConsole.MarkupLine(Markup.Escape($"  Q{i + 1} = {g.ToUnicode()}   (order {g.Order})"));
        }
        AnsiConsole.MarkupLine(Markup.Escape($"each: {result.CriterionText}, so u_s = Q is a flow that commutes with the equation's (modulo the point symmetries)"));
        if (Brackets(result) is { } brackets) AnsiConsole.MarkupLine(Markup.Escape(brackets));
        if (result.Caveat is { } caveat) AnsiConsole.MarkupLine(Markup.Escape($"note: {caveat}, so these say nothing of integrability"));
        return 0;
    }

    // Whether the flows found commute with one another, as a hierarchy's do (u_t = F with up to four of them).
    static string? Brackets(GeneralizedSymmetries result)
    {
        var q = result.Generalized;
        if (q.Count < 2 || q.Count > 4 || result.Evolution.TimeOrder != 1 || result.Caveat != null) return null;
        var pairs = (from i in Enumerable.Range(0, q.Count) from j in Enumerable.Range(i + 1, q.Count - i - 1)
                     select (i, j, Commute: Evaluation.Vanishes(GeneralizedSymmetries.Bracket(q[i].Characteristic, q[j].Characteristic)))).ToList();
        return pairs.All(p => p.Commute) ? $"brackets: [Qi, Qj] = 0 for every pair — the flows commute, as a hierarchy's do"
            : "brackets: " + string.Join(", ", pairs.Select(p => $"[Q{p.i + 1}, Q{p.j + 1}] {(p.Commute ? "= 0" : "≠ 0")}"));
    }

    // A characteristic from a paper, decided exactly: D_t Q − F_*[Q] vanishes on the solutions, or it does not.
    static int CheckOne(string name, Expr equation, Expr q)
    {
        var residual = GeneralizedSymmetries.Criterion(equation, q);
        string dt = EvolutionEquation.Solve(equation.Rationalize()).TimeOrder == 1 ? "D_t Q" : "D_t²Q";
        AnsiConsole.MarkupLine($"Q = {Markup.Escape(new GeneralizedSymmetry(q, 0).ToUnicode())} on {Markup.Escape(name)}: " + (residual.IsZero
            ? $"[green]a symmetry (exact: {dt} = F_*[[Q]] on the solutions)[/]"
            : "[red]not a symmetry (exact)[/]"));
        if (!residual.IsZero) AnsiConsole.MarkupLine(Markup.Escape($"{dt} − F_*[Q] = {residual.ToUnicode()}"));
        return residual.IsZero ? 0 : 1;
    }
}
