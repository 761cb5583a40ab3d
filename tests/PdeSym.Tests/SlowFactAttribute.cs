namespace PdeSym.Tests;

/// <summary>
/// A full-size run (a complete learn, a study): skipped unless PDESYM_SLOW_TESTS=1, so that the default
/// `dotnet test` stays minutes long on two cores.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PDESYM_SLOW_TESTS") != "1")
            Skip = "full-size run; set PDESYM_SLOW_TESTS=1 to include it";
    }
}
