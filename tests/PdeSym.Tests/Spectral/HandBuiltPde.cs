using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

/// <summary>An <see cref="IPde"/> written by hand around a hand-built evolution form (not registered in the catalogue).</summary>
internal sealed class HandBuiltPde(string name, PdeDomain domain, EvolutionForm? evolution, IReadOnlyDictionary<string, double>? constants = null) : IPde
{
    public string Name { get; } = name;
    public PdeDomain Domain { get; } = domain;
    public IReadOnlyDictionary<string, double> Constants { get; } = constants ?? new Dictionary<string, double>();
    public string EquationText => "u_t - (" + (Evolution?.NonlinearText ?? "?") + ")";
    public string Pretty => EquationText + " = 0";
    public JetRequirements Jet { get; } = new([], false, false);
    public Tensor Residual(JetTensors jet) => throw new NotSupportedException("not needed by the solver tests");
    public EvolutionForm? Evolution { get; } = evolution;
}
