using PdeSym.Learning;
using PdeSym.Symbolic;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Tests.Learning;

/// <summary>
/// Validity and sharp scores on the paper authors' KdV data: the exact generators score near the floor (validity)
/// and 0 (sharp), t∂x alone and random fields far higher.
/// </summary>
public class ScoreTests : IClassFixture<ScoreTests.KdVLearner>
{
    public sealed class KdVLearner : IDisposable
    {
        public SymmetryLearner Learner { get; } = new(new HandWrittenKdV(), ReferenceData.KdV(), new LearningOptions { Threads = 1 });
        public void Dispose() => Learner.Dispose();
    }

    readonly SymmetryLearner learner;
    public ScoreTests(KdVLearner fixture) => learner = fixture.Learner;

    double Validity(string xi, string tau, string phi)
    {
        var analysis = new LearningAnalysis(learner);
        var stencils = learner.Scales.ToNormalised(learner.Sampler.Sample(128, seed: 5, step: 0));
        var alpha = rand([1, 128], ScalarType.Float64, generator: new TorchSharp.torch.Generator(3)) * 2 - 1;
        using var noGrad = no_grad();
        return learner.Flow.Scores(analysis.FieldOf(Generator.Parse(xi, tau, phi)), stencils, alpha).mean().item<double>();
    }

    [Fact]
    public void Exact_generators_score_near_the_floor_and_non_symmetries_far_above()
    {
        double floor = Math.Log(learner.Validity.Floor);
        double dx = Validity("1", "0", "0"), dt = Validity("0", "1", "0"), boost = Validity("t", "0", "1");
        double scaling = Validity("x", "3*t", "-2*u"), tdx = Validity("t", "0", "0"), du = Validity("0", "0", "1");
        foreach (var exact in new[] { dx, dt, boost, scaling }) Assert.InRange(exact, floor, floor + 2);
        Assert.True(tdx > floor + 5, $"t∂x scored {tdx}, floor {floor}");
        Assert.True(du > floor + 4, $"∂u scored {du}, floor {floor}");

        var stencils = learner.Scales.ToNormalised(learner.Sampler.Sample(128, seed: 5, step: 0));
        var alpha = rand([4, 128], ScalarType.Float64, generator: new TorchSharp.torch.Generator(3)) * 2 - 1;
        using var random = new VectorFieldNetwork([true, false, false], 3, 4, seed: 123);
        using var noGrad = no_grad();
        var scores = learner.Flow.Scores(random.call, stencils, alpha).mean([1]).data<double>().ToArray();
        Assert.All(scores, s => Assert.True(s > floor + 4, $"a random field scored {s}"));
    }

    [Fact]
    public void Sharp_score_is_zero_for_symmetries_and_order_one_for_t_dx()
    {
        using var jets = new DataJets(learner.Data);
        var sharp = new SharpScoreOnData(learner.Pde, jets, learner.Scales);
        Assert.Equal(0, sharp.Relative(Generator.Parse("t", "0", "1")), 12);
        Assert.Equal(0, sharp.Relative(Generator.Parse("x", "3*t", "-2*u")), 12);
        // t∂x alone: C = −u_x exactly, so rel = ‖u_x‖ / (‖t‖/L) / ‖u_t‖ — the figure is ≈ 3.5.
        Assert.InRange(sharp.Relative(Generator.Parse("t", "0", "0")), 3.0, 4.0);
        // A 10 % error in the boost's ∂u gives a tenth of that, diluted by the ∂u part of the field's size.
        Assert.InRange(sharp.Relative(Generator.Parse("t", "0", "0.9")), 0.08, 0.2);
        // Float coefficients take the tree path: a 2 % error in the boost's ∂x.
        double near = sharp.Relative(Generator.Parse("1.02*t", "0", "1"));
        Assert.InRange(near, 0.005, 0.05);
    }

    [Fact]
    public void Readout_recovers_a_field_built_from_library_functions()
    {
        var readout = new SymbolicReadout(FunctionLibrary.For(learner.Pde.Equation()), learner.Scales);
        var points = learner.Sampler.Sample(64, seed: 9, step: 0);
        var analysis = new LearningAnalysis(learner);
        var target = Generator.Parse("2*t + 60", "20", "2");
        var field = learner.Scales.FieldToPhysical(analysis.FieldOf(target)(learner.Scales.ToNormalised(points)))[0];
        var noisy = field * (1 + 0.001 * randn(field.shape, ScalarType.Float64, generator: new TorchSharp.torch.Generator(1)));
        var result = readout.Read(points, noisy);
        Assert.True(result.FitQuality > 0.999);
        // Scaled so the largest term in normalised units (2∂u) reads 1: ξ = t + 30, τ = 10, φ = 1.
        var g = result.Generator;
        Assert.Equal(1.0, g.Phi.Evaluate(new Dictionary<string, double> { ["x"] = 0, ["t"] = 0, ["u"] = 0 }), 2);
        Assert.Equal(10, g.Tau.Evaluate(new Dictionary<string, double> { ["x"] = 0, ["t"] = 0, ["u"] = 0 }), 2);
        Assert.Equal(40, g.Xi.Evaluate(new Dictionary<string, double> { ["x"] = 5, ["t"] = 10, ["u"] = 0.3 }), 1);
        Assert.False(g.Xi.Contains("x") || g.Xi.Contains("u") || g.Phi.Contains("t"));
    }
}
