using System.Runtime.CompilerServices;

namespace PdeSym.Symbolic;

/// <summary>The symbolic equation tree of a declared PDE: Δ parsed from <see cref="IPde.EquationText"/> (exact rationals).</summary>
public static class PdeEquation
{
    static readonly ConditionalWeakTable<IPde, Expr> cache = [];

    /// <summary>Δ of <c>Δ = 0</c> as an expression, e.g. <c>PdeCatalog.Get("kdv").Equation()</c>.</summary>
    public static Expr Equation(this IPde pde) => cache.GetValue(pde, p => Expr.Parse(p.EquationText));
}
