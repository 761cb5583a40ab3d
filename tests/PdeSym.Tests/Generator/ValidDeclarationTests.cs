namespace PdeSym.Tests.Generators;

/// <summary>Valid declarations generate code that compiles without warnings, and read back as written.</summary>
public class ValidDeclarationTests
{
    // DESIGN.md, "The user's view", verbatim.
    const string UsersView = """
        using PdeSym;

        [Pde("kdv")]                              // name used on the command line
        [Domain(Length = 128, Duration = 100)]    // periodic x in [0, L), t in [0, T]
        public partial class KdV
        {
            // u_t + u u_x + u_xxx = 0. Parameter names are the jet: x, t, u, u_x, u_t, u_xx, u_xxx, ...
            [Equation]
            public static double Residual(double u, double u_t, double u_x, double u_xxx)
                => u_t + u * u_x + u_xxx;
        }

        [Pde("burgers")]
        public partial class Burgers
        {
            public const double Nu = 0.01;        // constants are read by the generator
            [Equation]
            public static double Residual(double u, double u_t, double u_x, double u_xx)
                => u_t + u * u_x - Nu * u_xx;
        }
        """;

    [Fact]
    public void Users_view_from_the_design_compiles_without_warnings()
    {
        var (result, output) = GeneratorHarness.Run(UsersView);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Whole_grammar_compiles_without_warnings_and_substitutes_constants()
    {
        var (result, output) = GeneratorHarness.Run("""
            namespace My.Pdes;

            [Pde("grammar")]
            [Domain(Length = 2 * Math.PI, Duration = 3)]
            public partial class Grammar
            {
                public const double A = 0.5;
                static readonly double B = Math.Sqrt(4) * A;   // 1
                const int Three = 3;

                [Equation]
                public static double Residual(double x, double t, double u, double u_t, double u_x, double u_xx)
                {
                    return 2 * u_t - (Math.Exp(-t) * Math.Sin(x) + Math.Cos(u) + Math.Log(1 + u * u)) * u_x
                        + Math.Pow(u, Three) / Math.Sqrt(1 + x * x) - B * u_xx + Math.Pow(A, 2) + +u / -Three;
                }
            }
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        string generated = result.GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("\"2*u_t - (exp(-t)*sin(x) + cos(u) + log(1 + u*u))*u_x + u^3/sqrt(1 + x*x) - 1*u_xx + 0.5^2 + u/(-3)\"", generated);
        Assert.Contains("[\"A\"] = 0.5,", generated);
        Assert.Contains("[\"B\"] = 1.0,", generated);
        // u_t has the constant coefficient 2: L = [1/6, 0, 1/2] (from u/(-3) and -1*u_xx), everything else in N.
        Assert.Contains("new double[] { 0.16666666666666666, 0.0, 0.5 }", generated);
        Assert.Contains("\"0.5*exp(-t)*sin(x)*u_x + 0.5*cos(u)*u_x + 0.5*log(1 + u*u)*u_x - 0.5*u^3/sqrt(1 + x*x) - 0.125\"", generated);
    }

    [Fact]
    public void Global_namespace_and_internal_classes_are_supported()
    {
        var (result, output) = GeneratorHarness.Run("""
            [Pde("g")] internal partial class G { [Equation] internal static double R(double u, double u_t, double u_x) => u_t + u_x; }
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains("new double[] { 0.0, -1.0 }", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Domain_values_left_out_come_from_the_runtime_default()
    {
        var (result, output) = GeneratorHarness.Run("""
            [Pde("d")] [Domain(Duration = 5)] public partial class D { [Equation] public static double R(double u, double u_t) => u_t + u; }
            """);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains("new global::PdeSym.PdeDomain(global::PdeSym.PdeDomain.Default.Length, 5.0)", result.GeneratedSources.Single().SourceText.ToString());
    }
}
