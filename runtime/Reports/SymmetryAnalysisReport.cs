using System.Text;
using PdeSym.Symbolic;

namespace PdeSym.Reports;

/// <summary>
/// Everything the exact core says about one equation, as one Markdown document for a notebook or a paper's appendix
/// (`pdesym analyse`): its point symmetries, their commutators, structure and adjoint action, the reduction by each
/// generator (invariant, invariant solutions, ODE, and its solutions or integrals), its conservation laws, and its
/// generalised symmetries (the higher flows of a hierarchy, or none).
/// </summary>
public static class SymmetryAnalysisReport
{
    // Everything computed once, for either format.
    sealed record Analysis(
        SymmetryAlgebra Algebra, CommutatorTable Table, AdjointAction? Adjoint,
        IReadOnlyList<(SimilarityReduction? Reduction, string? Refused)> Reductions, ConservationLaws? Laws, string? LawsRefused,
        GeneralizedSymmetries? Generalized, string? GeneralizedRefused, OptimalSystem? Optimal, string? OptimalRefused,
        IReadOnlyList<FamilyReduction.Case> OptimalReductions)
    {
        public static Analysis Of(Expr equation, int degree)
        {
            var algebra = SymmetryAlgebra.Compute(equation, degree);
            var table = CommutatorTable.Compute(algebra.Generators);
            var reductions = algebra.Generators.Select(g => SimilarityReduction.Attempt(equation, g)).ToList();
            var (laws, lawsRefused) = Attempt(() => ConservationLaws.Compute(equation));
            var (generalized, generalizedRefused) = Attempt(() => GeneralizedSymmetries.Compute(equation));
            var optimal = OptimalSystem.Of(table, out var optimalRefused);
            // The representatives that are not a generator already reduced above (V2 + V3, not V2), families with their
            // parameters and their exceptional members.
            var combinations = (optimal?.Representatives ?? []).Where(r => !IsGenerator(r))
                .SelectMany(r => FamilyReduction.Of(equation, r, algebra.Generators).Cases).ToList();
            return new(algebra, table, AdjointAction.Of(table), reductions, laws, lawsRefused, generalized, generalizedRefused, optimal, optimalRefused, combinations);
        }

        static bool IsGenerator(SubalgebraRepresentative r) => r.Coefficients.Count(c => !c.IsZero) == 1 && r.Coefficients.Any(c => c.IsOne);

        static (T?, string?) Attempt<T>(Func<T> compute) where T : class
        {
            try { return (compute(), null); }
            catch (SymmetryAnalysisException e) { return (null, e.Message); }
        }
    }

    /// <param name="name">The equation's name (a catalogue PDE's, or the text it was given as).</param>
    /// <param name="equation">Δ.</param>
    /// <param name="pretty">Δ = 0 as the reader knows it (a declaration's own form).</param>
    /// <param name="degree">The symmetries' ansatz degree.</param>
    public static string ToMarkdown(string name, Expr equation, string pretty, int degree = 2)
    {
        var a = Analysis.Of(equation, degree);
        var basis = a.Algebra.Generators;
        int n = basis.Count;
        var md = new StringBuilder();
        md.AppendLine($"# Symmetry analysis of {name}: {pretty}").AppendLine();
        md.AppendLine("## Lie point symmetries").AppendLine();
        md.AppendLine($"Ansatz: {a.Algebra.Ansatz}; the determining equations solved over ℚ.").AppendLine();
        md.AppendLine("| | generator |").AppendLine("|---|---|");
        for (int i = 0; i < n; i++) md.AppendLine($"| V{i + 1} | {basis[i].ToUnicode()} |");
        if (a.Algebra.Family is { } family) md.AppendLine().AppendLine($"and {family.ToUnicode()}.");
        foreach (var note in a.Algebra.Notes) md.AppendLine().AppendLine($"Note: {note}.");
        if (n > 1)
        {
            md.AppendLine().AppendLine("### Commutators [Vi, Vj] (row i, column j)").AppendLine();
            CommutatorMarkdown.Append(md, Rows(n, (i, j) => a.Table.Entry(i, j)), LieAlgebraStructure.Of(a.Table)?.Describe(k => $"V{k + 1}"), "V");
            if (a.Adjoint is { } adjoint)
            {
                md.AppendLine().AppendLine("### Adjoint action Ad(exp(εVi))Vj (row i, column j)").AppendLine();
                CommutatorMarkdown.Append(md, Rows(n, (i, j) => adjoint.Entry(i, j)), null, "V");
            }
            md.AppendLine().AppendLine("### Optimal system of one-dimensional subalgebras").AppendLine();
            if (a.Optimal is not { } optimal) md.AppendLine($"Not computed: {a.OptimalRefused}.");
            else
            {
                md.AppendLine("Every ⟨V⟩ is carried by the adjoint group onto one of these (a family's parameter is an invariant), so the reductions by them give every invariant solution up to symmetry:").AppendLine();
                foreach (var r in optimal.Representatives)
                    md.AppendLine($"- {r.Describe()}");
            }
        }

        md.AppendLine().AppendLine("## Reductions to ODEs").AppendLine();
        for (int i = 0; i < n; i++)
        {
            md.AppendLine($"### V{i + 1} = {basis[i].ToUnicode()}").AppendLine();
            var (reduction, refused) = a.Reductions[i];
            if (reduction is null) md.AppendLine($"Not reduced: {refused}.");
            else foreach (var (fact, text) in reduction.Describe()) md.AppendLine($"- {fact}: {text}");
            md.AppendLine();
        }
        foreach (var (label, field, where, reduction, refused) in a.OptimalReductions)
        {
            md.AppendLine($"### {label} = {field.ToUnicode()} (optimal system{(where == "" ? "" : $"; {where}")})").AppendLine();
            if (reduction is null) md.AppendLine($"Not reduced: {refused}.");
            else foreach (var (fact, text) in reduction.Describe()) md.AppendLine($"- {fact}: {text}");
            md.AppendLine();
        }

        md.AppendLine("## Conservation laws").AppendLine();
        if (a.Laws is not { } laws) md.AppendLine($"Not computed: {a.LawsRefused}.");
        else
        {
            md.AppendLine($"Multipliers: {laws.Ansatz}.").AppendLine();
            if (laws.Laws.Count == 0) md.AppendLine("None inside the ansatz.");
            else
            {
                md.AppendLine("| | multiplier Λ | density T |").AppendLine("|---|---|---|");
                for (int i = 0; i < laws.Laws.Count; i++)
                    md.AppendLine($"| {i + 1} | {laws.Laws[i].Multiplier.ToUnicode()} | {laws.Laws[i].Density?.ToUnicode() ?? "none within the ansatz"} |");
                if (HamiltonianPairing.Of(laws) is { } pairing) md.AppendLine().AppendLine(pairing.Describe() + ".");
            }
        }

        md.AppendLine().AppendLine("## Generalised symmetries").AppendLine();
        if (a.Generalized is not { } generalized) md.AppendLine($"Not computed: {a.GeneralizedRefused}.");
        else
        {
            md.AppendLine($"Characteristics Q with {generalized.CriterionText}: {generalized.Ansatz}; beyond the point symmetries:").AppendLine();
            if (generalized.Caveat is { } caveat)
                md.AppendLine($"{char.ToUpperInvariant(caveat[0])}{caveat[1..]}; {generalized.Generalized.Count} inside the ansatz, which say nothing of integrability.");
            else if (generalized.Generalized.Count == 0) md.AppendLine($"None of order ≤ {generalized.Order} inside the ansatz.");
            else
            {
                md.AppendLine("| | characteristic Q | order |").AppendLine("|---|---|---|");
                for (int i = 0; i < generalized.Generalized.Count; i++)
                    md.AppendLine($"| Q{i + 1} | {generalized.Generalized[i].ToUnicode()} | {generalized.Generalized[i].Order} |");
            }
        }
        return md.ToString();
    }

