using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>How much of a generator the learned fields' span holds: the cosine to its projection, linearly dependent
/// fields included (three learned fields in the ∂x/∂t plane are common).</summary>
public class SpanCaptureTests
{
    static Tensor Field(params double[] component) => tensor(component).expand(10, 3).clone();

    [Fact]
    public void Capture_is_the_cosine_to_the_span_even_for_dependent_fields()
    {
        var x = Field(1, 0, 0);
        var t = Field(0, 1, 0);
        var u = Field(0, 0, 1);
        // Three fields in the x–t plane (rank 2).
        var fields = new[] { x + 0.37 * t, -1.95 * x + t, -0.215 * x + t };
        Assert.Equal(1, LearningAnalysis.Capture(x, fields), 9);
        Assert.Equal(1, LearningAnalysis.Capture(2 * t - x, fields), 9);
        Assert.Equal(0, LearningAnalysis.Capture(u, fields), 9);
        Assert.Equal(1 / Math.Sqrt(2), LearningAnalysis.Capture(x + u, fields), 9);
    }
}
