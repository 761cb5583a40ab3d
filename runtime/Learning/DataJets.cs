using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// The jets of the data at grid points, for evaluating expressions in x, t, u, u_x, u_xx, ...: spectral
/// x-derivatives (exact for band-limited periodic data) at a subsample of the stored times, flattened to one
/// axis of points.
/// </summary>
public sealed class DataJets : IDisposable
{
    readonly Dictionary<string, Tensor> values = [];
    readonly Tensor u;
    readonly SpectralDerivative derivative;

    public int Count => (int)values["u"].shape[0];

    /// <param name="data">The trajectories.</param>
    /// <param name="maxPoints">Roughly how many points to keep (whole time slices, evenly spaced).</param>
    public DataJets(TrajectorySet data, int maxPoints = 40_000)
    {
        int slices = Math.Max(1, Math.Min(data.Steps, maxPoints / Math.Max(1, data.Count * data.Points)));
        var times = Enumerable.Range(0, slices).Select(i => (long)Math.Round(i * (data.Steps - 1) / Math.Max(1.0, slices - 1))).Distinct().ToArray();
        u = data.U.index_select(1, tensor(times)).detach().DetachFromDisposeScope();
        derivative = new SpectralDerivative(new PeriodicGrid(data.Length, data.Points));
        var x = (arange(data.Points, dtype: ScalarType.Float64) * data.SpacingX).reshape(1, 1, -1).expand_as(u);
        var t = (tensor(times.Select(k => data.StartTime + k * data.TimeStep).ToArray(), dtype: ScalarType.Float64)).reshape(1, -1, 1).expand_as(u);
        values["x"] = x.reshape(-1).contiguous().DetachFromDisposeScope();
        values["t"] = t.reshape(-1).contiguous().DetachFromDisposeScope();
        values["u"] = u.reshape(-1).contiguous().DetachFromDisposeScope();
    }

    /// <summary>The tensor of a symbol: x, t, u or a pure x-derivative u_x, u_xx, ... (computed on first use).</summary>
    public Tensor this[string name]
    {
        get
        {
            if (values.TryGetValue(name, out var v)) return v;
            if (!JetVariable.TryParse(name, out var jet) || jet.T != 0)
                throw new KeyNotFoundException($"data jets hold x, t and pure x-derivatives of u, not '{name}'");
            // Cached for the object's lifetime, so kept out of any caller's dispose scope.
            var d = derivative.Apply(u, jet.X).reshape(-1).contiguous().DetachFromDisposeScope();
            values[name] = d;
            return d;
        }
    }

    public void Dispose()
    {
        foreach (var v in values.Values) v.Dispose();
        u.Dispose();
        derivative.Dispose();
    }
}
