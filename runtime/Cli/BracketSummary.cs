using Spectre.Console;

namespace PdeSym.Cli;

/// <summary>A commutator table of W1 … Wn in one line: its nonzero brackets, for the learn summaries.</summary>
internal static class BracketSummary
{
    /// <summary>The brackets' line (when there are two generators or more), closed or not, and the structure's line.</summary>
    /// <param name="console">Where the summary goes.</param>
    /// <param name="table">[Wi, Wj] as text, row i, column j.</param>
    /// <param name="closed">Every bracket lies in the span.</param>
    /// <param name="structure">What kind of Lie algebra it is, or null.</param>
    public static void Print(IAnsiConsole console, IReadOnlyList<IReadOnlyList<string>> table, bool closed, string? structure)
    {
        if (table.Count > 1)
            console.MarkupLine($"  brackets: {Markup.Escape(Nonzero(table))}; " +
                (closed ? "closed" : "[yellow]not closed: a bracket lies outside the learned span[/]"));
        if (structure is not null) console.MarkupLine($"  structure: {Markup.Escape(structure)}");
    }

    /// <param name="table">[Wi, Wj] as text, row i, column j.</param>
    public static string Nonzero(IReadOnlyList<IReadOnlyList<string>> table)
    {
        var brackets = Enumerable.Range(0, table.Count).SelectMany(i => Enumerable.Range(i + 1, table.Count - i - 1).Select(j => (i, j)))
            .Where(p => table[p.i][p.j] != "0").Select(p => $"[W{p.i + 1}, W{p.j + 1}] = {table[p.i][p.j]}").ToList();
        return brackets.Count == 0 ? "all zero (abelian)" : string.Join(", ", brackets);
    }
}
