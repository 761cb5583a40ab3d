using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace PdeSym.Operators;

/// <summary>
/// A one-dimensional Fourier neural operator (Li et al. 2021, as in the LPSDA experiments): maps the last
/// <see cref="History"/> stored times of a periodic field, [batch, history, nx], to the next <see cref="Future"/>,
/// [batch, future, nx]. Pointwise lifting to <c>width</c> channels, <c>layers</c> Fourier layers
/// (spectral convolution + pointwise linear, GELU between), pointwise projection through 128 hidden units.
/// Equivariant to translations of the grid, resolution-independent in nx.
/// </summary>
public sealed class Fno1d : Module<Tensor, Tensor>
{
    readonly Linear lift, projectHidden, projectOut;
    readonly ModuleList<SpectralConvolution1d> spectral;
    readonly ModuleList<Conv1d> pointwise;

    public int History { get; }
    public int Future { get; }

    public Fno1d(int history, int future, int width = 32, int modes = 16, int layers = 4, ScalarType dtype = ScalarType.Float32)
        : base(nameof(Fno1d))
    {
        if (history < 1 || future < 1 || width < 1 || layers < 1) throw new ArgumentException("history, future, width and layers must be positive");
        History = history;
        Future = future;
        lift = Linear(history, width, dtype: dtype);
        spectral = new ModuleList<SpectralConvolution1d>(Enumerable.Range(0, layers).Select(_ => new SpectralConvolution1d(width, width, modes, dtype)).ToArray());
        pointwise = new ModuleList<Conv1d>(Enumerable.Range(0, layers).Select(_ => Conv1d(width, width, 1, dtype: dtype)).ToArray());
        projectHidden = Linear(width, 128, dtype: dtype);
        projectOut = Linear(128, future, dtype: dtype);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        if (input.dim() != 3 || input.shape[1] != History)
            throw new ArgumentException($"expected [batch, {History}, nx], got [{string.Join(", ", input.shape)}]");
        var h = lift.call(input.permute(0, 2, 1)).permute(0, 2, 1); // [batch, width, nx]
        for (int l = 0; l < spectral.Count; l++)
        {
            h = spectral[l].call(h) + pointwise[l].call(h);
            if (l < spectral.Count - 1) h = functional.gelu(h);
        }
        var p = functional.gelu(projectHidden.call(h.permute(0, 2, 1)));
        return projectOut.call(p).permute(0, 2, 1).contiguous().MoveToOuterDisposeScope();
    }
}
