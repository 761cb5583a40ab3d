using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// Solutions of a PDE on a uniform grid, as the learner reads them: <c>U[trajectory, time, x]</c> on periodic
/// x = i·L/nx and t = StartTime + k·TimeStep.
/// </summary>
public sealed class TrajectorySet
{
    public Tensor U { get; }
    public double Length { get; }
    public double StartTime { get; }
    public double TimeStep { get; }

    public int Count => (int)U.shape[0];
    public int Steps => (int)U.shape[1];
    public int Points => (int)U.shape[2];
    public double SpacingX => Length / Points;
    public double EndTime => StartTime + (Steps - 1) * TimeStep;
    public double Duration => (Steps - 1) * TimeStep;

    public TrajectorySet(Tensor u, double length, double startTime, double timeStep)
    {
        if (u.dim() != 3) throw new ArgumentException($"trajectories must be [count, steps, points], got [{string.Join(", ", u.shape)}]");
        U = u.to_type(ScalarType.Float64).detach();
        Length = length;
        StartTime = startTime;
        TimeStep = timeStep;
    }

    /// <summary>Standard deviation of u over all trajectories, the natural unit of u.</summary>
    public double StandardDeviationU => U.std().item<double>();
}
