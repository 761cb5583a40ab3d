namespace PdeSym.Learning;

/// <summary>
/// Runs a learner to the end of its schedule from wherever it stands, saving a checkpoint (network, optimiser,
/// step, loss history) at the end of every epoch, so an interrupted run resumes where its last epoch ended.
/// </summary>
public static class TrainingLoop
{
    public const string CheckpointFolder = "checkpoint";

    public static void Run(SymmetryLearner learner, string runDirectory, List<LossTerms> history, Action<LossTerms>? onStep = null,
        CancellationToken cancellation = default)
    {
        var options = learner.Options;
        string checkpoint = Path.Combine(runDirectory, CheckpointFolder);
        while (learner.Step < options.TotalSteps)
        {
            cancellation.ThrowIfCancellationRequested();
            var terms = learner.TrainStep();
            history.Add(terms);
            onStep?.Invoke(terms);
            if (learner.Step % options.StepsPerEpoch == 0 || learner.Step == options.TotalSteps)
                Save(learner, checkpoint, history);
        }
    }

    public static void Save(SymmetryLearner learner, string checkpoint, IEnumerable<LossTerms> history)
    {
        learner.SaveCheckpoint(checkpoint);
        LossHistory.Write(history, Path.Combine(checkpoint, "losses.csv"));
    }

    /// <summary>Restores a learner from a run folder's checkpoint; returns the loss history so far.</summary>
    public static List<LossTerms> Resume(SymmetryLearner learner, string runDirectory)
    {
        string checkpoint = Path.Combine(runDirectory, CheckpointFolder);
        if (!File.Exists(Path.Combine(checkpoint, "network.bin")))
            throw new UserFacingException($"--resume: '{runDirectory}' holds no checkpoint; run without --resume first, or give the --out of an earlier run");
        try { learner.LoadCheckpoint(checkpoint); }
        catch (Exception e) when (e is not UserFacingException)
        {
            throw new UserFacingException($"--resume: the checkpoint in '{checkpoint}' does not fit this configuration ({e.Message}); use the same --generators, --free-fields and network settings as the run that wrote it", e);
        }
        return LossHistory.Read(Path.Combine(checkpoint, "losses.csv"));
    }
}
