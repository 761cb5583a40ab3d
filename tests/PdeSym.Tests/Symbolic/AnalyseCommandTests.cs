using PdeSym.Reports;
using PdeSym.Symbolic;
using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Symbolic;

/// <summary><c>pdesym analyse</c>: the symmetry analysis as one Markdown document, its tables well formed.</summary>
public class AnalyseCommandTests
{
    /// <summary>Every table row has its header's number of cells (a table that a Markdown reader renders).</summary>
    static void AssertTablesWellFormed(string markdown)
    {
        int? cells = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith('|')) { cells = null; continue; }
            int count = line.Count(c => c == '|');
            cells ??= count;
            Assert.True(cells == count, $"row with {count - 1} cells under a header with {cells - 1}: {line}");
        }
    }

    [Fact]
    public void KdV_analysis_holds_algebra_adjoint_reductions_and_laws()
    {
        var pde = PdeCatalog.Get("kdv");
        var md = SymmetryAnalysisReport.ToMarkdown(pde.Name, pde.Equation(), pde.Pretty);
        Assert.StartsWith("# Symmetry analysis of kdv: u_t + u u_x + u_xxx = 0", md);
        Assert.Contains("| V4 | x∂x + 3t∂t − 2u∂u |", md);
        Assert.Contains("| V2 | 0 | 0 | V1 | 3V2 |", md);                                  // [∂t, t∂x + ∂u] = ∂x
        Assert.Contains("| V4 | e^ε V1 | e^(3ε) V2 | e^(−2ε) V3 | V4 |", md);              // Olver's Table 3.1
        Assert.Contains("- solved: u = x/t + c₁/t (checked on the PDE)", md);
        Assert.Contains("| Q1 | u_xxxxx + 5u·u_xxx/3 + 10·u_x·u_xx/3 + 5u²·u_x/6 | 5 |", md);       // the next flow of the hierarchy
        Assert.Contains("- reduced ODE: f‴ + f·f′ − f′·z/3 − 2f/3 = 0 (order 3 in f(z))", md);
        Assert.Contains("| 4 | u² + 2·u_xx | u³/3 − u_x² |", md);
        // The optimal system, and the reductions by its representatives that are not generators.
        Assert.Contains("### Optimal system of one-dimensional subalgebras", md);
        Assert.Contains("- ⟨V2 − V3⟩", md);
        Assert.Contains("### ⟨V2 + V3⟩ = t∂x + ∂t + ∂u (optimal system)", md);
        Assert.Contains("- reduced ODE: f‴ + f·f′ + 1 = 0 (order 3 in f(z))", md);
        Assert.DoesNotContain("### ⟨V2⟩", md);                                                    // reduced above as V2
        AssertTablesWellFormed(md);
    }

    [Theory]
    [InlineData("kdv")]
    [InlineData("heat")]
    [InlineData("pburgers")]
    public void Latex_analysis_is_ascii_with_matched_environments(string name)
    {
        var pde = PdeCatalog.Get(name);
        var tex = SymmetryAnalysisReport.ToLatex(pde.Name, pde.Equation());
        Assert.All(tex, c => Assert.True(c < 128, $"'{c}' is not ASCII"));                     // pdflatex reads it as is
        var open = new Stack<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(tex, @"\\(begin|end)\{([a-z*]+)\}"))
        {
            if (m.Groups[1].Value == "begin") open.Push(m.Groups[2].Value);
            else Assert.Equal(open.Pop(), m.Groups[2].Value);
        }
        Assert.Empty(open);
        Assert.Contains(@"\section*{Symmetry analysis of", tex);
        Assert.Contains(@"\subsection*{Conservation laws}", tex);
        if (name == "kdv")
        {
            Assert.Contains(@"\item $\langle V_{2} - V_{3} \rangle$", tex);
            Assert.Contains(@"$e^{3 \varepsilon } V_{2}$", tex);
            Assert.Contains(@"\Lambda_{4} &= u^{2} + 2 u_{xx}", tex);
        }
    }

    [Fact]
    public void Wave_analysis_says_which_generators_do_not_reduce()
    {
        var md = SymmetryAnalysisReport.ToMarkdown("wave", Expr.Parse("u_tt - u_xx"), "u_tt − u_xx = 0");
        Assert.Contains("- invariant: z = x² − t²", md);                                     // the Lorentz boost
        Assert.Contains("Not reduced: τ = 2xt depends on x", md);                             // a conformal map
        Assert.Contains("- ⟨V3 + V4 + aV5⟩, a ≥ 0", md);                                      // 𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ): one light cone's scaling
        Assert.Contains("and β(x,t)∂u for every solution β", md);
        AssertTablesWellFormed(md);
    }

    [Fact]
    public void An_equation_with_derivatives_in_denominators_is_analysed_whole()
    {
        // u_t = u_xx/u_x²: every reduction is reported — the singular one and the one that does not separate as reasons.
        var md = SymmetryAnalysisReport.ToMarkdown("hodograph heat", Expr.Parse("u_t - u_xx/u_x^2"), "u_t = u_xx/u_x²");
        Assert.Contains("- reduced ODE: f″ − f·f′²/2 = 0", md);                              // by 2t∂t + u∂u
        Assert.Contains("a denominator of Δ vanishes on every invariant function u = f", md); // by ∂x: u = f(t) has u_x = 0
        Assert.Contains("| 1 | u |", md);                                                     // ∫u dx: u_t = D_x(−1/u_x)
        AssertTablesWellFormed(md);
    }

    [Fact]
    public void Analyse_writes_the_file_whole_and_refuses_a_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pdesym-analyse-{Guid.NewGuid():N}");
        try
        {
            var file = Path.Combine(folder, "notes", "heat.md");
            var (code, output, error) = RunPdesym("analyse", "heat", "--out", file);
            Assert.True(code == 0, error);
            Assert.Contains("wrote", output);
            var md = File.ReadAllText(file);
            Assert.StartsWith("# Symmetry analysis of heat: u_t - 0.1 u_xx = 0", md);
            Assert.Contains("- solved: u = c₁·e^(−5x²/(2t))/√t (checked on the PDE)", md);
            Assert.Equal(["heat.md"], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName));   // no temporary left
            var refused = RunPdesym("analyse", "heat", "--out", folder);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("is a folder", refused.Output + refused.Error);
            var printed = RunPdesym("analyze", "u_t - u_xx");                                 // the alias, to standard output
            Assert.True(printed.ExitCode == 0, printed.Error);
            Assert.Contains("## Conservation laws", printed.Output);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
