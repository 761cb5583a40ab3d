using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>A family of random initial conditions, reproducible from a seed. Sample gives [count, nx] float64.</summary>
public abstract record InitialConditions
{
    /// <summary>Draws <paramref name="count"/> fields in order from <paramref name="random"/>.</summary>
    public abstract Tensor Sample(PeriodicGrid grid, int count, Random random);

    public Tensor Sample(PeriodicGrid grid, int count, int seed) => Sample(grid, count, new Random(seed));
}

/// <summary>
/// The LPSDA / paper initial data: u0(x) = Σ_j A_j sin(2π l_j x / L + φ_j), j = 1..Waves, with
/// A_j ~ U[-MaxAmplitude, MaxAmplitude), φ_j ~ U[0, 2π), l_j an integer uniform in [MinWavenumber, MaxWavenumber].
/// Per trajectory the draws are A (all waves), then φ, then l, as in the reference generator.
/// </summary>
public sealed record SineSeries(int Waves = 10, int MinWavenumber = 1, int MaxWavenumber = 2, double MaxAmplitude = 0.5)
    : InitialConditions
{
    public override Tensor Sample(PeriodicGrid grid, int count, Random random)
    {
        if (Waves < 1 || MinWavenumber < 0 || MaxWavenumber < MinWavenumber)
            throw new UserFacingException($"bad sine-series parameters: {this}");
        var x = grid.Points();
        var values = new double[count * grid.Nx];
        for (int b = 0; b < count; b++)
        {
            var a = Enumerable.Range(0, Waves).Select(_ => (2 * random.NextDouble() - 1) * MaxAmplitude).ToArray();
            var phi = Enumerable.Range(0, Waves).Select(_ => 2 * Math.PI * random.NextDouble()).ToArray();
            var l = Enumerable.Range(0, Waves).Select(_ => random.Next(MinWavenumber, MaxWavenumber + 1)).ToArray();
            for (int i = 0; i < grid.Nx; i++)
            {
                double u = 0;
                for (int j = 0; j < Waves; j++) u += a[j] * Math.Sin(2 * Math.PI * l[j] * x[i] / grid.Length + phi[j]);
                values[b * grid.Nx + i] = u;
            }
        }
        return tensor(values, dtype: float64).reshape(count, grid.Nx);
    }
}

/// <summary>
/// Burgers initial data as in the LPSDA generator: a sine series g is mapped to a positive heat field
/// ψ0 = exp(Scale·2·((g − min g)/(max g − min g) − ½)) (the inverse Cole–Hopf map of the reference code), and
/// u0 = −2ν ψ0_x / ψ0 is the Burgers field that ψ0 carries.
/// </summary>
public sealed record ColeHopfSineSeries(SineSeries Potential, double Nu, double Scale = 10) : InitialConditions
{
    /// <summary>The heat fields ψ0, [count, nx].</summary>
    public Tensor SampleHeat(PeriodicGrid grid, int count, Random random)
    {
        using var scope = NewDisposeScope();
        var g = Potential.Sample(grid, count, random);
        var shifted = g - g.amin([1], keepdim: true);
        var normalised = shifted / shifted.amax([1], keepdim: true);
        return (Scale * 2 * (normalised - 0.5)).exp().MoveToOuterDisposeScope();
    }

    public override Tensor Sample(PeriodicGrid grid, int count, Random random)
    {
        using var scope = NewDisposeScope();
        using var derivative = new SpectralDerivative(grid);
        return ColeHopf.ToBurgers(SampleHeat(grid, count, random), Nu, derivative).MoveToOuterDisposeScope();
    }
}
