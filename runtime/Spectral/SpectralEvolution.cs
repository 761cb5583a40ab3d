using System.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// An <see cref="EvolutionForm"/> u_t = L u + N bound to a periodic grid: the Fourier symbol of L per rfft bin
/// and N evaluated pseudo-spectrally (its jet from FFT derivatives). Counts the evaluations of N, the unit of
/// work of every integrator here ("right-hand-side calls").
/// </summary>
public sealed class SpectralEvolution : IDisposable
{
    readonly Tensor x;

    public SpectralEvolution(EvolutionForm form, PeriodicGrid grid, bool dealias = false)
    {
        Form = form;
        Grid = grid;
        Derivative = new SpectralDerivative(grid, dealias);
        LinearSymbol = Enumerable.Range(0, grid.Bins).Select(m =>
        {
            var sum = Complex.Zero;
            for (int k = 0; k < form.Linear.Count; k++)
                if (form.Linear[k] != 0) sum += form.Linear[k] * SpectralDerivative.Symbol(grid, m, k);
            return sum;
        }).ToArray();
        LinearTensor = SpectralDerivative.ComplexTensor(LinearSymbol).DetachFromDisposeScope();
        x = grid.X().DetachFromDisposeScope();
    }

    public EvolutionForm Form { get; }
    public PeriodicGrid Grid { get; }
    public SpectralDerivative Derivative { get; }

    /// <summary>The symbol of L on each rfft bin: Σ_k Linear[k] (ik)^k.</summary>
    public IReadOnlyList<Complex> LinearSymbol { get; }

    /// <summary><see cref="LinearSymbol"/> as a complex128 [bins] tensor.</summary>
    public Tensor LinearTensor { get; }

    /// <summary>True when L is zero, so that an exponential integrator gains nothing.</summary>
    public bool HasLinearPart => Form.Linear.Any(c => c != 0);

    /// <summary>Evaluations of N so far.</summary>
    public long NonlinearCalls { get; private set; }

    /// <summary>N at time t in physical space, [batch, nx].</summary>
    /// <param name="spectrum">The field's rfft, [batch, bins].</param>
    /// <param name="t">The time.</param>
    /// <param name="field">The field itself when the caller has it, which saves transforming it back.</param>
    public Tensor Nonlinear(Tensor spectrum, double t, Tensor? field = null)
    {
        NonlinearCalls++;
        using var scope = NewDisposeScope();
        var derivatives = new Dictionary<JetVariable, Tensor>();
        foreach (var v in Form.NonlinearJet)
        {
            if (v.T != 0)
                throw new InvalidOperationException($"the nonlinear part reads {v.Name}; an evolution form may read only x-derivatives of u");
            derivatives[v] = v.X == 0 && field is not null ? field : Derivative.FromSpectrum(spectrum, v.X);
        }
        var jet = new JetTensors(x, tensor(t, dtype: float64), derivatives);
        var n = Form.Nonlinear(jet);
        var shape = new long[] { spectrum.shape[0], Grid.Nx };
        if (n.dtype == ScalarType.Float64 && n.shape.SequenceEqual(shape) && n.is_contiguous()) return n.MoveToOuterDisposeScope();
        // N may not depend on u at all (heat: N = 0), so broadcast it to the field's shape.
        return n.to_type(ScalarType.Float64).expand(shape).contiguous().MoveToOuterDisposeScope();
    }

    /// <summary>rfft of N, de-aliased when the evolution was built with de-aliasing.</summary>
    public Tensor NonlinearSpectrum(Tensor spectrum, double t)
    {
        using var scope = NewDisposeScope();
        var n = fft.rfft(Nonlinear(spectrum, t), dim: -1);
        if (Derivative.Dealias) n = n * Derivative.DealiasMask;
        return n.MoveToOuterDisposeScope();
    }

    /// <summary>The full right-hand side L u + N in physical space ([batch, nx] in and out).</summary>
    public Tensor RightHandSide(Tensor u, double t)
    {
        using var scope = NewDisposeScope();
        var spectrum = fft.rfft(u, dim: -1);
        var linear = HasLinearPart ? fft.irfft(spectrum * LinearTensor, n: Grid.Nx, dim: -1) : zeros_like(u);
        var nonlinear = Derivative.Dealias
            ? fft.irfft(NonlinearSpectrum(spectrum, t), n: Grid.Nx, dim: -1)
            : Nonlinear(spectrum, t, u);
        return (linear + nonlinear).MoveToOuterDisposeScope();
    }

    public void Dispose()
    {
        Derivative.Dispose();
        LinearTensor.Dispose();
        x.Dispose();
    }
}
