using PdeSym.Learning;
using PdeSym.Reports;

namespace PdeSym.Tests.Learning;

/// <summary><c>learned-algebra.tex</c>: the learned algebra's generators and commutator table for a paper, written beside
/// the report and removed when a later analysis of the run has no algebra.</summary>
public sealed class LearningReportLatexTests : IDisposable
{
    readonly string work = Directory.CreateTempSubdirectory("pdesym-tex-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    static LearningResult Result(params BasisGenerator[] algebra) => new()
    {
        Pde = "heat", Equation = "u_t − u_xx/10", Length = 2 * Math.PI, Duration = 1, TimeOrigin = 0, ScaleU = 1, Floor = 1e-3,
        Fields = [], Exact = [], RandomFieldScores = [], Recovery = 0, Precision = 1, Steps = 0, SkippedSteps = [], TrainingSeconds = 0,
        Options = new LearningOptions(), LearnedAlgebra = algebra, LearnedAlgebraFromFields = algebra.Length,
    };

    [Fact]
    public void The_tex_file_holds_the_generators_their_verdicts_and_the_brackets()
    {
        // The heat run's algebra before its library held Fourier solutions: ∂x, and an element the equation refutes.
        LearningReport.Write(Result(
            new BasisGenerator("∂x", "1", "0", "0", 0, true, "symmetry (exact: the criterion vanishes identically)"),
            new BasisGenerator("(36x − 4x² + 63u)∂u", "0", "0", "36*x - 4*x^2 + 63*u", 0.013, false,
                "not a symmetry (exact; relative residual 0.319)", RespectsPeriod: false)), work);
        var tex = File.ReadAllText(Path.Combine(work, "learned-algebra.tex"));
        Assert.Contains(@"W_{1} &= \partial_x \\", tex);
        Assert.Contains(@"\quad \text{(not a symmetry (exact; relative residual 0.319); changes the period)}", tex);
        // [∂x, (36x − 4x² + 63u)∂u] = (36 − 8x)∂u lies outside the span; the table is antisymmetric in that.
        Assert.Contains(@"$W_{1}$ & $0$ & $\notin$ \\", tex);
        Assert.Contains(@"$W_{2}$ & $\notin$ & $0$ \\", tex);
        Assert.Equal(tex.Count(ch => ch == '{'), tex.Count(ch => ch == '}'));
        int Occurrences(string text) => tex.Split(text).Length - 1;
        foreach (var environment in new[] { "align*", "tabular" })
        {
            Assert.Equal(1, Occurrences(@"\begin{" + environment + "}"));
            Assert.Equal(1, Occurrences(@"\end{" + environment + "}"));
        }

        LearningReport.Write(Result(), work);
        Assert.False(File.Exists(Path.Combine(work, "learned-algebra.tex")));
        Assert.Contains("no learned algebra", File.ReadAllText(Path.Combine(work, "report.md")));
    }
}
