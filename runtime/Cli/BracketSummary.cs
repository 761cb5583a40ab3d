namespace PdeSym.Cli;

/// <summary>A commutator table of W1 … Wn in one line: its nonzero brackets, for the learn summaries.</summary>
internal static class BracketSummary
{
    /// <param name="table">[Wi, Wj] as text, row i, column j.</param>
    public static string Nonzero(IReadOnlyList<IReadOnlyList<string>> table)
    {
        var brackets = Enumerable.Range(0, table.Count).SelectMany(i => Enumerable.Range(i + 1, table.Count - i - 1).Select(j => (i, j)))
            .Where(p => table[p.i][p.j] != "0").Select(p => $"[W{p.i + 1}, W{p.j + 1}] = {table[p.i][p.j]}").ToList();
        return brackets.Count == 0 ? "all zero (abelian)" : string.Join(", ", brackets);
    }
}
