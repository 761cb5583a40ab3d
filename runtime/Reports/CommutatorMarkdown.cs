using System.Text;

namespace PdeSym.Reports;

/// <summary>A learned algebra's commutator table [Wi, Wj] as a Markdown table, then its structure; shared by the PDE
/// and the image reports.</summary>
public static class CommutatorMarkdown
{
    /// <param name="md">The report being written.</param>
    /// <param name="commutators">[Wi, Wj] as text, row i, column j.</param>
    /// <param name="structure">What kind of Lie algebra it is, or null.</param>
    public static void Append(StringBuilder md, IReadOnlyList<IReadOnlyList<string>> commutators, string? structure)
    {
        md.AppendLine("| | " + string.Join(" | ", commutators.Select((_, k) => $"W{k + 1}")) + " |");
        md.AppendLine("|---|" + string.Concat(commutators.Select(_ => "---|")));
        for (int i = 0; i < commutators.Count; i++) md.AppendLine($"| W{i + 1} | {string.Join(" | ", commutators[i])} |");
        if (structure is not null) md.AppendLine().AppendLine($"Structure: {structure}.");
    }
}
