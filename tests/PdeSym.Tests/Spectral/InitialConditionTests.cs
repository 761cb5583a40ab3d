using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

public class InitialConditionTests
{
    static readonly PeriodicGrid Grid = new(128, 256);

    [Fact]
    public void Sine_series_is_reproducible_from_the_seed_and_differs_between_seeds()
    {
        using var scope = NewDisposeScope();
        var series = new SineSeries(10, 1, 2);
        Assert.Equal(series.Sample(Grid, 3, 42).data<double>().ToArray(), series.Sample(Grid, 3, 42).data<double>().ToArray());
        Assert.False(series.Sample(Grid, 3, 42).allclose(series.Sample(Grid, 3, 43)));
    }

    [Fact]
    public void Sine_series_has_energy_only_on_the_allowed_wavenumbers_within_the_amplitude_bound()
    {
        using var scope = NewDisposeScope();
        var series = new SineSeries(5, 2, 3, MaxAmplitude: 0.5);
        var u = series.Sample(Grid, 20, 1);
        var spectrum = fft.rfft(u, dim: -1).abs() / (Grid.Nx / 2.0); // amplitude of each integer wavenumber
        Assert.Equal(0, spectrum[.., 0].max().item<double>(), 10);
        Assert.Equal(0, spectrum[.., 1].max().item<double>(), 10);
        Assert.Equal(0, spectrum[.., 4..].max().item<double>(), 10);
        Assert.True(spectrum[.., 2..4].max().item<double>() > 0.1);
        Assert.True(spectrum[.., 2..4].sum(1).max().item<double>() <= 5 * 0.5 + 1e-12);
    }
}
