namespace PdeSym.Operators;

/// <summary>How an <see cref="Fno1d"/> is trained: budget, optimiser, schedule, early stopping, checkpoints.</summary>
public sealed record OperatorTrainingSettings
{
    public int Epochs { get; init; } = 20;
    public int BatchSize { get; init; } = 16;

    /// <summary>Training windows drawn per training trajectory per epoch (ignored when <see cref="StepsPerEpoch"/> is set).</summary>
    public int WindowsPerTrajectory { get; init; } = 4;

    /// <summary>
    /// Optimiser steps per epoch, whatever the number of training trajectories: a budget of Epochs × StepsPerEpoch steps
    /// that is the same for every training size. Null: training trajectories × windows per trajectory / batch size.
    /// </summary>
    public int? StepsPerEpoch { get; init; }

    /// <summary>The optimiser steps of one epoch for <paramref name="trainCount"/> training trajectories.</summary>
    public int StepsPerEpochFor(int trainCount) => StepsPerEpoch ?? Math.Max(1, trainCount * WindowsPerTrajectory / BatchSize);

    /// <summary>AdamW peak learning rate; a cosine schedule takes it to 1% by the last epoch.</summary>
    public double LearningRate { get; init; } = 1e-3;
    public double WeightDecay { get; init; } = 1e-4;

    /// <summary>Epochs without a better validation error before training stops.</summary>
    public int Patience { get; init; } = 5;

    public int Seed { get; init; }

    /// <summary>Folder for the checkpoint (weights + state); training resumes from it when it holds one. Null: none.</summary>
    public string? CheckpointFolder { get; init; }

    internal void Validate()
    {
        if (Epochs < 1) throw new UserFacingException($"--epochs must be at least 1, got {Epochs}");
        if (BatchSize < 1) throw new UserFacingException($"the batch size must be at least 1, got {BatchSize}");
        if (WindowsPerTrajectory < 1) throw new UserFacingException($"windows per trajectory must be at least 1, got {WindowsPerTrajectory}");
        if (StepsPerEpoch < 1) throw new UserFacingException($"steps per epoch must be at least 1, got {StepsPerEpoch}");
        if (!(LearningRate > 0)) throw new UserFacingException($"the learning rate must be positive, got {LearningRate}");
        if (Patience < 1) throw new UserFacingException($"the patience must be at least 1, got {Patience}");
    }
}
