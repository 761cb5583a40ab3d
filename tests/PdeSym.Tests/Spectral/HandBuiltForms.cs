using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

/// <summary>
/// Evolution forms written out by hand, independent of the source generator: KdV for solver-level tests, and
/// Burgers with a viscosity (0.1) large enough to be resolved on a small grid.
/// </summary>
internal static class HandBuiltForms
{
    static readonly JetVariable U = JetVariable.U, Ux = new(1, 0);

    /// <summary>u_t + u u_x + u_xxx = 0.</summary>
    public static EvolutionForm KdV { get; } = new([0, 0, 0, -1], "-u*u_x", [U, Ux], j => -j[U] * j[Ux]);

    /// <summary>u_t + u u_x = ν u_xx.</summary>
    public static EvolutionForm Burgers(double nu) => new([0, 0, nu], "-u*u_x", [U, Ux], j => -j[U] * j[Ux]);
}
