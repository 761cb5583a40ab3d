using Microsoft.CodeAnalysis;

namespace PdeSym.Tests.Generators;

/// <summary>Every PDESYM diagnostic is reported with its ID on the offending span; malformed input never crashes the generator.</summary>
public class DiagnosticTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "PDESYM001", """
            [Pde("a")] public class [|A|] { [Equation] public static double R(double u, double u_t) => u_t + u; }
            """ },
        { "PDESYM002", """
            [Pde("a")] public partial class [|A|] { public static double R(double u, double u_t) => u_t + u; }
            """ },
        { "PDESYM003", """
            [Pde("a")] public partial class A
            {
                [Equation] public static double R(double u, double u_t) => u_t + u;
                [Equation] public static double [|S|](double u, double u_t) => u_t - u;
            }
            """ },
        { "PDESYM004", """
            [Pde("a")] public partial class A { [Equation] public double [|R|](double u, double u_t) => u_t + u; }
            """ },
        { "PDESYM005", """
            [Pde("a")] public partial class A { [Equation] public static [|float|] R(double u, double u_t) => 1; }
            """ },
        { "PDESYM006", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t, double [|u_y|]) => u_t + u * u_y; }
            """ },
        { "PDESYM007", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, float [|u_t|]) => u_t + u; }
            """ },
        { "PDESYM008", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) { [|var v = u;|] return u_t + v; } }
            """ },
        { "PDESYM008", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) { [|while (true) { }|] } }
            """ },
        { "PDESYM008", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + [|Math.Abs(u)|]; }
            """ },
        { "PDESYM008", """
            [Pde("a")] public partial class A
            {
                static double Twice(Func<double, double> f, double v) => f(f(v));
                [Equation] public static double R(double u, double u_t) => u_t + [|Twice(v => v * v, u)|];
            }
            """ },
        { "PDESYM008", """
            public class Settings { public double K = 2; }
            [Pde("a")] public partial class A
            {
                static readonly Settings settings = new();
                [Equation] public static double R(double u, double u_t) => u_t + [|settings.K|] * u;
            }
            """ },
        { "PDESYM008", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) => [|u > 0 ? u_t : u_t + u|]; }
            """ },
        { "PDESYM009", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t, double u_x) => u_t + Math.Pow(u, [|u_x|]); }
            """ },
        { "PDESYM010", """
            [Pde("a")] public partial class A { [Equation] public static double [|R|](double x, double t) => x + t; }
            """ },
        { "PDESYM011", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + u; }
            [Pde([|"a"|])] public partial class B { [Equation] public static double R(double u, double u_t) => u_t - u; }
            """ },
        { "PDESYM012", """
            [Pde("a")] [Domain(Length = 128, [|Duration = -1|])]
            public partial class A { [Equation] public static double R(double u, double u_t) => u_t + u; }
            """ },
        { "PDESYM013", """
            [Pde("wave")] public partial class A { [Equation] public static double [|R|](double u_tt, double u_xx) => u_tt - u_xx; }
            """ },
        { "PDESYM013", """
            [Pde("a")] public partial class A { [Equation] public static double [|R|](double u, double u_t) => u_t * u_t + u; }
            """ },
        { "PDESYM014", """
            [Pde([|"two words"|])] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + u; }
            """ },
        { "PDESYM015", """
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_xt, double [|u_tx|]) => u_xt + u_tx + u; }
            """ },
        { "PDESYM016", """
            [Pde("a")] public partial record [|A|] { [Equation] public static double R(double u, double u_t) => u_t + u; }
            """ },
        { "PDESYM016", """
            public partial class Outer { [Pde("a")] public partial class [|A|] { [Equation] public static double R(double u, double u_t) => u_t + u; } }
            """ },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostic_is_reported_on_the_offending_span(string id, string marked)
    {
        var (source, span) = GeneratorHarness.Marked(marked);
        var (result, _) = GeneratorHarness.Run(source);
        var diagnostics = result.Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == id && d.Location.SourceSpan == span && d.Location.GetLineSpan().Path == "File0.cs");
        // No other PDESYM diagnostic, except where a cascade is expected to be absent anyway.
        Assert.All(diagnostics, d => Assert.Equal(id, d.Id));
        var descriptor = diagnostics.First(d => d.Id == id);
        Assert.Equal(id == "PDESYM013" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, descriptor.Severity);
    }

    [Fact]
    public void Messages_name_the_problem_and_the_fix()
    {
        var (result, _) = GeneratorHarness.Run("""
            [Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t, double u_y) => u_t + u * u_y; }
            """);
        string message = result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'u_y' is not a jet variable", message);
        Assert.Contains("u_x, u_t, u_xx", message);
    }

    [Fact]
    public void Equation_without_evolution_form_still_gets_a_residual_but_no_solver_members()
    {
        var (result, output) = GeneratorHarness.Run("""
            [Pde("wave")] public partial class Wave { [Equation] public static double R(double u_tt, double u_xx) => u_tt - u_xx; }
            """);
        string generated = result.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("IPde.Evolution => null", generated);
        Assert.DoesNotContain("Nonlinear", generated);
        Assert.Contains("u_tt", result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    public static TheoryData<string> Malformed => new()
    {
        """[Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + ; }""",
        """[Pde] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + u; }""",
        """[Pde(42)] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + u; }""",
        """[Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) }""",
        """[Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) => Math.Pow(u); }""",
        """[Pde("a")] public partial class A { [Equation] public static double R(double u, double u_t) => u_t + Undefined * u; }""",
        """[Pde("a")] public partial class A { static readonly double K = K * 2; [Equation] public static double R(double u, double u_t) => u_t + K * u; }""",
        """[Pde("a")] [Domain(Length = double.NaN)] public partial class A<T> { [Equation] public static double R(double u, double u_t) => u_t / 0 + u; }""",
        """[Pde("a")] public partial class""",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_does_not_crash_the_generator(string source)
    {
        var (result, _) = GeneratorHarness.Run(source);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PDESYM017");
    }
}
