using System.Diagnostics;
using PdeSym.Data;
using PdeSym.Operators;
using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>The operator and the augmentation of one study (same for every mode and seed).</summary>
public sealed record AugmentationStudySettings
{
    public int History { get; init; } = 20;
    public int Future { get; init; } = 20;
    public int Width { get; init; } = 32;
    public int Modes { get; init; } = 16;
    public int Layers { get; init; } = 4;

    /// <summary>Largest |α| per normalised generator (see <see cref="AugmentedWindowSampler"/>).</summary>
    public double Scale { get; init; } = 0.3;

    public int Seeds { get; init; } = 2;
    public OperatorTrainingSettings Training { get; init; } = new();
}

/// <summary>
/// One trained operator: its mode (none / exact / learned), training size, seed, and errors on the test split;
/// <c>Rollout</c> is the normalised squared error of the rollout at each stored time after the history,
/// <c>SamplePrediction</c> the rollout of test trajectory 0 at its last stored time; <c>Steps</c> the optimiser steps
/// taken, <c>TrainLoss</c> and <c>Validation</c> the mean training MSE and the validation nMSE of each epoch (they show
/// whether the training overfits).
/// </summary>
public sealed record AugmentationRun(string Mode, int Train, int Seed, double TestNmse, double RolloutNmse, double[] Rollout,
    int Epochs, int BestEpoch, double Seconds, int Drawn, int Rejected, double[] SamplePrediction,
    int Steps, IReadOnlyList<double> TrainLoss, IReadOnlyList<double> Validation);

/// <summary>
/// Trains an FNO per augmentation mode and seed on the same training trajectories, validation and test sets and
/// budget, and scores each on the test split (one-window nMSE and rollout nMSE).
/// </summary>
public static class AugmentationStudy
{
    public static IReadOnlyList<AugmentationRun> Run(PdeDataSet data, int trainCount, IReadOnlyList<AugmentationSymmetries> modes,
        AugmentationStudySettings settings, Action<string, int, int, double>? progress = null)
    {
        var train = data.Get("train");
        var valid = data.Get("valid");
        var test = data.Get("test");
        if (trainCount < 1 || trainCount > train.Count)
            throw new UserFacingException($"--train {trainCount} is not available: the data set has {train.Count} training trajectories");
        if (data.T is null || data.Length is null)
            throw new UserFacingException("the data set records no times or domain length; make it with pdesym generate");
        var grid = new PeriodicGrid(data.Length.Value, train.Nx);
        if (settings.Modes > grid.Bins) throw new UserFacingException($"--modes {settings.Modes} exceeds the {grid.Bins} Fourier bins of nx = {grid.Nx}");
        using var scope = NewDisposeScope();
        var trainData = train.ToTensor()[..trainCount].contiguous();
        var validData = valid.ToTensor();
        var testData = test.ToTensor();
        var runs = new List<AugmentationRun>();
        foreach (var mode in modes)
            for (int seed = 0; seed < settings.Seeds; seed++)
            {
                using var runScope = NewDisposeScope();
                manual_seed(seed);
                var sampler = new AugmentedWindowSampler(trainData, grid, data.T, settings.History + settings.Future, mode, settings.Scale);
                var model = new Fno1d(settings.History, settings.Future, settings.Width, settings.Modes, settings.Layers);
                var clock = Stopwatch.StartNew();
                var training = settings.Training with
                {
                    Seed = seed,
                    CheckpointFolder = settings.Training.CheckpointFolder is { } folder ? Path.Combine(folder, $"{mode.Name}-train{trainCount}-seed{seed}") : null,
                };
                var result = OperatorTrainer.Train(model, trainCount, sampler.SampleBatch, validData, training,
                    (epoch, epochs, nmse) => progress?.Invoke($"{mode.Name} seed {seed}", epoch, epochs, nmse));
                model.eval();
                double testNmse = OperatorEvaluation.OneStepNmse(model, testData);
                var rollout = OperatorEvaluation.RolloutNmse(model, testData);
                var sample = Sample(model, testData);
                runs.Add(new AugmentationRun(mode.Name, trainCount, seed, testNmse, rollout.Average(), rollout, result.Epochs, result.BestEpoch,
                    clock.Elapsed.TotalSeconds, sampler.Drawn, sampler.Rejected, sample,
                    result.Epochs * training.StepsPerEpochFor(trainCount), result.TrainLoss, result.Validation));
                model.Dispose();
            }
        return runs;
    }

    static double[] Sample(Fno1d model, Tensor test)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var u = test[..1].to_type(ScalarType.Float32);
        int nt = (int)u.shape[1], h = model.History;
        var window = u[.., ..h];
        var last = window;
        for (int produced = h; produced < nt; produced += model.Future)
        {
            var next = model.call(window);
            int keep = Math.Min(model.Future, nt - produced);
            last = next[.., keep - 1];
            window = cat([window, next], 1)[.., ^h..];
        }
        return last.reshape(-1).to_type(ScalarType.Float64).data<double>().ToArray();
    }
}
