using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Tests.Foundation;

/// <summary>TorchSharp initialises and computes correctly on this machine (the native repair worked).</summary>
public class TorchSharpTests
{
    [Fact]
    public void Autograd_of_sum_of_cubes_is_three_x_squared()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new double[] { -1.5, 0.0, 0.5, 2.0 }, requires_grad: true);
        var y = x.pow(3).sum();
        y.backward();
        var grad = x.grad!.data<double>().ToArray();
        double[] expected = [3 * 2.25, 0.0, 3 * 0.25, 3 * 4.0];
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], grad[i], 12);
    }

    [Fact]
    public void Fft_of_a_sine_peaks_at_its_wavenumber()
    {
        using var scope = NewDisposeScope();
        const int n = 64, k = 5;
        var x = linspace(0, 2 * Math.PI, n + 1, dtype: float64)[..n];
        var spectrum = fft.rfft(sin(k * x)).abs();
        long peak = spectrum.argmax().item<long>();
        Assert.Equal(k, peak);
        // |rfft(sin(kx))| at bin k is n/2 exactly.
        Assert.Equal(n / 2.0, spectrum[k].item<double>(), 9);
    }
}
