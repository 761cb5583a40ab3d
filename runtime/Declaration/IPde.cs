using static TorchSharp.torch;

namespace PdeSym;

/// <summary>
/// A declared PDE Δ(x, t, u, u_x, u_t, ...) = 0. Implemented by the source generator for every
/// <see cref="PdeAttribute"/> class.
/// </summary>
public interface IPde
{
    /// <summary>Name used on the command line.</summary>
    string Name { get; }

    PdeDomain Domain { get; }

    /// <summary>The class constants the equation reads, by name.</summary>
    IReadOnlyDictionary<string, double> Constants { get; }

    /// <summary>Δ in the plain expression syntax, constants substituted (<c>u_t + u*u_x + u_xxx</c>).</summary>
    string EquationText { get; }

    /// <summary>Human-readable form, e.g. <c>u_t + u u_x + u_xxx = 0</c>.</summary>
    string Pretty { get; }

    JetRequirements Jet { get; }

    /// <summary>Δ over tensors of the jet (all of one shape); differentiable.</summary>
    Tensor Residual(JetTensors jet);

    /// <summary>The evolution form u_t = L u + N, or null when the equation has none.</summary>
    EvolutionForm? Evolution { get; }
}
