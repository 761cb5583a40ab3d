using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// Band-limited resampling of periodic data: given values at nx scattered positions per row (one row per time),
/// finds the trigonometric polynomial of the grid's modes (the Nyquist mode left out: it vanishes at points half a
/// cell off the grid, so it cannot be recovered from them) that fits them in least squares, and evaluates it on
/// the grid. For a uniform shift of the grid this is the exact Fourier phase shift of the band-limited data.
/// </summary>
public static class PeriodicResampling
{
    /// <param name="positions">x of the samples, [rows, nx] (any real numbers; read modulo the period).</param>
    /// <param name="values">u at those positions, [rows, nx].</param>
    /// <param name="grid">The target grid.</param>
    /// <returns>u on the grid, [rows, nx] float64.</returns>
    public static Tensor ToGrid(Tensor positions, Tensor values, PeriodicGrid grid)
    {
        using var scope = NewDisposeScope();
        var shift = positions.to_type(ScalarType.Float64) - grid.X().to(positions.device);
        var perRow = shift.mean([1], keepdim: true);
        // Every row a uniform shift (translations, boosts, time shifts): a Fourier phase shift, O(nx log nx) per row.
        if ((shift - perRow).abs().max().item<double>() <= 1e-12 * grid.Length)
            return Shift(values.to_type(ScalarType.Float64), -perRow, grid).MoveToOuterDisposeScope();
        var coefficients = Fit(Basis(positions.to_type(ScalarType.Float64), grid), values.to_type(ScalarType.Float64));
        return Evaluate(grid.X().to(positions.device), coefficients, grid).MoveToOuterDisposeScope();
    }

    /// <summary>The band-limited interpolant of grid values evaluated at the positions, [rows, nx] (the inverse of <see cref="ToGrid"/>).</summary>
    public static Tensor FromGrid(Tensor positions, Tensor gridValues, PeriodicGrid grid)
    {
        using var scope = NewDisposeScope();
        var x = grid.X().to(positions.device).expand_as(gridValues);
        var coefficients = Fit(Basis(x, grid), gridValues.to_type(ScalarType.Float64));
        return Evaluate(positions.to_type(ScalarType.Float64), coefficients, grid).MoveToOuterDisposeScope();
    }

    /// <summary>u(x + s) for grid values u and a shift s per row ([rows, 1]); the Nyquist bin is dropped, as in the fit.</summary>
    static Tensor Shift(Tensor values, Tensor shift, PeriodicGrid grid)
    {
        var k = tensor(Enumerable.Range(0, grid.Bins).Select(m => m == grid.Nx / 2 ? 0.0 : grid.Wavenumber(m)).ToArray(), dtype: float64, device: values.device);
        var keep = tensor(Enumerable.Range(0, grid.Bins).Select(m => m == grid.Nx / 2 ? 0.0 : 1.0).ToArray(), dtype: float64, device: values.device);
        var angle = shift * k;
        var phase = complex(angle.cos() * keep, angle.sin() * keep);
        return fft.irfft(fft.rfft(values, dim: -1) * phase, n: grid.Nx, dim: -1);
    }

    static Tensor Evaluate(Tensor positions, Tensor coefficients, PeriodicGrid grid) =>
        matmul(Basis(positions.expand(coefficients.shape[0], -1), grid), coefficients.unsqueeze(-1)).squeeze(-1);

    /// <summary>Least squares through the normal equations, well conditioned for nearly uniform nodes.</summary>
    static Tensor Fit(Tensor basis, Tensor values)
    {
        var transposed = basis.transpose(-1, -2);
        return linalg.solve(matmul(transposed, basis), matmul(transposed, values.unsqueeze(-1))).squeeze(-1);
    }

    /// <summary>[rows, points, nx − 1]: 1, cos k_m x, sin k_m x for m = 1 .. nx/2 − 1.</summary>
    static Tensor Basis(Tensor positions, PeriodicGrid grid)
    {
        int half = grid.Nx / 2;
        var k = tensor(Enumerable.Range(1, half - 1).Select(grid.Wavenumber).ToArray(), dtype: float64, device: positions.device);
        var angle = positions.unsqueeze(-1) * k;
        return cat([ones_like(positions).unsqueeze(-1), angle.cos(), angle.sin()], -1);
    }
}
