using System.Diagnostics;
using System.Text.Json;

namespace PdeSym.Tests.Declaration;

/// <summary><c>pdesym list</c> end to end: the built app, run as a process.</summary>
public class ListCommandTests
{
    static readonly string[] Catalogue = ["burgers", "ckdv", "heat", "kdv", "ks", "mkdv", "nkdv", "pburgers"];

    /// <summary>Console text with every run of whitespace made one space: the console wraps long lines at its width.</summary>
    internal static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    internal static (int ExitCode, string Output, string Error) RunPdesym(params string[] args) =>
        RunPdesymWith(new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for the process (e.g. PDESYM_CACHE).</param>
    internal static (int ExitCode, string Output, string Error) RunPdesymWith(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunPdesymWithin(TimeSpan.FromMinutes(20), environment, args);

    /// <summary>Runs pdesym, killed after <paramref name="limit"/> (exit code -1) so that a command that should fail fast cannot hang the suite.</summary>
    internal static (int ExitCode, string Output, string Error) RunPdesymWithin(TimeSpan limit, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pdesym.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, output.Result, error.Result + $"\n(killed after {limit.TotalSeconds:0} s)");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void List_json_is_parseable_and_holds_the_six_pdes()
    {
        var (code, output, error) = RunPdesym("list", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var entries = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(Catalogue, entries.Select(e => e.GetProperty("name").GetString()).ToArray());
        var kdv = entries.Single(e => e.GetProperty("name").GetString() == "kdv");
        Assert.Equal("u_t + u*u_x + u_xxx", kdv.GetProperty("equation").GetString());
        Assert.Equal(128, kdv.GetProperty("length").GetDouble());
        Assert.Equal(3, kdv.GetProperty("orderX").GetInt32());
        Assert.True(kdv.GetProperty("evolution").GetBoolean());
        Assert.Equal([0.0, 0, 0, -1], kdv.GetProperty("linear").EnumerateArray().Select(v => v.GetDouble()).ToArray());
    }

    [Fact]
    public void List_prints_a_row_per_pde()
    {
        var (code, output, error) = RunPdesym("list");
        Assert.True(code == 0, error);
        foreach (var name in Catalogue) Assert.Contains("│ " + name + " ", output);
        Assert.Contains("u_t + u u_x + u_xxx = 0", output);
    }

    [Fact]
    public void Show_prints_the_evolution_split_and_constants()
    {
        var (code, output, error) = RunPdesym("show", "burgers");
        Assert.True(code == 0, error);
        Assert.Contains("u_t + u u_x - 0.01 u_xx = 0", output);
        Assert.Contains("Nu = 0.01", output);
        Assert.Contains("0.01*u_xx", output);
        Assert.Contains("-u*u_x", output);
    }

    [Fact]
    public void Show_of_an_unknown_pde_names_the_known_ones_without_a_stack_trace()
    {
        var (code, output, error) = RunPdesym("show", "kdw");
        Assert.Equal(1, code);
        string all = output + error;
        Assert.Contains("unknown PDE 'kdw'", all);
        Assert.Contains("kdv", all);
        Assert.DoesNotContain(" at PdeSym.", all);
    }
}
