using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

/// <summary>Evolution forms written out by hand, independent of the source generator.</summary>
internal static class HandBuiltForms
{
    static readonly JetVariable U = JetVariable.U, Ux = new(1, 0);

    /// <summary>u_t + u u_x + u_xxx = 0.</summary>
    public static EvolutionForm KdV { get; } = new([0, 0, 0, -1], "-u*u_x", [U, Ux], j => -j[U] * j[Ux]);

    /// <summary>u_t = ν u_xx.</summary>
    public static EvolutionForm Heat(double nu) => new([0, 0, nu], "0", [], j => zeros(1, dtype: float64));

    /// <summary>u_t + u u_x = ν u_xx.</summary>
    public static EvolutionForm Burgers(double nu) => new([0, 0, nu], "-u*u_x", [U, Ux], j => -j[U] * j[Ux]);

    /// <summary>u_t + e^{t/50}(u u_x + u_xxx) = 0: L is not constant, everything is in N.</summary>
    public static EvolutionForm NKdV { get; } = new([], "-exp(t/50)*(u*u_x+u_xxx)", [U, Ux, new(3, 0)],
        j => -(j.T / 50).exp() * (j[U] * j[Ux] + j[new JetVariable(3, 0)]));
}
