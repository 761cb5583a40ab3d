using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Operators;

/// <summary>
/// Trains an <see cref="Fno1d"/> on windows of trajectories: each step draws a batch of windows
/// [history + future, nx] from <c>sampleBatch</c> (where augmentation happens), minimises the MSE with AdamW
/// under a cosine schedule, and after each epoch scores the validation set (<see cref="OperatorEvaluation.OneStepNmse"/>).
/// The best weights are kept; training stops after <c>Patience</c> epochs without improvement. With a checkpoint
/// folder the weights, the best weights, the AdamW moments and the epoch counter are saved after every epoch and a
/// rerun resumes there; each epoch draws from its own seeded random source, so a resumed training ends where an
/// uninterrupted one would.
/// </summary>
public static class OperatorTrainer
{
    /// <summary>What training did.</summary>
    public sealed record Result(int Epochs, int BestEpoch, double BestValidation, IReadOnlyList<double> TrainLoss, IReadOnlyList<double> Validation, bool Resumed);

    sealed record CheckpointState(int Epoch, int BestEpoch, double BestValidation, double[] TrainLoss, double[] Validation);

    /// <param name="model">The operator; left holding the best weights.</param>
    /// <param name="trainCount">Number of training trajectories (steps per epoch: <see cref="OperatorTrainingSettings.StepsPerEpochFor"/>).</param>
    /// <param name="sampleBatch">Trajectory indices and random source → one window per index, [count, history + future, nx].</param>
    /// <param name="validation">Validation trajectories [count, nt, nx].</param>
    /// <param name="settings">Budget, optimiser and checkpoint.</param>
    /// <param name="progress">Called with (epoch done, epochs, last validation nMSE).</param>
    public static Result Train(Fno1d model, int trainCount, Func<IReadOnlyList<int>, Random, Tensor> sampleBatch, Tensor validation,
        OperatorTrainingSettings settings, Action<int, int, double>? progress = null)
    {
        settings.Validate();
        if (trainCount < 1) throw new UserFacingException("training needs at least one trajectory");
        var random = new Random(settings.Seed);
        using var optimizer = optim.AdamW(model.parameters(), lr: settings.LearningRate, weight_decay: settings.WeightDecay);
        int stepsPerEpoch = settings.StepsPerEpochFor(trainCount);
        var dtype = model.parameters().First().dtype;
        var best = Snapshot(model);
        var state = new CheckpointState(0, 0, double.PositiveInfinity, [], []);
        bool resumed = false;
        if (settings.CheckpointFolder is { } folder && File.Exists(Path.Combine(folder, "state.json")))
        {
            state = JsonSerializer.Deserialize<CheckpointState>(File.ReadAllText(Path.Combine(folder, "state.json")))!;
            DisposeAll(best);
            model.load(Path.Combine(folder, "best.bin"));
            best = Snapshot(model);
            model.load(Path.Combine(folder, "model.bin"));
            string moments = Path.Combine(folder, "optimizer.bin");
            if (!File.Exists(moments)) throw new UserFacingException($"the checkpoint in '{folder}' has no optimizer.bin (an older format); delete the folder to start afresh");
            optimizer.load_state_dict(moments);
            resumed = true;
        }
        var trainLoss = state.TrainLoss.ToList();
        var validationHistory = state.Validation.ToList();
        int bestEpoch = state.BestEpoch;
        double bestValidation = state.BestValidation;
        int epoch = state.Epoch;
        var validationData = validation.to_type(dtype);
        for (; epoch < settings.Epochs; epoch++)
        {
            if (epoch - bestEpoch >= settings.Patience && bestEpoch > 0) break;
            random = new Random(unchecked(settings.Seed * 7919 + epoch));
            model.train();
            double lossSum = 0;
            for (int step = 0; step < stepsPerEpoch; step++)
            {
                using var scope = NewDisposeScope();
                double progressFraction = (epoch + (double)step / stepsPerEpoch) / settings.Epochs;
                double lr = settings.LearningRate * (0.01 + 0.99 * 0.5 * (1 + Math.Cos(Math.PI * progressFraction)));
                foreach (var g in optimizer.ParamGroups) g.LearningRate = lr;
                var batch = sampleBatch(Enumerable.Range(0, settings.BatchSize).Select(_ => random.Next(trainCount)).ToArray(), random).to_type(dtype);
                var input = batch[.., ..model.History];
                var target = batch[.., model.History..(model.History + model.Future)];
                optimizer.zero_grad();
                var loss = nn.functional.mse_loss(model.call(input), target);
                loss.backward();
                optimizer.step();
                lossSum += loss.to_type(ScalarType.Float64).item<double>();
            }
            model.eval();
            double validationNmse = OperatorEvaluation.OneStepNmse(model, validationData);
            trainLoss.Add(lossSum / stepsPerEpoch);
            validationHistory.Add(validationNmse);
            if (validationNmse < bestValidation)
            {
                bestValidation = validationNmse;
                bestEpoch = epoch + 1;
                DisposeAll(best);
                best = Snapshot(model);
            }
            if (settings.CheckpointFolder is { } checkpoint)
            {
                Directory.CreateDirectory(checkpoint);
                model.save(Path.Combine(checkpoint, "model.bin"));
                optimizer.save_state_dict(Path.Combine(checkpoint, "optimizer.bin"));
                var current = Snapshot(model);
                Restore(model, best);
                model.save(Path.Combine(checkpoint, "best.bin"));
                Restore(model, current);
                DisposeAll(current);
                File.WriteAllText(Path.Combine(checkpoint, "state.json"), JsonSerializer.Serialize(
                    new CheckpointState(epoch + 1, bestEpoch, bestValidation, trainLoss.ToArray(), validationHistory.ToArray())));
            }
            progress?.Invoke(epoch + 1, settings.Epochs, validationNmse);
        }
        Restore(model, best);
        DisposeAll(best);
        return new Result(epoch, bestEpoch, bestValidation, trainLoss, validationHistory, resumed);
    }

    static List<Tensor> Snapshot(nn.Module model)
    {
        using var noGrad = no_grad();
        return model.parameters().Select(p => p.detach().clone().DetachFromDisposeScope()).ToList();
    }

    static void Restore(nn.Module model, List<Tensor> values)
    {
        using var noGrad = no_grad();
        foreach (var (p, v) in model.parameters().Zip(values)) p.copy_(v);
    }

    static void DisposeAll(List<Tensor> tensors)
    {
        foreach (var t in tensors) t.Dispose();
    }
}
