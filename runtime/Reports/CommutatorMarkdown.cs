using System.Text;

namespace PdeSym.Reports;

/// <summary>A commutator table [Wi, Wj] as a Markdown table, then its structure; shared by the PDE and image learning
/// reports and the symmetry analysis.</summary>
public static class CommutatorMarkdown
{
    /// <param name="md">The report being written.</param>
    /// <param name="commutators">[Wi, Wj] as text, row i, column j.</param>
    /// <param name="structure">What kind of Lie algebra it is, or null.</param>
    /// <param name="symbol">The basis' letter: W for a learned algebra, V for an exact one.</param>
    public static void Append(StringBuilder md, IReadOnlyList<IReadOnlyList<string>> commutators, string? structure, string symbol = "W")
    {
        md.AppendLine("| | " + string.Join(" | ", commutators.Select((_, k) => $"{symbol}{k + 1}")) + " |");
        md.AppendLine("|---|" + string.Concat(commutators.Select(_ => "---|")));
        for (int i = 0; i < commutators.Count; i++) md.AppendLine($"| {symbol}{i + 1} | {string.Join(" | ", commutators[i])} |");
        if (structure is not null) md.AppendLine().AppendLine($"Structure: {structure}.");
    }
}
