using PdeSym.Learning;
using ScottPlot;
using static TorchSharp.torch;

namespace PdeSym.Reports;

/// <summary>PNG plots of a learning run: loss curves, each learned field's components over the (x, t) plane of
/// one trajectory, and that trajectory's mid-time profile moved by each learned field's flow.</summary>
public static class LearningPlots
{
    public static void LossCurves(IReadOnlyList<LossTerms> losses, string path)
    {
        var plot = new Plot();
        double[] steps = losses.Select(l => (double)l.Step).ToArray();
        void Line(string label, Func<LossTerms, double> value)
        {
            var s = plot.Add.ScatterLine(steps, losses.Select(value).ToArray());
            s.LegendText = label;
        }
        Line("total", l => l.Total);
        Line("validity", l => l.Validity);
        Line("orthogonality", l => l.Orthogonality);
        Line("Lipschitz", l => l.Lipschitz);
        plot.XLabel("step");
        plot.YLabel("loss");
        plot.ShowLegend();
        plot.SavePng(path, 900, 500);
    }

    /// <summary>Heat maps of ξ, τ, φ (physical units, unit-normalised field) of every field over trajectory 0.</summary>
    public static void Fields(SymmetryLearner learner, string directory)
    {
        using var scope = NewDisposeScope();
        var data = learner.Data;
        int nt = data.Steps, nx = data.Points;
        var x = (arange(nx, dtype: ScalarType.Float64) * data.SpacingX).reshape(1, -1).expand(nt, nx);
        var t = (arange(nt, dtype: ScalarType.Float64) * data.TimeStep + data.StartTime).reshape(-1, 1).expand(nt, nx);
        var points = stack([x, t, data.U[0]], -1).reshape(-1, 3);
        var fields = learner.FieldsAt(points).reshape(learner.Options.Generators, nt, nx, 3);
        string[] names = ["xi", "tau", "phi"];
        for (int k = 0; k < learner.Options.Generators; k++)
            for (int c = 0; c < 3; c++)
            {
                var values = fields[k].select(-1, c).contiguous().data<double>().ToArray();
                var grid = new double[nt, nx];
                for (int i = 0; i < nt; i++)
                    for (int j = 0; j < nx; j++) grid[nt - 1 - i, j] = values[i * nx + j];
                var plot = new Plot();
                var map = plot.Add.Heatmap(grid);
                map.Extent = new CoordinateRect(0, data.Length, data.StartTime, data.EndTime);
                plot.Add.ColorBar(map);
                plot.Title($"field {k + 1}: {names[c]}");
                plot.XLabel("x");
                plot.YLabel("t");
                plot.SavePng(Path.Combine(directory, $"field{k + 1}_{names[c]}.png"), 700, 500);
            }
    }

    /// <summary>The mid-time profile of trajectory 0 and its images under each field's flow for α = σ.</summary>
    public static void Transformed(SymmetryLearner learner, string path)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var data = learner.Data;
        int mid = data.Steps / 2, nx = data.Points;
        var x = arange(nx, dtype: ScalarType.Float64) * data.SpacingX;
        var t = full(nx, data.StartTime + mid * data.TimeStep, dtype: ScalarType.Float64);
        var points = learner.Scales.ToNormalised(stack([x, t, data.U[0, mid]], -1));
        var v0 = learner.Network.call(points);
        var norm = FieldNorm.Of(v0);
        int n = learner.Options.Generators;
        var moved = Rk4Flow.Integrate(z => learner.Network.call(z) / norm, points.unsqueeze(0).expand(n, -1, -1),
            tensor(learner.Options.Sigma, dtype: ScalarType.Float64), learner.Options.FlowSteps * 4);
        var physical = learner.Scales.ToPhysical(moved);
        var plot = new Plot();
        var original = plot.Add.ScatterLine(x.data<double>().ToArray(), data.U[0, mid].contiguous().data<double>().ToArray());
        original.LegendText = "data";
        for (int k = 0; k < n; k++)
        {
            var line = plot.Add.ScatterPoints(physical[k].select(-1, 0).contiguous().data<double>().ToArray(),
                physical[k].select(-1, 2).contiguous().data<double>().ToArray());
            line.LegendText = $"field {k + 1}, α = σ";
            line.MarkerSize = 3;
        }
        plot.XLabel("x");
        plot.YLabel("u");
        plot.ShowLegend();
        plot.SavePng(path, 900, 500);
    }
}
