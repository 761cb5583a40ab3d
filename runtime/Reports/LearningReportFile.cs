using System.Text.Json;

namespace PdeSym.Reports;

/// <summary>
/// A learning run's <c>report.json</c> read back (a run folder or the file itself): the generators listed under one of
/// its keys, each with <c>xi</c>, <c>tau</c>, <c>phi</c> in the plain syntax. Missing or corrupt files get messages that
/// name the file and the fix.
/// </summary>
public static class LearningReportFile
{
    /// <param name="path">The run folder that pdesym learn wrote, or its report.json.</param>
    /// <param name="key"><c>fields</c> (the learned fields) or <c>learnedAlgebra</c> (their reduced basis).</param>
    /// <param name="keep">Which entries to take (the fields called symmetries; the algebra's verified elements).</param>
    /// <param name="pde">The PDE the generators are for: a report of another PDE's run is refused (null: any).</param>
    public static IReadOnlyList<Symbolic.Generator> Generators(string path, string key, Func<JsonElement, bool> keep, string? pde = null)
    {
        string file = Directory.Exists(path) ? Path.Combine(path, "report.json") : path;
        if (!File.Exists(file)) throw new UserFacingException($"no learning report at '{file}'; pass the run folder that pdesym learn wrote (it holds report.json)");
        JsonDocument document;
        try { document = JsonDocument.Parse(File.ReadAllText(file)); }
        catch (JsonException e) { throw new UserFacingException($"'{file}' is not valid JSON: {e.Message}"); }
        using (document)
        {
            if (pde != null && document.RootElement.TryGetProperty("pde", out var learned) && learned.ValueKind == JsonValueKind.String
                && learned.GetString() is { } name && name != pde)
                throw new UserFacingException($"'{file}' reports what `pdesym learn {name}` learned, not {pde}; pass a run of `pdesym learn {pde}`");
            if (!document.RootElement.TryGetProperty(key, out var entries) || entries.ValueKind != JsonValueKind.Array)
                throw new UserFacingException($"'{file}' has no \"{key}\" array; is it a pdesym learn report?");
            var generators = new List<Symbolic.Generator>();
            int index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                index++;
                if (!keep(entry)) continue;
                string? Text(string name) => entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                string? xi = Text("xi"), tau = Text("tau"), phi = Text("phi");
                if (xi is null || tau is null || phi is null)
                    throw new UserFacingException($"entry {index} of \"{key}\" in '{file}' lacks one of \"xi\", \"tau\", \"phi\"");
                try { generators.Add(Symbolic.Generator.Parse(xi, tau, phi)); }
                catch (Symbolic.ExprParseException e) { throw new UserFacingException($"entry {index} of \"{key}\" in '{file}' does not parse: {e.Message}"); }
            }
            return generators;
        }
    }
}
