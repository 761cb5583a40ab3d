using System.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// x-derivatives of any order on a <see cref="PeriodicGrid"/> by FFT, batched over the leading dimensions
/// (input [..., nx], output the same shape). The Nyquist mode of an odd derivative is set to zero, which keeps
/// the derivative of a real field real and its matrix skew-symmetric (so ∫u is conserved exactly by u u_x).
/// </summary>
public sealed class SpectralDerivative : IDisposable
{
    readonly Dictionary<int, Tensor> symbols = new();

    public SpectralDerivative(PeriodicGrid grid, bool dealias = false)
    {
        Grid = grid;
        var mask = new double[grid.Bins];
        // 2/3 rule: keep |m| <= nx/3.
        for (int m = 0; m < grid.Bins; m++) mask[m] = !dealias || m <= grid.Nx / 3 ? 1.0 : 0.0;
        DealiasMask = tensor(mask, dtype: float64).DetachFromDisposeScope();
        Dealias = dealias;
    }

    public PeriodicGrid Grid { get; }
    public bool Dealias { get; }

    /// <summary>1 on the bins kept by the 2/3 rule (all ones when de-aliasing is off), [bins].</summary>
    public Tensor DealiasMask { get; }

    /// <summary>The Fourier symbol (ik)^order of rfft bin m, with the Nyquist bin of odd orders zeroed.</summary>
    public static Complex Symbol(PeriodicGrid grid, int bin, int order)
    {
        if (order == 0) return Complex.One;
        if (order % 2 == 1 && bin == grid.Nx / 2) return Complex.Zero;
        return Complex.Pow(new Complex(0, grid.Wavenumber(bin)), order);
    }

    /// <summary>(ik)^order over all rfft bins as a complex128 [bins] tensor (cached).</summary>
    public Tensor SymbolTensor(int order)
    {
        if (order < 0) throw new ArgumentOutOfRangeException(nameof(order), "derivative order must be >= 0");
        if (symbols.TryGetValue(order, out var cached)) return cached;
        var values = Enumerable.Range(0, Grid.Bins).Select(m => Symbol(Grid, m, order)).ToArray();
        var symbol = ComplexTensor(values).DetachFromDisposeScope();
        symbols[order] = symbol;
        return symbol;
    }

    /// <summary>∂x^order of u ([..., nx], float64).</summary>
    public Tensor Apply(Tensor u, int order)
    {
        using var scope = NewDisposeScope();
        CheckShape(u);
        if (order == 0) return u.clone().MoveToOuterDisposeScope();
        return FromSpectrum(fft.rfft(u, dim: -1), order).MoveToOuterDisposeScope();
    }

    /// <summary>∂x^order of the field whose rfft is <paramref name="spectrum"/>.</summary>
    public Tensor FromSpectrum(Tensor spectrum, int order) =>
        fft.irfft(order == 0 ? spectrum : spectrum * SymbolTensor(order), n: Grid.Nx, dim: -1);

    internal void CheckShape(Tensor u)
    {
        if (u.shape.Length == 0 || u.shape[^1] != Grid.Nx)
            throw new ArgumentException($"expected a field with last dimension nx = {Grid.Nx}, got shape [{string.Join(", ", u.shape)}]");
    }

    internal static Tensor ComplexTensor(IReadOnlyList<Complex> values) =>
        complex(tensor(values.Select(v => v.Real).ToArray(), dtype: float64),
                tensor(values.Select(v => v.Imaginary).ToArray(), dtype: float64));

    public void Dispose()
    {
        foreach (var s in symbols.Values) s.Dispose();
        symbols.Clear();
        DealiasMask.Dispose();
    }
}
