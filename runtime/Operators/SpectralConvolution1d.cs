using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace PdeSym.Operators;

/// <summary>
/// The Fourier layer of an FNO: rfft over x, a learned complex matrix (in → out channels) on each of the lowest
/// <see cref="Modes"/> bins, the other bins dropped, irfft back. Input and output [batch, channels, nx].
/// The complex weights are kept as real and imaginary parameters (optimisers see real tensors).
/// </summary>
public sealed class SpectralConvolution1d : nn.Module<Tensor, Tensor>
{
    readonly Parameter real, imaginary;

    public int Modes { get; }

    public SpectralConvolution1d(int inChannels, int outChannels, int modes, ScalarType dtype = ScalarType.Float32)
        : base(nameof(SpectralConvolution1d))
    {
        if (inChannels < 1 || outChannels < 1 || modes < 1) throw new ArgumentException("channels and modes must be positive");
        Modes = modes;
        double scale = 1.0 / (inChannels * outChannels);
        real = new Parameter(rand([inChannels, outChannels, modes], dtype) * scale);
        imaginary = new Parameter(rand([inChannels, outChannels, modes], dtype) * scale);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        long n = input.shape[^1], bins = n / 2 + 1;
        if (Modes > bins) throw new ArgumentException($"{Modes} Fourier modes need nx >= {2 * (Modes - 1)}, got nx = {n}");
        var spectrum = fft.rfft(input, dim: -1)[.., .., ..Modes];
        var a = spectrum.real;
        var b = spectrum.imag;
        // (a + ib)(c + id) summed over input channels, per mode.
        var outReal = einsum("bim,iom->bom", a, real) - einsum("bim,iom->bom", b, imaginary);
        var outImaginary = einsum("bim,iom->bom", a, imaginary) + einsum("bim,iom->bom", b, real);
        var padding = zeros([input.shape[0], outReal.shape[1], bins - Modes], outReal.dtype, input.device);
        var full = complex(cat([outReal, padding], -1), cat([outImaginary, padding], -1));
        return fft.irfft(full, n: n, dim: -1).MoveToOuterDisposeScope();
    }
}
