namespace PdeSym.Tests;

/// <summary>Files under tests/PdeSym.Tests/Fixtures, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
