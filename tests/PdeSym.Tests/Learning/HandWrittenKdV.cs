using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>KdV u_t + u u_x + u_xxx = 0 written by hand against <see cref="IPde"/>, so the learner is tested
/// independently of the source generator.</summary>
public sealed class HandWrittenKdV : IPde
{
    static readonly JetVariable U = new(0, 0), Ut = new(0, 1), Ux = new(1, 0), Uxxx = new(3, 0);

    public string Name => "kdv-by-hand";
    public PdeDomain Domain { get; } = new(128, 100);
    public IReadOnlyDictionary<string, double> Constants { get; } = new Dictionary<string, double>();
    public string EquationText => "u_t + u*u_x + u_xxx";
    public string Pretty => "u_t + u u_x + u_xxx = 0";
    public JetRequirements Jet { get; } = new([U, Ut, Ux, Uxxx], UsesX: false, UsesT: false);
    public Tensor Residual(JetTensors jet) => jet[Ut] + jet[U] * jet[Ux] + jet[Uxxx];
    public EvolutionForm? Evolution { get; } = new([0, 0, 0, -1], "-u*u_x", [U, Ux], jet => -jet[U] * jet[Ux]);
}
