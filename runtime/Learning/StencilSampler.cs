using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// Draws stencils of data points for one training step: random trajectories, times and positions (x wraps
/// around the period). Output: physical (x, t, u) <c>[B·S, 3]</c>, stencil after stencil, with x unwrapped so
/// each stencil is contiguous. A step's draw depends only on (seed, step), so resumed runs draw the same.
/// </summary>
public sealed class StencilSampler(TrajectorySet data, Stencil stencil)
{
    public Stencil Stencil { get; } = stencil;

    public Tensor Sample(int centres, int seed, long step)
    {
        if (data.Steps < Stencil.Height)
            throw new ArgumentException($"the data have {data.Steps} time steps, fewer than the stencil's {Stencil.Height}");
        var random = new Random(StepSeed.Of(seed, step, 1));
        int n = Stencil.Size;
        var trajectories = new long[centres * n];
        var times = new long[centres * n];
        var xs = new long[centres * n];
        var coordinates = new double[centres * n * 2];
        for (int b = 0; b < centres; b++)
        {
            int trajectory = random.Next(data.Count);
            int time = Stencil.HalfT + random.Next(data.Steps - 2 * Stencil.HalfT);
            int x = random.Next(data.Points);
            for (int s = 0; s < n; s++)
            {
                var (ox, ot) = Stencil.Offsets[s];
                int i = b * n + s;
                trajectories[i] = trajectory;
                times[i] = time + ot;
                xs[i] = ((x + ox) % data.Points + data.Points) % data.Points;
                coordinates[2 * i] = (x + ox) * data.SpacingX;
                coordinates[2 * i + 1] = data.StartTime + (time + ot) * data.TimeStep;
            }
        }
        using var scope = NewDisposeScope();
        var u = data.U.index(tensor(trajectories), tensor(times), tensor(xs));
        var xt = tensor(coordinates, dtype: ScalarType.Float64).reshape(-1, 2);
        return cat([xt, u.unsqueeze(-1)], -1).MoveToOuterDisposeScope();
    }
}
