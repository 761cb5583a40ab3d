using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// The Cole–Hopf transformation: if ψ > 0 solves the heat equation ψ_t = ν ψ_xx then u = −2ν ψ_x/ψ solves
/// Burgers' equation u_t + u u_x = ν u_xx. On a periodic grid the heat equation is solved exactly in Fourier
/// space, so Burgers data obtained this way carries no time-stepping error.
/// </summary>
public static class ColeHopf
{
    /// <summary>u = −2ν ψ_x / ψ, for ψ of shape [..., nx].</summary>
    public static Tensor ToBurgers(Tensor psi, double nu, SpectralDerivative derivative)
    {
        using var scope = NewDisposeScope();
        return (-2 * nu * derivative.Apply(psi, 1) / psi).MoveToOuterDisposeScope();
    }

    /// <summary>ψ(t) = exp(ν ∂x² t) ψ0 at each of <paramref name="times"/> (measured from ψ0's time): [batch, nt, nx].</summary>
    public static Tensor SolveHeat(Tensor psi0, PeriodicGrid grid, double nu, IReadOnlyList<double> times)
    {
        using var scope = NewDisposeScope();
        using var derivative = new SpectralDerivative(grid);
        var spectrum = fft.rfft(psi0, dim: -1);
        var k2 = derivative.SymbolTensor(2).real; // −k²
        var frames = times.Select(t => fft.irfft(spectrum * (nu * t * k2).exp(), n: grid.Nx, dim: -1)).ToArray();
        return stack(frames, dim: 1).MoveToOuterDisposeScope();
    }

    /// <summary>Burgers trajectories from heat fields ψ0 via the exact heat flow: [batch, nt, nx].</summary>
    public static Tensor SolveBurgers(Tensor psi0, PeriodicGrid grid, double nu, IReadOnlyList<double> times)
    {
        using var scope = NewDisposeScope();
        using var derivative = new SpectralDerivative(grid);
        return ToBurgers(SolveHeat(psi0, grid, nu, times), nu, derivative).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Whether an evolution form is Burgers' equation u_t = ν u_xx − u u_x (so that Cole–Hopf applies); gives ν.
    /// </summary>
    public static bool IsBurgers(EvolutionForm form, out double nu)
    {
        nu = form.Linear.Count > 2 ? form.Linear[2] : 0;
        bool onlyDiffusion = form.Linear.Select((c, k) => k == 2 ? c > 0 : c == 0).All(ok => ok) && nu > 0;
        string n = form.NonlinearText.Replace(" ", "", StringComparison.Ordinal);
        return onlyDiffusion && n is "-u*u_x" or "-(u*u_x)" or "-u_x*u" or "-1*u*u_x";
    }
}
