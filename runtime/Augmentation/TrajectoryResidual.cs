using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// The declared residual Δ evaluated on a gridded trajectory: x-derivatives spectrally, u_t by central differences
/// in time (second order), so the result is available at the interior times 1 .. nt − 2, [nt − 2, nx].
/// It measures whether a resampled trajectory still solves the PDE.
/// </summary>
public static class TrajectoryResidual
{
    /// <summary>Δ at the interior times, [nt − 2, nx]; <paramref name="u"/> is [nt, nx] at equally spaced times firstTime + j·dt.</summary>
    public static Tensor Evaluate(IPde pde, Tensor u, PeriodicGrid grid, double firstTime, double dt)
    {
        if (u.dim() != 2 || u.shape[0] < 3 || u.shape[1] != grid.Nx)
            throw new ArgumentException($"expected a trajectory [nt >= 3, {grid.Nx}], got [{string.Join(", ", u.shape)}]", nameof(u));
        if (pde.Jet.MaxOrderT > 1) throw new ArgumentException($"'{pde.Name}' needs t-derivatives of order {pde.Jet.MaxOrderT}; only u_t and its x-derivatives are formed");
        using var scope = NewDisposeScope();
        using var derivative = new SpectralDerivative(grid);
        int nt = (int)u.shape[0];
        var interior = u[1..^1];
        var ut = (u[2..] - u[..^2]) / (2 * dt);
        var jet = new Dictionary<JetVariable, Tensor>();
        foreach (var v in pde.Jet.Variables.Append(JetVariable.U).Distinct())
            jet[v] = derivative.Apply(v.T == 0 ? interior : ut, v.X);
        var t = (tensor(Enumerable.Range(1, nt - 2).Select(j => firstTime + j * dt).ToArray(), dtype: float64)).unsqueeze(1).expand(nt - 2, grid.Nx);
        var x = grid.X().unsqueeze(0).expand(nt - 2, grid.Nx);
        return pde.Residual(new JetTensors(x, t, jet)).MoveToOuterDisposeScope();
    }
}
