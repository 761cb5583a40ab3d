using static TorchSharp.torch;

namespace PdeSym.Data;

/// <summary>
/// One split of a data set (<c>train</c>, <c>valid</c> or <c>test</c>): Count trajectories of Nt stored times on
/// Nx grid points, row-major [Count, Nt, Nx] in <see cref="Values"/>.
/// </summary>
public sealed record PdeDataSplit
{
    public PdeDataSplit(string name, int count, int nt, int nx, double[] values)
    {
        if (values.Length != (long)count * nt * nx)
            throw new ArgumentException($"split '{name}': {values.Length} values do not fill [{count}, {nt}, {nx}]", nameof(values));
        Name = name; Count = count; Nt = nt; Nx = nx; Values = values;
    }

    public string Name { get; }
    public int Count { get; }
    public int Nt { get; }
    public int Nx { get; }

    /// <summary>u[trajectory, time, x], row-major.</summary>
    public double[] Values { get; }

    public double this[int trajectory, int time, int x] => Values[((long)trajectory * Nt + time) * Nx + x];

    /// <summary>The LPSDA dataset name, <c>pde_{nt}-{nx}</c>.</summary>
    public string DatasetName => $"pde_{Nt}-{Nx}";

    /// <summary>The split as a float64 [Count, Nt, Nx] tensor (a copy).</summary>
    public Tensor ToTensor() => tensor(Values, dtype: float64).reshape(Count, Nt, Nx);

    /// <summary>A split from a float64 [Count, Nt, Nx] tensor.</summary>
    public static PdeDataSplit FromTensor(string name, Tensor u)
    {
        if (u.dim() != 3) throw new ArgumentException($"expected [count, nt, nx], got [{string.Join(", ", u.shape)}]", nameof(u));
        return new PdeDataSplit(name, (int)u.shape[0], (int)u.shape[1], (int)u.shape[2],
            u.to_type(ScalarType.Float64).contiguous().data<double>().ToArray());
    }
}
