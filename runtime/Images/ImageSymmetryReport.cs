using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PdeSym.Images;

/// <summary>
/// Writes a study's report into a folder: <c>report.json</c> (each field with its readout <c>vx</c>, <c>vy</c> in
/// plain syntax, validity and verdict), <c>report.md</c>, <c>field-k.png</c> (quiver plots) and
/// <c>transformed.png</c> (a held-out image moved along each field; rows are fields, columns flow parameters).
/// </summary>
public static class ImageSymmetryReport
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public const string Symmetry = "symmetry";
    public const string NotSymmetry = "not a symmetry";

    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(ImageSymmetryResult result, ClassifierCard classifier, string folder, double totalSeconds)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        string json = Path.Combine(folder, "report.json");
        File.WriteAllText(json, JsonSerializer.Serialize(ToJson(result, classifier, totalSeconds), Json));
        written.Add(json);
        string markdown = Path.Combine(folder, "report.md");
        File.WriteAllText(markdown, ToMarkdown(result, classifier, totalSeconds));
        written.Add(markdown);
        foreach (var field in result.Fields)
        {
            string png = Path.Combine(folder, $"field-{field.Index}.png");
            ImageReportPlots.Quiver(field.OnGrid, result.Height, result.Width,
                $"field {field.Index}: {field.Readout.Name} ({Verdict(field)})", png);
            written.Add(png);
        }
        string grid = Path.Combine(folder, "transformed.png");
        ImageReportPlots.TransformedGrid(result.Transformed, result.Height, result.Width, grid);
        written.Add(grid);
        return written;
    }

    public static string Verdict(LearnedImageField field) => field.IsSymmetry ? Symmetry : NotSymmetry;

    static object ToJson(ImageSymmetryResult r, ClassifierCard classifier, double totalSeconds) => new
    {
        data = r.Data,
        classes = r.ClassNames,
        image = new { height = r.Height, width = r.Width, coordinates = "x, y in [-1, 1]; x along columns, y along rows (downwards)" },
        classifier = new { heldOutAccuracy = classifier.HeldOutAccuracy, trainedOn = classifier.Data },
        options = r.Options,
        weighting = r.Weighting.ToString().ToLowerInvariant(),
        evaluationAlphas = r.EvaluationAlphas,
        scoringImages = r.HeldOutImages,
        baselineValidity = r.Baseline,
        verdictThreshold = r.VerdictThreshold,
        fields = r.Fields.Select(f => new
        {
            index = f.Index,
            vx = f.Readout.Vx,
            vy = f.Readout.Vy,
            validity = f.Validity,
            relativeValidity = f.RelativeValidity,
            verdict = Verdict(f),
            name = f.Readout.Name,
            fitQuality = f.Readout.FitQuality,
            affineShare = f.Readout.AffineShare,
            components = f.Readout.Components,
        }),
        namedMotions = r.NamedMotions.Select(m => new
        {
            motion = m.Motion,
            validity = m.Validity,
            relativeValidity = m.RelativeValidity,
            applied = r.AppliedMotions?.Any(a => a.Name == m.Motion),
        }),
        recovery = r.Recovery is null ? null : new
        {
            threshold = SymmetryRecovery.Threshold,
            motions = r.Recovery.Motions,
            fieldsInTrueSpan = r.Recovery.FieldsInTrueSpan,
            precision = r.Recovery.Precision,
        },
        algebra = new
        {
            basis = r.Algebra.Basis.Select(e => new
            {
                name = e.Name,
                coefficients = PlaneMotion.Affine.Select((m, k) => (m.Name, e.Coefficients[k])).Where(c => c.Item2 != 0).ToDictionary(c => c.Name, c => c.Item2),
                relativeValidity = e.RelativeValidity,
                inSpan = e.InSpan,
            }),
            commutators = r.Algebra.Commutators,
            closed = r.Algebra.Closed,
            structure = r.Algebra.Structure,
        },
        seconds = new { learn = r.LearnSeconds, total = totalSeconds },
    };

    static string ToMarkdown(ImageSymmetryResult r, ClassifierCard classifier, double totalSeconds)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("# Learned symmetries of an image data set").AppendLine();
        md.AppendLine(inv, $"Data: {r.Data}; classes: {string.Join(", ", r.ClassNames)}.").AppendLine();
        md.AppendLine(inv, $"Classifier: held-out accuracy {classifier.HeldOutAccuracy:P2}. Validity = 1 − cos of its features, averaged over {r.HeldOutImages} held-out images and α ∈ {{{string.Join(", ", r.EvaluationAlphas.Select(a => a.ToString("0.###", inv)))}}} (unit-normalised fields, {r.Weighting.ToString().ToLowerInvariant()} weights).");
        md.AppendLine(inv, $"Baseline (median validity of {ImageSymmetryStudy.BaselineFields} random cubic fields): {r.Baseline:G3}; a field is called a symmetry when its validity is at most {r.VerdictThreshold:0.##} × baseline.").AppendLine();
        md.AppendLine("## Learned fields").AppendLine();
        md.AppendLine("| field | vx | vy | validity | / baseline | verdict | reads as | fit quality |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var f in r.Fields)
            md.AppendLine(inv, $"| {f.Index} | `{f.Readout.Vx}` | `{f.Readout.Vy}` | {f.Validity:G3} | {f.RelativeValidity:F2} | {Verdict(f)} | {f.Readout.Name} | {f.Readout.FitQuality:F3} |");
        md.AppendLine().AppendLine("Quiver plots: " + string.Join(", ", r.Fields.Select(f => $"![field {f.Index}](field-{f.Index}.png)"))).AppendLine();
        md.AppendLine("Images moved along each field (rows: fields; columns: α = " + string.Join(", ", r.Transformed.Alphas.Select(a => a.ToString("0.##", inv))) + "):").AppendLine();
        md.AppendLine("![transformed](transformed.png)").AppendLine();
        md.AppendLine("## Learned algebra").AppendLine();
        if (r.Algebra.Basis.Count == 0) md.AppendLine("No field was called a symmetry, so there is no learned algebra.").AppendLine();
        else
        {
            md.AppendLine(inv, $"The span of the fields called symmetries in named motions (each named motion at least {ImageAlgebra.Named:0.##} inside it, then the rest in reduced form; motions under {ImageAlgebra.Negligible:0.#} of an element's largest dropped), each element scored as a field of its own:").AppendLine();
            md.AppendLine("| | generator | in the fields' span | / baseline |");
            md.AppendLine("|---|---|---|---|");
            for (int k = 0; k < r.Algebra.Basis.Count; k++) md.AppendLine(inv, $"| W{k + 1} | {r.Algebra.Basis[k].Name} | {r.Algebra.Basis[k].InSpan:F3} | {r.Algebra.Basis[k].RelativeValidity:F2} |");
            md.AppendLine().AppendLine(inv, $"Commutators [Wi, Wj] (row i, column j); {(r.Algebra.Closed ? "closed" : "not closed: a bracket lies outside the span")}:").AppendLine();
            PdeSym.Reports.CommutatorMarkdown.Append(md, r.Algebra.Commutators, r.Algebra.Structure);
            md.AppendLine();
        }
        md.AppendLine("## Named motions scored directly").AppendLine();
        md.AppendLine("| motion | applied by the data | validity | / baseline |");
        md.AppendLine("|---|---|---|---|");
        foreach (var m in r.NamedMotions)
        {
            string applied = r.AppliedMotions is null ? "unknown" : r.AppliedMotions.Any(a => a.Name == m.Motion) ? "yes" : "no";
            md.AppendLine(inv, $"| {m.Motion} | {applied} | {m.Validity:G3} | {m.RelativeValidity:F2} |");
        }
        if (r.Recovery is { } recovery)
        {
            md.AppendLine().AppendLine("## Recovery against the data generator").AppendLine();
            md.AppendLine("Fraction of each motion inside the span of the fields called symmetries (1 = recovered):").AppendLine();
            md.AppendLine("| motion | applied | in learned span |");
            md.AppendLine("|---|---|---|");
            foreach (var m in recovery.Motions) md.AppendLine(inv, $"| {m.Motion} | {(m.Applied ? "yes" : "no")} | {m.Fraction:F3} |");
            md.AppendLine().AppendLine(inv, $"Precision (fields called symmetries with ≥ {SymmetryRecovery.Threshold} of their size in the true span): {(recovery.Precision is { } p ? p.ToString("F2", inv) : "none called")}.");
        }
        md.AppendLine().AppendLine(inv, $"Learning took {r.LearnSeconds:F0} s; the whole command {totalSeconds:F0} s.");
        return md.ToString();
    }
}