    static List<List<string>> Rows(int n, Func<int, int, string> entry) =>
        Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => entry(i, j)).ToList()).ToList();

    /// <summary>The same account as LaTeX for a paper's appendix (sections, align* and tabular; ASCII only, so pdflatex reads it).</summary>
    /// <param name="name">The equation's name.</param>
    /// <param name="equation">Δ.</param>
    /// <param name="degree">The symmetries' ansatz degree.</param>
    public static string ToLatex(string name, Expr equation, int degree = 2)
    {
        var a = Analysis.Of(equation, degree);
        var tex = new StringBuilder();
        tex.AppendLine($"% Symmetry analysis of {Ascii(name)} (pdesym analyse --latex)");
        tex.AppendLine($@"\section*{{Symmetry analysis of ${equation.Rationalize().ToLatex()} = 0$}}");
        tex.AppendLine(@"\subsection*{Lie point symmetries}");
        tex.Append(a.Table.ToLatex());
        if (a.Algebra.Family is not null)
            tex.AppendLine(@"and $\beta(x, t)\,\partial_u$ for every solution $\beta$ of the equation itself.");
        if (a.Adjoint is { } adjoint)
        {
            tex.AppendLine(@"\subsection*{Adjoint action}");
            tex.Append(adjoint.ToLatex());
        }
        if (a.Optimal is { } optimal && a.Table.Basis.Count > 1)
        {
            tex.AppendLine(@"\subsection*{Optimal system of one-dimensional subalgebras}");
            tex.Append(optimal.ToLatex());
        }
        tex.AppendLine(@"\subsection*{Reductions to ODEs}");
        for (int i = 0; i < a.Reductions.Count; i++)
            tex.Append(a.Reductions[i].Reduction?.ToLatex() ?? $"\\noindent $V_{{{i + 1}}}$ is not reduced here.\\par\n");
        foreach (var c in a.OptimalReductions)
            tex.Append((c.Where == "" ? "" : $"\\noindent ${c.WhereLatex}$:\\par\n") + (c.Reduction?.ToLatex() ?? $"\\noindent $V = {c.Field.ToLatex()}$ is not reduced here.\\par\n"));
        tex.AppendLine(@"\subsection*{Conservation laws}");
        tex.Append(a.Laws?.ToLatex() ?? "Not computed for this equation.\\par\n");
        tex.AppendLine(@"\subsection*{Generalised symmetries}");
        tex.Append(a.Generalized switch
        {
            null => "Not computed for this equation.\\par\n",
            { Linear: true } => "The equation is linear: every $L[u]$ with $L$ an operator that commutes with it is a symmetry.\\par\n",
            { Caveat: not null } => "The equation is of first order: it has symmetries of every order.\\par\n",
            { Generalized.Count: 0 } g => $"None of order at most {g.Order} beyond the point symmetries inside the ansatz.\\par\n",
            var g => g.ToLatex(),
        });
        return tex.ToString();
    }

    static string Ascii(string text) => new(text.Where(char.IsAscii).ToArray());
}
