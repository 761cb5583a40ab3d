using System.Diagnostics;
using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>Seconds per training step by stage, averaged over timed steps.</summary>
public sealed record StepTiming(double Network, double Flow, double Jets, double Residual, double Backward, int Steps)
{
    public double Total => Network + Flow + Jets + Residual + Backward;
}

/// <summary>
/// Times training steps of a learner stage by stage: the network on the stencils' points, the RK4 flows (network
/// evaluations included), the local jet fits, the residual and scores, and the backward pass with the Adam update.
/// The stages are the same operations as <see cref="SymmetryLearner.TrainStep"/> (the regularisers are counted with
/// the residual).
/// </summary>
public static class StepBenchmark
{
    public static StepTiming Run(SymmetryLearner learner, int warmup, int steps)
    {
        var options = learner.Options;
        var parameters = learner.Network.parameters().ToList();
        var optimizer = optim.Adam(parameters, options.LearningRate);
        double network = 0, flow = 0, jets = 0, residual = 0, backward = 0;
        var clock = new Stopwatch();
        double Lap() { double s = clock.Elapsed.TotalSeconds; clock.Restart(); return s; }
        for (int i = 0; i < warmup + steps; i++)
        {
            using var scope = NewDisposeScope();
            bool timed = i >= warmup;
            int centres = options.Centres, n = options.Generators, size = learner.Sampler.Stencil.Size;
            var points = learner.Scales.ToNormalised(learner.Sampler.Sample(centres, options.Seed, 10_000 + i));
            var alpha = (rand([n, centres], ScalarType.Float64) * 2 - 1) * options.Sigma;
            optimizer.zero_grad();
            clock.Restart();

            var v0 = learner.Network.call(points);
            var norm = FieldNorm.Of(v0);
            double tNetwork = Lap();

            var a = alpha.reshape(n, centres, 1, 1).expand(n, centres, size, 1).reshape(n, centres * size, 1);
            var moved = Rk4Flow.Integrate(z => learner.Network.call(z) / norm, points.unsqueeze(0).expand(n, -1, -1), a, options.FlowSteps);
            double tFlow = Lap();

            var physical = learner.Scales.ToPhysical(moved).reshape(-1, size, 3);
            var jet = learner.Validity.Jets.Estimate(physical);
            double tJets = Lap();

            var r = learner.Pde.Residual(jet).abs() / learner.Validity.ResidualScale;
            var unit = v0 / norm;
            var loss = r.clamp(min: learner.Validity.Floor).log().mean() + SequentialOrthogonality.Loss(unit).mean();
            double tResidual = Lap();

            loss.backward();
            optimizer.step();
            double tBackward = Lap();
            if (timed)
            {
                network += tNetwork; flow += tFlow; jets += tJets; residual += tResidual; backward += tBackward;
            }
        }
        optimizer.Dispose();
        return new StepTiming(network / steps, flow / steps, jets / steps, residual / steps, backward / steps, steps);
    }
}
