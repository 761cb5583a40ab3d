using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PdeSym.Learning;
using PdeSym.Symbolic;

namespace PdeSym.Reports;

/// <summary>A learning run's report: <c>report.json</c> (machine-readable, expressions in the plain syntax),
/// <c>report.md</c> (the same for people) and, when there is a learned algebra, <c>learned-algebra.tex</c> (its
/// generators and commutator table, for a paper).</summary>
public static class LearningReport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string ToJson(LearningResult result) => JsonSerializer.Serialize(result, Json);

    public static LearningResult FromJson(string json) =>
        JsonSerializer.Deserialize<LearningResult>(json, Json) ?? throw new InvalidDataException("empty report");

    public static string ToMarkdown(LearningResult r)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# Learned symmetries of {r.Pde}: {r.Equation}");
        md.AppendLine();
        md.AppendLine(c, $"{r.Fields.Count} fields, {r.Steps} steps ({r.TrainingSeconds:F0} s of training{(r.SkippedSteps.Count > 0 ? $", {r.SkippedSteps.Count} non-finite steps skipped" : "")}). " +
            $"Normalised units: x/L with L = {r.Length:g6}, (t − {r.TimeOrigin:g6})/T with T = {r.Duration:g6}, u/σ_u with σ_u = {r.ScaleU:g4}.");
        md.AppendLine();
        md.AppendLine("A field is called a symmetry when its readout's sharp score rel = ‖D_tQ − F_*[Q]‖ / ‖V‖ / ‖u_t‖ on the data is ≤ 0.1.");
        md.AppendLine();
        md.AppendLine("| field | readout | fit R² | rel | validity (learned / readout) | verdict | in the exact algebra's basis |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in r.Fields)
            md.AppendLine(c, $"| {f.Index} | {f.Pretty} | {f.FitQuality:F3} | {f.Rel:F3} | {f.Validity:F2} / {f.ReadoutValidity:F2} | {f.Verdict} | {f.InAlgebra} (fit {f.AlgebraFit:F3}) |");
        md.AppendLine();
        md.AppendLine("## Learned algebra");
        md.AppendLine();
        if (r.LearnedAlgebra.Count == 0)
            md.AppendLine("No field was called a symmetry, so there is no learned algebra.");
        else
        {
            md.AppendLine(c, $"The span of the fields called symmetries, dimension {r.LearnedAlgebraFromFields}, in reduced form: coefficients snapped to simple fractions where the data's check allows, then checked against the declared equation without the data.");
            if (r.LearnedAlgebra.Count > r.LearnedAlgebraFromFields)
                md.AppendLine(c, $"Their brackets add {r.LearnedAlgebra.Count - r.LearnedAlgebraFromFields} more (the bracket of two symmetries is one), giving dimension {r.LearnedAlgebra.Count}.");
            md.AppendLine();
            md.AppendLine("| | generator | rel | against the equation |");
            md.AppendLine("|---|---|---|---|");
            for (int k = 0; k < r.LearnedAlgebra.Count; k++)
                md.AppendLine(c, $"| W{k + 1} | {r.LearnedAlgebra[k].Pretty}{(r.LearnedAlgebra[k].Bracket is { } b ? $" (= {b}, added to close the span)" : "")}{(r.LearnedAlgebra[k].RespectsPeriod ? "" : " (changes the period)")} | {r.LearnedAlgebra[k].Rel:F3} | {r.LearnedAlgebra[k].Check} |");
            md.AppendLine();
            md.AppendLine(c, $"Commutators [Wi, Wj] (row i, column j); {(r.LearnedAlgebraClosed ? "closed: the learned generators form a Lie algebra" : "not closed: a bracket lies outside the learned span")}.");
            md.AppendLine();
            CommutatorMarkdown.Append(md, r.LearnedCommutators, r.LearnedAlgebraStructure);
        }
        md.AppendLine();
        md.AppendLine("## Exact generators");
        md.AppendLine();
        md.AppendLine("| generator | respects the period | validity | captured by the symmetric fields |");
        md.AppendLine("|---|---|---|---|");
        foreach (var e in r.Exact)
            md.AppendLine(c, $"| {e.Pretty} | {(e.RespectsPeriod ? "yes" : "no (changes the period)")} | {e.Validity:F2} | {e.Capture:F3} |");
        md.AppendLine();
        foreach (var note in r.AlgebraNotes) md.AppendLine("- " + note);
        if (r.AlgebraNotes.Count > 0) md.AppendLine();
        md.AppendLine(c, $"Validity of random (untrained) fields: {string.Join(", ", r.RandomFieldScores.Select(s => s.ToString("F2", c)))}; floor log({r.Floor:g3}) = {Math.Log(r.Floor):F2}.");
        md.AppendLine();
        md.AppendLine(c, $"Recovery (periodic exact generators captured ≥ 0.95 by the fields called symmetries): {r.Recovery:P0}; by the learned algebra, closed under brackets: {r.AlgebraRecovery:P0}. Precision (claimed symmetries inside the exact algebra): {r.Precision:P0}.");
        return md.ToString();
    }

    /// <summary>The learned algebra as LaTeX: an <c>align*</c> of W_i = … (each not confirmed by the equation, or
    /// changing the period, says so beside it) and a <c>tabular</c> of [W_i, W_j]; null when there is none.</summary>
    public static string? ToLatex(LearningResult r)
    {
        if (r.LearnedAlgebra.Count == 0) return null;
        var basis = r.LearnedAlgebra.Select(b => Generator.Parse(b.Xi, b.Tau, b.Phi)).ToList();
        var remarks = r.LearnedAlgebra.Select(b => string.Join("; ", new[]
        {
            b.Verified ? null : b.Check,
            b.RespectsPeriod ? null : "changes the period",
            b.Bracket is { } bracket ? $"added as {bracket}" : null,
        }.OfType<string>()) is { Length: > 0 } text ? $"({EscapeText(text)})" : null).ToList();
        return $"% pdesym learn {r.Pde}: the learned algebra of {r.Equation}, closed: {(r.LearnedAlgebraClosed ? "yes" : "no")}\n" +
               (r.LearnedAlgebraStructure is { } structure ? $"% structure: {structure}\n" : "") +
               CommutatorTable.Compute(basis).ToLatex("W", remarks);
    }

    // LaTeX's specials in running text.
    static string EscapeText(string text) => text.Replace(@"\", @"\textbackslash{}").Replace("%", @"\%").Replace("&", @"\&").Replace("#", @"\#").Replace("_", @"\_");

    public static void Write(LearningResult result, string directory)
    {
        File.WriteAllText(Path.Combine(directory, "report.json"), ToJson(result));
        File.WriteAllText(Path.Combine(directory, "report.md"), ToMarkdown(result));
        // A resumed run whose fields no longer span an algebra must not leave the last one's behind.
        string tex = Path.Combine(directory, "learned-algebra.tex");
        if (ToLatex(result) is { } latex) File.WriteAllText(tex, latex);
        else File.Delete(tex);
    }
}
