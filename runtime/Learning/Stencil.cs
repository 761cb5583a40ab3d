namespace PdeSym.Learning;

/// <summary>
/// A rectangular neighbourhood of grid points around a centre: x offsets −HalfX..HalfX and t offsets −HalfT..HalfT
/// (in grid steps), listed t-major. The centre is point <see cref="Centre"/>.
/// </summary>
public sealed record Stencil(int HalfX, int HalfT)
{
    public int Width => 2 * HalfX + 1;
    public int Height => 2 * HalfT + 1;
    public int Size => Width * Height;
    public int Centre => Size / 2;

    /// <summary>(x offset, t offset) of every point, in order.</summary>
    public IReadOnlyList<(int X, int T)> Offsets { get; } = Enumerable.Range(-HalfT, 2 * HalfT + 1)
        .SelectMany(t => Enumerable.Range(-HalfX, 2 * HalfX + 1).Select(x => (x, t))).ToList();

    /// <summary>Neighbour pairs one grid step apart in x or in t (point indices), for smoothness penalties.</summary>
    public IReadOnlyList<(int A, int B)> NeighbourPairs()
    {
        var pairs = new List<(int, int)>();
        for (int i = 0; i < Size; i++)
        {
            var (x, t) = Offsets[i];
            if (x < HalfX) pairs.Add((i, i + 1));
            if (t < HalfT) pairs.Add((i, i + Width));
        }
        return pairs;
    }
}
