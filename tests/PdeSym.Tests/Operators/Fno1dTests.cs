using PdeSym.Operators;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace PdeSym.Tests.Operators;

/// <summary>FNO layers: shapes, translation equivariance (an oracle of the architecture), fitting a tiny data set, checkpoints.</summary>
public class Fno1dTests(ITestOutputHelper output)
{
    [Fact]
    public void Layers_have_the_right_shapes()
    {
        using var scope = NewDisposeScope();
        manual_seed(1);
        var conv = new SpectralConvolution1d(3, 5, modes: 4);
        Assert.Equal([2L, 5, 16], conv.call(randn(2, 3, 16)).shape);
        var fno = new Fno1d(history: 4, future: 3, width: 8, modes: 4, layers: 2);
        Assert.Equal([7L, 3, 32], fno.call(randn(7, 4, 32)).shape);
        Assert.Throws<ArgumentException>(() => fno.call(randn(7, 5, 32)));
    }

    [Fact]
    public void Spectral_convolution_keeps_only_its_modes_and_commutes_with_grid_shifts()
    {
        using var scope = NewDisposeScope();
        manual_seed(2);
        var conv = new SpectralConvolution1d(2, 2, modes: 3, dtype: ScalarType.Float64);
        var x = randn(1, 2, 32, dtype: float64);
        var y = conv.call(x);
        var spectrum = fft.rfft(y, dim: -1);
        Assert.True(spectrum[.., .., 3..].abs().max().item<double>() < 1e-12, "bins above the modes are zero");
        var fno = new Fno1d(2, 2, width: 6, modes: 5, layers: 2, dtype: ScalarType.Float64);
        var shifted = fno.call(x.roll(5, -1));
        Assert.True(allclose(shifted, fno.call(x).roll(5, -1), rtol: 0, atol: 1e-10), "an FNO is equivariant to shifts of the grid");
    }

    [Fact]
    public void An_fno_overfits_a_tiny_data_set()
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        // Four trajectories of travelling waves u(x, t) = sin(k(x − ct) + p); windows of 2 → 2 times.
        var x = linspace(0, 2 * Math.PI, 33)[..32].to_type(ScalarType.Float32);
        var trajectories = stack(Enumerable.Range(0, 4).Select(i =>
            stack(Enumerable.Range(0, 8).Select(j => (x * (1 + i % 2) - 0.3 * j + i).sin()).ToList(), 0)).ToList(), 0); // [4, 8, 32]
        var model = new Fno1d(2, 2, width: 16, modes: 4, layers: 2);
        Tensor Sample(IReadOnlyList<int> n, Random r) => stack(n.Select(i => { int s = r.Next(0, 5); return trajectories[i, s..(s + 4)]; }).ToList(), 0);
        double before = OperatorEvaluation.OneStepNmse(model, trajectories);
        var result = OperatorTrainer.Train(model, 4, Sample, trajectories, new OperatorTrainingSettings
        {
            Epochs = 30, BatchSize = 8, WindowsPerTrajectory = 8, LearningRate = 5e-3, Patience = 30,
        });
        double after = OperatorEvaluation.OneStepNmse(model, trajectories);
        output.WriteLine($"nMSE {before:e2} -> {after:e2} (best epoch {result.BestEpoch})");
        Assert.True(after < 1e-2 && after < before / 50, $"nMSE {before:e2} -> {after:e2}");
        var rollout = OperatorEvaluation.RolloutNmse(model, trajectories);
        Assert.Equal(6, rollout.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Steps_per_epoch_fix_the_budget_whatever_the_training_size(int trainCount)
    {
        using var scope = NewDisposeScope();
        manual_seed(5);
        var data = randn(5, 8, 16);
        int batches = 0;
        Tensor Sample(IReadOnlyList<int> n, Random r) { batches++; return stack(n.Select(i => data[i, 0..4]).ToList(), 0); }
        var settings = new OperatorTrainingSettings { Epochs = 2, BatchSize = 2, WindowsPerTrajectory = 8, StepsPerEpoch = 3, Patience = 10 };
        var result = OperatorTrainer.Train(new Fno1d(2, 2, 4, 2, 1), trainCount, Sample, data, settings);
        Assert.Equal(2, result.Epochs);
        Assert.Equal(2 * 3, batches);

        // Without StepsPerEpoch an epoch draws trajectories × windows / batch windows' worth of steps.
        batches = 0;
        OperatorTrainer.Train(new Fno1d(2, 2, 4, 2, 1), trainCount, Sample, data, settings with { StepsPerEpoch = null });
        Assert.Equal(2 * Math.Max(1, trainCount * 8 / 2), batches);

        var e = Assert.Throws<UserFacingException>(() => OperatorTrainer.Train(new Fno1d(2, 2, 4, 2, 1), trainCount, Sample, data, settings with { StepsPerEpoch = 0 }));
        Assert.Contains("steps per epoch", e.Message);
    }

    [Fact]
    public void A_resumed_training_ends_where_an_uninterrupted_one_does()
    {
        using var scope = NewDisposeScope();
        var folder = Path.Combine(Path.GetTempPath(), $"pdesym-fno-{Guid.NewGuid():N}");
        try
        {
            manual_seed(7);
            var data = randn(3, 8, 16);
            Tensor Sample(IReadOnlyList<int> n, Random r) => stack(n.Select(i => { int s = r.Next(0, 5); return data[i, s..(s + 4)]; }).ToList(), 0);
            Fno1d Fresh() { manual_seed(4); return new Fno1d(2, 2, 4, 2, 1); }
            var settings = new OperatorTrainingSettings { Epochs = 4, BatchSize = 2, WindowsPerTrajectory = 2, LearningRate = 1e-2, Patience = 10 };

            var uninterrupted = Fresh();
            var whole = OperatorTrainer.Train(uninterrupted, 3, Sample, data, settings);

            // Interrupted after epoch 2 (as Ctrl-C does: the checkpoint is written before progress is reported), then rerun.
            var checkpointed = settings with { CheckpointFolder = folder };
            Assert.Throws<OperationCanceledException>(() => OperatorTrainer.Train(Fresh(), 3, Sample, data, checkpointed,
                (epoch, _, _) => { if (epoch == 2) throw new OperationCanceledException(); }));
            var resumedModel = new Fno1d(2, 2, 4, 2, 1); // other initial weights: the checkpoint must replace them
            var resumed = OperatorTrainer.Train(resumedModel, 3, Sample, data, checkpointed);

            Assert.True(resumed.Resumed);
            Assert.Equal(whole.Validation, resumed.Validation);
            Assert.Equal(whole.TrainLoss, resumed.TrainLoss);
            foreach (var (a, b) in uninterrupted.parameters().Zip(resumedModel.parameters()))
                Assert.Equal(0, (a - b).abs().max().item<float>());
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}
