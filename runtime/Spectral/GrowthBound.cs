using System.Numerics;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// How large a simulated trajectory may become before it counts as blown up although still finite: an unstable
/// step carries KdV from |u| ≈ 6 to 1e8 and 8e114 in three stored times, and a run that ends there holds no NaN.
/// The bound is the energy estimate of u_t = L u + N when N conserves ∫u² (u u_x, u² u_x, u_xxx, e^(t/50)(u u_x + u_xxx):
/// every catalogue equation; cKdV's u/(2T) and viscosity only dissipate): ‖u(t)‖ ≤ e^(γ(t − t0)) ‖u0‖, with ‖u‖ the
/// Euclidean norm of the nx grid values and γ ≥ 0 the fastest growth rate Re L̂(k) of L on the grid (KS: 1/4).
/// A trajectory is flagged past <see cref="Factor"/> times that bound, room for equations whose N feeds energy in
/// (reactions, sources). ‖u0‖ is the batch's largest, so a trajectory that starts near zero is measured on its
/// neighbours' scale. Past e^50 no growth counts as data, so an ill-posed equation (backward diffusion) is flagged too.
/// </summary>
public sealed class GrowthBound
{
    public const double DefaultFactor = 100;

    /// <summary>The estimate's e^(γt) is capped at e^50 ≈ 5e21: growth past that is not data, whatever L allows.</summary>
    public const double MaxLogAmplification = 50;

    readonly double scale;

    /// <param name="initial">Initial conditions, [batch, nx].</param>
    /// <param name="linearSymbol">The symbol of L per rfft bin (<see cref="SpectralEvolution.LinearSymbol"/>).</param>
    /// <param name="start">The time of <paramref name="initial"/>.</param>
    /// <param name="factor">Allowed multiple of the energy estimate; positive infinity switches the check off.</param>
    public GrowthBound(Tensor initial, IReadOnlyList<Complex> linearSymbol, double start, double factor = DefaultFactor)
    {
        if (!(factor >= 1)) throw new ArgumentOutOfRangeException(nameof(factor), "the growth factor must be at least 1");
        using (NewDisposeScope())
            scale = Norms(initial).max().item<double>();
        Rate = Math.Max(0, linearSymbol.Count == 0 ? 0 : linearSymbol.Max(s => s.Real));
        Start = start;
        Factor = factor;
    }

    public double Factor { get; }

    /// <summary>The time of the initial data.</summary>
    public double Start { get; }

    /// <summary>
    /// True when L alone amplifies some grid mode by more than e^<see cref="MaxLogAmplification"/> by that time: the
    /// equation, not the integrator, makes the growth (backward diffusion u_t = −ν u_xx is ill-posed).
    /// </summary>
    public bool LinearPartExplodes(double time) => Rate * (time - Start) > MaxLogAmplification;

    /// <summary>γ: the fastest exponential growth of L on the grid (0 when L only disperses or damps).</summary>
    public double Rate { get; }

    /// <summary>The largest ‖u‖ allowed at time t (infinite when the initial data are all zero: nothing to measure by).</summary>
    public double Limit(double time) => scale > 0
        ? Factor * scale * Math.Exp(Math.Min(MaxLogAmplification, Rate * Math.Max(0, time - Start)))
        : double.PositiveInfinity;

    /// <summary>‖u‖ = √(Σ_i u_i²) of each trajectory of <paramref name="u"/> ([batch, nx]), as a [batch] tensor.</summary>
    public static Tensor Norms(Tensor u) => u.square().sum(1).sqrt();

    /// <summary>The first trajectory of <paramref name="frame"/> ([batch, nx]) whose norm is past the limit at that time, with that norm.</summary>
    public (int Trajectory, double Norm)? FirstBeyond(Tensor frame, double time)
    {
        double limit = Limit(time);
        if (double.IsPositiveInfinity(limit)) return null;
        using var scope = NewDisposeScope();
        var norms = Norms(frame);
        var beyond = norms.gt(limit);
        if (!beyond.any().item<bool>()) return null;
        int trajectory = (int)beyond.to_type(ScalarType.Int64).argmax().item<long>();
        return (trajectory, norms[trajectory].item<double>());
    }
}
