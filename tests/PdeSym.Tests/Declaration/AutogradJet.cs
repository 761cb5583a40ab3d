using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Tests.Declaration;

/// <summary>
/// The jet of a closed-form function u(x, t) at points, by automatic differentiation of the formula: an oracle
/// for derivatives that shares no code with the generated residual.
/// </summary>
internal static class AutogradJet
{
    public static JetTensors Of(Func<Tensor, Tensor, Tensor> u, Tensor x, Tensor t, IEnumerable<JetVariable> variables)
    {
        var xs = x.detach().clone().requires_grad_(true);
        var ts = t.detach().clone().requires_grad_(true);
        var value = u(xs, ts);
        var derivatives = new Dictionary<JetVariable, Tensor>();
        foreach (var v in variables)
        {
            var d = value;
            // Each point depends only on its own (x, t), so the gradient of the sum is the pointwise derivative.
            for (int i = 0; i < v.X; i++) d = autograd.grad([d.sum()], [xs], retain_graph: true, create_graph: true)[0];
            for (int i = 0; i < v.T; i++) d = autograd.grad([d.sum()], [ts], retain_graph: true, create_graph: true)[0];
            derivatives[v] = d.detach();
        }
        return new JetTensors(x, t, derivatives);
    }

    /// <summary>Points spread over a box, from a fixed seed.</summary>
    public static (Tensor X, Tensor T) Points(int n, double x0, double x1, double t0, double t1, int seed)
    {
        var generator = new TorchSharp.torch.Generator((ulong)seed);
        var x = x0 + (x1 - x0) * rand(n, dtype: float64, generator: generator);
        var t = t0 + (t1 - t0) * rand(n, dtype: float64, generator: generator);
        return (x, t);
    }
}
