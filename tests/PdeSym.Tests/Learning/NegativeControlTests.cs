using PdeSym.Learning;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Tests.Learning;

/// <summary>
/// mKdV, the catalogue's negative control: the Galilean boost that KdV's data confirm (rel 0) is no symmetry of
/// u_t + u² u_x + u_xxx = 0, and the data's sharp score must say so, while ∂x and ∂t still pass.
/// </summary>
public class NegativeControlTests
{
    static double Rel(IPde pde, Generator g)
    {
        using var scope = NewDisposeScope();
        var data = ReferenceData.Simulated(pde, amplitude: 0.25); // mKdV's data amplitude (DataRecipe)
        using var jets = new DataJets(data, maxPoints: 20_000);
        return new SharpScoreOnData(pde, jets, CoordinateScales.For(data)).Relative(g);
    }

    [Fact]
    public void The_boost_passes_on_KdV_data_and_fails_on_mKdV_data()
    {
        var boost = Generator.Parse("t", "0", "1");
        Assert.True(Rel(PdeCatalog.Get("kdv"), boost) < 1e-3);
        double mkdv = Rel(PdeCatalog.Get("mkdv"), boost);
        Assert.True(mkdv > LearningAnalysis.SymmetryThreshold, $"rel of t∂x + ∂u on mKdV data: {mkdv}");
        Assert.True(Rel(PdeCatalog.Get("mkdv"), Generator.Parse("1", "0.5", "0")) < 1e-3);
    }
}
