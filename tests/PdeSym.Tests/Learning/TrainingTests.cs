using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>Resuming from a checkpoint continues exactly as an uninterrupted run; a NaN step is skipped, never applied.</summary>
public class TrainingTests : IDisposable
{
    readonly string work = Directory.CreateTempSubdirectory("pdesym-train-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    static readonly LearningOptions Tiny = new() { Generators = 2, Width = 16, HeadWidth = 8, Centres = 8, Epochs = 2, StepsPerEpoch = 2, Threads = 1 };

    static double[] Parameters(SymmetryLearner learner) =>
        learner.Network.parameters().SelectMany(p => p.detach().reshape(-1).data<double>().ToArray()).ToArray();

    [Fact]
    public void Resumed_run_reaches_the_same_state_as_an_uninterrupted_one()
    {
        var data = ReferenceData.KdV();
        using var straight = new SymmetryLearner(new HandWrittenKdV(), data, Tiny);
        var straightHistory = new List<LossTerms>();
        TrainingLoop.Run(straight, Path.Combine(work, "a"), straightHistory);

        using (var interrupted = new SymmetryLearner(new HandWrittenKdV(), data, Tiny))
        {
            using var stop = new CancellationTokenSource();
            Assert.Throws<OperationCanceledException>(() =>
                TrainingLoop.Run(interrupted, Path.Combine(work, "b"), [], t => { if (t.Step == 1) stop.Cancel(); }, stop.Token));
            Assert.Equal(2, interrupted.Step);
        }
        using var resumed = new SymmetryLearner(new HandWrittenKdV(), data, Tiny);
        var history = TrainingLoop.Resume(resumed, Path.Combine(work, "b"));
        Assert.Equal(2, history.Count);
        TrainingLoop.Run(resumed, Path.Combine(work, "b"), history);

        Assert.Equal(Parameters(straight), Parameters(resumed));
        Assert.Equal(straightHistory.Select(h => h.Total), history.Select(h => h.Total));
    }

    [Fact]
    public void A_non_finite_step_is_skipped_and_reported()
    {
        // A NaN in the data reaches the loss: the step is skipped, recorded, and the parameters stay as they were.
        var nanData = new TrajectorySet(full([1, 20, 32], double.NaN, ScalarType.Float64), 128, 0, 0.4);
        using var nan = new SymmetryLearner(new HandWrittenKdV(), nanData, Tiny with { Floor = 1e-3 });
        var before = Parameters(nan);
        var terms = nan.TrainStep();
        Assert.True(terms.Skipped);
        Assert.Equal([0L], nan.SkippedSteps);
        Assert.Equal(before, Parameters(nan));
        Assert.All(Parameters(nan), p => Assert.True(double.IsFinite(p)));
    }

    [Fact]
    public void The_floor_is_lowered_geometrically_from_the_initial_one_to_the_final_one()
    {
        var data = ReferenceData.KdV();
        var options = Tiny with { Floor = 1e-3, InitialFloor = 0.1, FloorAnnealing = 0.5, Epochs = 10, StepsPerEpoch = 10 };
        using var learner = new SymmetryLearner(new HandWrittenKdV(), data, options);
        Assert.Equal(0.1, learner.FloorAt(0), 12);
        Assert.Equal(1e-2, learner.FloorAt(25), 12);   // halfway through the annealing: the geometric mean
        Assert.Equal(1e-3, learner.FloorAt(50), 12);
        Assert.Equal(1e-3, learner.FloorAt(99), 12);
        using var fixedFloor = new SymmetryLearner(new HandWrittenKdV(), data, options with { InitialFloor = 0 });
        Assert.Equal(1e-3, fixedFloor.FloorAt(0), 12);
    }
}
