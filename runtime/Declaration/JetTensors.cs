using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym;

/// <summary>
/// Values of the jet at a set of points, as tensors: the coordinates x and t and derivatives of u.
/// Shapes must broadcast against each other (a residual sees them all at one shape).
/// </summary>
public sealed class JetTensors(Tensor x, Tensor t, IReadOnlyDictionary<JetVariable, Tensor> derivatives)
{
    public Tensor X { get; } = x;
    public Tensor T { get; } = t;
    public IReadOnlyDictionary<JetVariable, Tensor> Derivatives { get; } = derivatives;

    public Tensor this[JetVariable v] => Derivatives.TryGetValue(v, out var value)
        ? value
        : throw new KeyNotFoundException($"the jet has no {v.Name}; it holds {string.Join(", ", Derivatives.Keys.Select(k => k.Name))}");

    public Tensor this[string name] => JetVariable.TryParse(name, out var v)
        ? this[v]
        : throw new ArgumentException($"'{name}' is not a jet variable (u, u_x, u_t, u_xx, ...)", nameof(name));
}
