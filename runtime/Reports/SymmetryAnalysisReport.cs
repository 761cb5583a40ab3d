using System.Text;
using PdeSym.Symbolic;

namespace PdeSym.Reports;

/// <summary>
/// Everything the exact core says about one equation, as one Markdown document for a notebook or a paper's appendix
/// (`pdesym analyse`): its point symmetries, their commutators, structure and adjoint action, the reduction by each
/// generator (invariant, invariant solutions, ODE, and its solutions or integrals), and its conservation laws.
/// </summary>
public static class SymmetryAnalysisReport
{
    /// <param name="name">The equation's name (a catalogue PDE's, or the text it was given as).</param>
    /// <param name="equation">Δ.</param>
    /// <param name="pretty">Δ = 0 as the reader knows it (a declaration's own form).</param>
    /// <param name="degree">The symmetries' ansatz degree.</param>
    public static string ToMarkdown(string name, Expr equation, string pretty, int degree = 2)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Symmetry analysis of {name}: {pretty}").AppendLine();

        var algebra = SymmetryAlgebra.Compute(equation, degree);
        var basis = algebra.Generators;
        md.AppendLine("## Lie point symmetries").AppendLine();
        md.AppendLine($"Ansatz: {algebra.Ansatz}; the determining equations solved over ℚ.").AppendLine();
        md.AppendLine("| | generator |").AppendLine("|---|---|");
        for (int i = 0; i < basis.Count; i++) md.AppendLine($"| V{i + 1} | {basis[i].ToUnicode()} |");
        if (algebra.Family is { } family) md.AppendLine().AppendLine($"and {family.ToUnicode()}.");
        foreach (var note in algebra.Notes) md.AppendLine().AppendLine($"Note: {note}.");
        if (basis.Count > 1)
        {
            var table = CommutatorTable.Compute(basis);
            int n = basis.Count;
            md.AppendLine().AppendLine("### Commutators [Vi, Vj] (row i, column j)").AppendLine();
            CommutatorMarkdown.Append(md, Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => table.Entry(i, j)).ToList()).ToList(),
                LieAlgebraStructure.Of(table)?.Describe(k => $"V{k + 1}"), "V");
            if (AdjointAction.Of(table) is { } adjoint)
            {
                md.AppendLine().AppendLine("### Adjoint action Ad(exp(εVi))Vj (row i, column j)").AppendLine();
                md.AppendLine("| | " + string.Join(" | ", Enumerable.Range(1, n).Select(k => $"V{k}")) + " |");
                md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", n)));
                for (int i = 0; i < n; i++) md.AppendLine($"| V{i + 1} | {string.Join(" | ", Enumerable.Range(0, n).Select(j => adjoint.Entry(i, j)))} |");
            }
        }

        md.AppendLine().AppendLine("## Reductions to ODEs").AppendLine();
        for (int i = 0; i < basis.Count; i++)
        {
            md.AppendLine($"### V{i + 1} = {basis[i].ToUnicode()}").AppendLine();
            try { AppendReduction(md, SimilarityReduction.Of(equation, basis[i])); }
            catch (UnreducibleGeneratorException e) { md.AppendLine($"Not reduced: {e.Reason}."); }
            md.AppendLine();
        }

        md.AppendLine("## Conservation laws").AppendLine();
        try
        {
            var laws = ConservationLaws.Compute(equation);
            md.AppendLine($"Multipliers: {laws.Ansatz}.").AppendLine();
            if (laws.Laws.Count == 0) md.AppendLine("None inside the ansatz.");
            else
            {
                md.AppendLine("| | multiplier Λ | density T |").AppendLine("|---|---|---|");
                for (int i = 0; i < laws.Laws.Count; i++)
                    md.AppendLine($"| {i + 1} | {laws.Laws[i].Multiplier.ToUnicode()} | {laws.Laws[i].Density?.ToUnicode() ?? "none within the ansatz"} |");
            }
        }
        catch (SymmetryAnalysisException e) { md.AppendLine($"Not computed: {e.Message}."); }
        return md.ToString();
    }

    /// <summary>The same account as LaTeX for a paper's appendix (sections, align* and tabular; ASCII only, so pdflatex reads it).</summary>
    /// <param name="name">The equation's name.</param>
    /// <param name="equation">Δ.</param>
    /// <param name="degree">The symmetries' ansatz degree.</param>
    public static string ToLatex(string name, Expr equation, int degree = 2)
    {
        var tex = new StringBuilder();
        tex.AppendLine($"% Symmetry analysis of {Ascii(name)} (pdesym analyse --latex)");
        tex.AppendLine($@"\section*{{Symmetry analysis of ${equation.Rationalize().ToLatex()} = 0$}}");
        var algebra = SymmetryAlgebra.Compute(equation, degree);
        var basis = algebra.Generators;
        var table = CommutatorTable.Compute(basis);
        tex.AppendLine(@"\subsection*{Lie point symmetries}");
        tex.Append(table.ToLatex());
        if (algebra.Family is not null)
            tex.AppendLine(@"and $\beta(x, t)\,\partial_u$ for every solution $\beta$ of the equation itself.");
        if (AdjointAction.Of(table) is { } adjoint)
        {
            tex.AppendLine(@"\subsection*{Adjoint action}");
            tex.Append(adjoint.ToLatex());
        }
        tex.AppendLine(@"\subsection*{Reductions to ODEs}");
        for (int i = 0; i < basis.Count; i++)
        {
            try { tex.Append(SimilarityReduction.Of(equation, basis[i]).ToLatex()); }
            catch (UnreducibleGeneratorException) { tex.AppendLine($@"\noindent $V_{{{i + 1}}}$ is not reduced here.\par"); }
        }
        tex.AppendLine(@"\subsection*{Conservation laws}");
        try { tex.Append(ConservationLaws.Compute(equation).ToLatex()); }
        catch (SymmetryAnalysisException) { tex.AppendLine(@"Not computed for this equation.\par"); }
        return tex.ToString();
    }

    static string Ascii(string text) => new(text.Where(char.IsAscii).ToArray());

    static void AppendReduction(StringBuilder md, SimilarityReduction s)
    {
        md.AppendLine(s.Variable == "t" ? "- invariant: t (τ = 0)" : $"- invariant: z = {s.Invariant.ToUnicode()}");
        md.AppendLine($"- invariant solutions: u = {s.SolutionUnicode()}");
        md.AppendLine($"- reduced ODE: {s.OdeUnicode()} = 0" + (s.Factor.IsOne ? "" : $" (Δ on them is {s.Factor.ToUnicode()} times it)"));
        if (s.ExplicitSolutionUnicode() is { } solved) md.AppendLine($"- solved: u = {solved} (checked on the equation)");
        if (s.Integral is { } g)
            md.AppendLine($"- integrated: {s.Unicode(g)} = c₁" + (s.SecondIntegral is { } e ? $"; with f′: {s.Unicode(e)} = c₂" : ""));
        if (s.SolitaryWaveUnicode() is { } wave) md.AppendLine($"- on the integrals' zero level: u = {wave} (checked on the equation)");
    }
}
