using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PdeSym.Generators;

namespace PdeSym.Tests.Generators;

/// <summary>
/// The pipeline caches: an unrelated edit re-runs no tracked step and not the emitter, and no step output
/// holds a symbol, syntax node or compilation (which would defeat caching and keep compilations alive).
/// </summary>
public class IncrementalityTests
{
    const string Pde = """
        namespace My;
        [Pde("kdv-like")] [Domain(Length = 64, Duration = 10)]
        public partial class K { public const double C = 6; [Equation] public static double R(double u, double u_t, double u_x, double u_xxx) => u_t + C * u * u_x + u_xxx; }
        """;

    const string Other = "namespace My; public static class Other { public static int F() => 1; }";

    static readonly string[] Steps = [StepNames.Parse, StepNames.Models, StepNames.Diagnostics, StepNames.NameSites, StepNames.DuplicateNames];

    static (GeneratorRunResult First, GeneratorRunResult Second) RunTwice(Func<Compilation, Compilation> change)
    {
        var compilation = GeneratorHarness.Compilation(Pde, Other);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(change(compilation));
        return (first, driver.GetRunResult().Results.Single());
    }

    static Compilation EditOther(Compilation c)
    {
        var tree = c.SyntaxTrees.Single(t => t.FilePath == "File1.cs");
        return c.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Other.Replace("=> 1", "=> 2"), GeneratorHarness.ParseOptions, "File1.cs"));
    }

    [Fact]
    public void Clone_of_the_compilation_reuses_every_step()
    {
        var (first, second) = RunTwice(c => c.Clone());
        AssertAllCached(second);
        AssertNoCompilerObjects(first);
    }

    [Fact]
    public void Edit_elsewhere_does_not_rerun_the_emitter()
    {
        var (_, second) = RunTwice(EditOther);
        AssertAllCached(second);
        var emitted = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs);
        Assert.NotEmpty(emitted);
        Assert.All(emitted, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"source output {o.Reason}"));
    }

    [Fact]
    public void Edit_of_the_equation_reruns_the_emitter()
    {
        var (_, second) = RunTwice(c =>
        {
            var tree = c.SyntaxTrees.Single(t => t.FilePath == "File0.cs");
            return c.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Pde.Replace("C = 6", "C = 7"), GeneratorHarness.ParseOptions, "File0.cs"));
        });
        Assert.Contains(second.TrackedSteps[StepNames.Models].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("7.0", second.GeneratedSources.Single().SourceText.ToString());
    }

    static void AssertAllCached(GeneratorRunResult result)
    {
        foreach (var name in Steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
            foreach (var step in result.TrackedSteps[name])
                foreach (var (_, reason) in step.Outputs)
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name}: {reason}");
        }
    }

    static void AssertNoCompilerObjects(GeneratorRunResult result)
    {
        foreach (var name in Steps)
            foreach (var step in result.TrackedSteps[name])
                foreach (var (value, _) in step.Outputs)
                    Walk(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    static void Walk(object? node, string path, HashSet<object> visited)
    {
        if (node == null || node is string || node.GetType().IsPrimitive || node is Enum) return;
        Assert.False(node is ISymbol || node is SyntaxNode || node is Compilation || node is SemanticModel || node is SyntaxTree,
            $"{path} holds a {node.GetType().Name}");
        if (!node.GetType().IsValueType && !visited.Add(node)) return;
        if (node is IEnumerable items)
        {
            int i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", visited);
            return;
        }
        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            Walk(field.GetValue(node), path + "." + field.Name, visited);
    }
}
