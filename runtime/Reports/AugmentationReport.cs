using System.Globalization;
using System.Text;
using System.Text.Json;
using PdeSym.Augmentation;
using ScottPlot;

namespace PdeSym.Reports;

/// <summary>
/// The report of an augmentation study: <c>report.json</c> (settings, generators, every run), <c>report.md</c>
/// (table of mean ± std per mode), <c>rollout_error.png</c> (mean rollout nMSE against time per mode) and
/// <c>sample.png</c> (test trajectory 0 at its last time: truth and each mode's rollout).
/// </summary>
public static class AugmentationReport
{
    /// <summary>Mean and sample standard deviation of a mode's runs.</summary>
    public sealed record Summary(string Mode, int Train, int Runs, double TestMean, double TestStd, double RolloutMean, double RolloutStd);

    public static IReadOnlyList<Summary> Summarise(IReadOnlyList<AugmentationRun> runs) =>
        runs.GroupBy(r => (r.Train, r.Mode)).Select(g =>
        {
            var (testMean, testStd) = MeanStd(g.Select(r => r.TestNmse).ToList());
            var (rollMean, rollStd) = MeanStd(g.Select(r => r.RolloutNmse).ToList());
            return new Summary(g.Key.Mode, g.Key.Train, g.Count(), testMean, testStd, rollMean, rollStd);
        }).ToList();

    static (double Mean, double Std) MeanStd(IReadOnlyList<double> values)
    {
        double mean = values.Average();
        double std = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, std);
    }

    public static string Table(IReadOnlyList<Summary> summaries)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| train | augmentation | runs | test nMSE (one window) | rollout nMSE (mean over time) |");
        sb.AppendLine("|---:|---|---:|---:|---:|");
        foreach (var s in summaries)
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Train} | {s.Mode} | {s.Runs} | {s.TestMean:0.0000} ± {s.TestStd:0.0000} | {s.RolloutMean:0.000} ± {s.RolloutStd:0.000} |"));
        return sb.ToString();
    }

    static string Budget(Operators.OperatorTrainingSettings training) => training.StepsPerEpoch is { } steps
        ? $"{steps} steps per epoch ({training.Epochs * steps} AdamW steps per training)"
        : $"{training.WindowsPerTrajectory} windows per trajectory per epoch";

    public static void Write(string folder, string pde, string command, AugmentationStudySettings settings,
        IReadOnlyList<AugmentationSymmetries> modes, IReadOnlyList<AugmentationRun> runs, double[] sampleTruth, double[] times)
    {
        Directory.CreateDirectory(folder);
        var summaries = Summarise(runs);
        var json = new
        {
            pde, command, settings,
            modes = modes.Select(m => new { m.Name, generators = m.Generators.Select(g => new { pretty = g.ToUnicode(), xi = g.Xi.ToPlain(), tau = g.Tau.ToPlain(), phi = g.Phi.ToPlain() }) }),
            summaries, runs,
        };
        File.WriteAllText(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(json, LearningReport.Json));

        var md = new StringBuilder();
        md.AppendLine($"# Augmentation study: {pde}").AppendLine();
        md.AppendLine("```").AppendLine(command).AppendLine("```").AppendLine();
        foreach (var m in modes)
            md.AppendLine($"- **{m.Name}**: {(m.Generators.Count == 0 ? "no augmentation" : string.Join(", ", m.Generators.Select(g => g.ToUnicode())))}");
        md.AppendLine().AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"FNO1d: history {settings.History}, future {settings.Future}, width {settings.Width}, modes {settings.Modes}, layers {settings.Layers}; " +
            $"{settings.Training.Epochs} epochs max, batch {settings.Training.BatchSize}, {Budget(settings.Training)}, " +
            $"AdamW lr {settings.Training.LearningRate}, patience {settings.Training.Patience}; augmentation scale {settings.Scale}; seeds 0..{settings.Seeds - 1}.")).AppendLine();
        md.Append(Table(summaries)).AppendLine();
        md.AppendLine("| train | augmentation | seed | test nMSE | rollout nMSE | epochs (best) | steps | windows rejected | s |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Train} | {r.Mode} | {r.Seed} | {r.TestNmse:0.0000} | {r.RolloutNmse:0.000} | {r.Epochs} ({r.BestEpoch}) | {r.Steps} | {r.Rejected} of {r.Drawn} | {r.Seconds:0} |"));
        md.AppendLine();
        md.AppendLine("![rollout error](rollout_error.png)").AppendLine().AppendLine("![sample](sample.png)");
        File.WriteAllText(Path.Combine(folder, "report.md"), md.ToString());

        var rollout = new Plot();
        foreach (var group in runs.GroupBy(r => (r.Train, r.Mode)))
        {
            int n = group.First().Rollout.Length;
            var mean = Enumerable.Range(0, n).Select(i => group.Average(r => r.Rollout[i])).ToArray();
            var line = rollout.Add.ScatterLine(times[^n..], mean);
            line.LegendText = $"{group.Key.Mode} (train {group.Key.Train})";
        }
        rollout.XLabel("t");
        rollout.YLabel("rollout nMSE (test mean)");
        rollout.ShowLegend();
        rollout.SavePng(Path.Combine(folder, "rollout_error.png"), 900, 500);

        var sample = new Plot();
        var x = Enumerable.Range(0, sampleTruth.Length).Select(i => (double)i).ToArray();
        sample.Add.ScatterLine(x, sampleTruth).LegendText = "truth";
        foreach (var r in runs.Where(r => r.Seed == 0))
            sample.Add.ScatterLine(x, r.SamplePrediction).LegendText = $"{r.Mode} (train {r.Train})";
        sample.XLabel("grid index");
        sample.YLabel("u at the last time");
        sample.ShowLegend();
        sample.SavePng(Path.Combine(folder, "sample.png"), 900, 500);
    }
}
