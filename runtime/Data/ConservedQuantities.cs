using PdeSym.Spectral;
using PdeSym.Symbolic;
using static TorchSharp.torch;

namespace PdeSym.Data;

/// <summary>
/// How well stored trajectories keep a conservation law: the integral I(t) = ∫₀ᴸ T dx of a density T(x, t, u, u_x, …)
/// at every stored time, x-derivatives taken spectrally on the periodic grid, and its drift from I(0). Simulated KdV
/// data keep mass, momentum and energy to about 1e-9; a density that reads x is conserved on the line only.
/// </summary>
public static class ConservedQuantities
{
    /// <summary>I[n, k] = ∫₀ᴸ T dx of trajectory n at time k (the periodic trapezoid rule: L times the grid mean).</summary>
    /// <param name="density">T in x, t, u and x-derivatives of u.</param>
    /// <param name="u">[N, nt, nx] float64 values on the grid.</param>
    /// <param name="times">The nt stored times.</param>
    /// <param name="grid">The periodic grid of the values.</param>
    public static Tensor Integrals(Expr density, Tensor u, IReadOnlyList<double> times, PeriodicGrid grid)
    {
        using var scope = NewDisposeScope();
        return (Values(density, u, times, grid).mean([-1]) * grid.Length).MoveToOuterDisposeScope();
    }

    // T at every grid point and stored time, [N, nt, nx].
    static Tensor Values(Expr density, Tensor u, IReadOnlyList<double> times, PeriodicGrid grid)
    {
        using var scope = NewDisposeScope();
        using var derivative = new SpectralDerivative(grid);
        if (u.shape.Length != 3 || u.shape[1] != times.Count)
            throw new ArgumentException($"expected u of shape [N, {times.Count}, {grid.Nx}], got [{string.Join(", ", u.shape)}]");
        Tensor Value(string name)
        {
            if (name == "x") return grid.X().reshape(1, 1, -1);
            if (name == "t") return tensor(times.ToArray(), dtype: float64).reshape(1, -1, 1);
            if (JetVariable.TryParse(name, out var j) && j.T == 0) return derivative.Apply(u, j.X);
            throw new UserFacingException($"the density {density.ToPlain()} reads '{name}'; a density on data may read x, t, u and x-derivatives of u");
        }
        return density.Evaluate(Value).expand_as(u).contiguous().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The largest drift max_k |I(t_k) − I(0)| over the trajectories, relative to the size of the density,
    /// max_k ∫|T| dx (not to I itself: the mass of zero-mean data is 0).
    /// </summary>
    public static double Drift(Expr density, Tensor u, IReadOnlyList<double> times, PeriodicGrid grid)
    {
        using var scope = NewDisposeScope();
        var values = Values(density, u, times, grid);
        var integrals = values.mean([-1]) * grid.Length;
        var change = (integrals - integrals[.., ..1]).abs().amax([1]);
        var size = (values.abs().mean([-1]) * grid.Length).amax([1]);
        return (change / size.clamp_min(1e-300)).max().item<double>();
    }
}
