using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// A uniform periodic grid x_j = j·L/nx, j = 0..nx-1 (the endpoint L is the same point as 0), as in the
/// LPSDA data. Spectral methods here need an even number of points.
/// </summary>
public sealed record PeriodicGrid
{
    public PeriodicGrid(double length, int nx)
    {
        if (!(length > 0) || double.IsInfinity(length))
            throw new UserFacingException($"the domain length must be a positive number, got {length}");
        if (nx < 4 || nx % 2 != 0)
            throw new UserFacingException(
                $"nx = {nx} is not supported: the spectral solver needs an even number of grid points, at least 4 (e.g. 64, 128, 256)");
        Length = length;
        Nx = nx;
    }

    public double Length { get; }
    public int Nx { get; }
    public double Dx => Length / Nx;

    /// <summary>Number of rfft bins, nx/2 + 1.</summary>
    public int Bins => Nx / 2 + 1;

    public double[] Points() => Enumerable.Range(0, Nx).Select(j => j * Dx).ToArray();

    /// <summary>The grid points as a float64 [nx] tensor.</summary>
    public Tensor X() => tensor(Points(), dtype: float64);

    /// <summary>Angular wavenumber of rfft bin m: 2π m / L.</summary>
    public double Wavenumber(int bin) => 2 * Math.PI * bin / Length;
}
