namespace PdeSym.Learning;

/// <summary>
/// Runs a learner to the end of its schedule from wherever it stands, saving a checkpoint (network, optimiser,
/// step, loss history) at the end of every epoch, so an interrupted run resumes where its last epoch ended.
/// </summary>
public static class TrainingLoop
{
    public const string CheckpointFolder = "checkpoint";
    const string PdeFile = "pde.txt";

    // The PDE a run folder's checkpoint was trained on: its pde.txt, or for checkpoints older than that file, the report's "pde".
    static string? WrittenFor(string runDirectory)
    {
        string named = Path.Combine(runDirectory, CheckpointFolder, PdeFile), report = Path.Combine(runDirectory, "report.json");
        if (File.Exists(named)) return File.ReadAllText(named).Trim();
        if (!File.Exists(report)) return null;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
            return document.RootElement.TryGetProperty("pde", out var pde) && pde.ValueKind == System.Text.Json.JsonValueKind.String ? pde.GetString() : null;
        }
        catch (System.Text.Json.JsonException) { return null; }
    }

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
        File.WriteAllText(Path.Combine(checkpoint, PdeFile), learner.Pde.Name);
        LossHistory.Write(history, Path.Combine(checkpoint, "losses.csv"));
    }

    /// <summary>Refuses, before any work, a run folder with no checkpoint or with another PDE's.</summary>
    public static void CheckResumable(string runDirectory, string pde)
    {
        if (!File.Exists(Path.Combine(runDirectory, CheckpointFolder, "network.bin")))
            throw new UserFacingException($"--resume: '{runDirectory}' holds no checkpoint; run without --resume first, or give the --out of an earlier run");
        if (WrittenFor(runDirectory) is { } other && other != pde)
            throw new UserFacingException($"--resume: the checkpoint in '{runDirectory}' was written by `pdesym learn {other}`, not {pde}; " +
                                          $"resume it with `pdesym learn {other} --out {runDirectory} --resume`, or give {pde} its own --out");
    }

    /// <summary>Restores a learner from a run folder's checkpoint; returns the loss history so far.</summary>
    public static List<LossTerms> Resume(SymmetryLearner learner, string runDirectory)
    {
        string checkpoint = Path.Combine(runDirectory, CheckpointFolder);
        CheckResumable(runDirectory, learner.Pde.Name);
        try { learner.LoadCheckpoint(checkpoint); }
        catch (Exception e) when (e is not UserFacingException)
        {
            throw new UserFacingException($"--resume: the checkpoint in '{checkpoint}' does not fit this configuration ({e.Message}); use the same --generators, --free-fields and network settings as the run that wrote it", e);
        }
        return LossHistory.Read(Path.Combine(checkpoint, "losses.csv"));
    }
}
