using static TorchSharp.torch;

namespace PdeSym.Operators;

/// <summary>
/// Errors of a trained operator on held-out trajectories [count, nt, nx]: the normalised MSE of one prediction
/// ‖û − u‖² / ‖u‖² over every window that starts at a multiple of the future length, and the rollout error —
/// the operator fed its own predictions from the first <c>history</c> times to the end — per stored time.
/// </summary>
public static class OperatorEvaluation
{
    /// <summary>Mean normalised MSE of one-window predictions.</summary>
    public static double OneStepNmse(Fno1d model, Tensor trajectories, int batchSize = 64)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var (inputs, targets) = Windows(trajectories.to_type(model.parameters().First().dtype), model.History, model.Future, model.Future);
        double sum = 0;
        int count = (int)inputs.shape[0];
        for (int s = 0; s < count; s += batchSize)
        {
            using var step = NewDisposeScope();
            int e = Math.Min(count, s + batchSize);
            var prediction = model.call(inputs[s..e]);
            var truth = targets[s..e];
            sum += ((prediction - truth).square().sum([1, 2]) / truth.square().sum([1, 2])).sum().to_type(ScalarType.Float64).item<double>();
        }
        return sum / count;
    }

    /// <summary>Normalised squared error per stored time after <c>history</c>, averaged over trajectories, [nt − history].</summary>
    public static double[] RolloutNmse(Fno1d model, Tensor trajectories)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var u = trajectories.to_type(model.parameters().First().dtype);
        int nt = (int)u.shape[1], h = model.History;
        var frames = new List<Tensor> { u[.., ..h] };
        var window = u[.., ..h];
        int produced = h;
        while (produced < nt)
        {
            var next = model.call(window);
            frames.Add(next);
            produced += model.Future;
            window = cat([window, next], 1)[.., ^h..];
        }
        var rollout = cat(frames, 1)[.., h..nt];
        var truth = u[.., h..];
        var error = (rollout - truth).square().sum(2) / truth.square().sum(2); // [count, nt − h]
        return error.mean([0]).to_type(ScalarType.Float64).data<double>().ToArray();
    }

    /// <summary>Inputs [W, history, nx] and targets [W, future, nx] of every window starting at a multiple of <paramref name="stride"/>.</summary>
    public static (Tensor Inputs, Tensor Targets) Windows(Tensor trajectories, int history, int future, int stride)
    {
        int nt = (int)trajectories.shape[1];
        if (nt < history + future) throw new UserFacingException($"trajectories of {nt} times are too short for {history} history + {future} future times");
        var inputs = new List<Tensor>();
        var targets = new List<Tensor>();
        for (int s = 0; s + history + future <= nt; s += stride)
        {
            inputs.Add(trajectories[.., s..(s + history)]);
            targets.Add(trajectories[.., (s + history)..(s + history + future)]);
        }
        return (cat(inputs, 0), cat(targets, 0));
    }
}
