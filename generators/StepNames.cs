namespace PdeSym.Generators;

/// <summary>Tracking names of the pipeline steps (tests assert that each is cached on unrelated edits).</summary>
public static class StepNames
{
    public const string Parse = "Parse";
    public const string Models = "Models";
    public const string Diagnostics = "Diagnostics";
    public const string NameSites = "NameSites";
    public const string DuplicateNames = "DuplicateNames";
}
