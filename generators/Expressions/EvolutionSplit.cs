using System.Collections.Generic;
using System.Linq;
using PdeSym.Generators.Models;

namespace PdeSym.Generators.Expressions;

/// <summary>
/// Solves Δ = 0 for u_t when Δ is linear in u_t: Δ = C·u_t + R with C free of u_t gives u_t = −R/C, split into
/// the constant-coefficient x-derivative part L (terms c·∂x^k u with constant c) and N, the rest.
/// </summary>
internal static class EvolutionSplit
{
    const string TimeDerivative = "u_t";

    /// <summary>The evolution form, or null with the reason there is none.</summary>
    public static EvolutionModel? Split(Expr equation, out string? reason)
    {
        reason = null;
        foreach (var name in equation.Symbols().Distinct())
        {
            var v = JetVariableModel.TryParse(name);
            if (v != null && v.T > 0 && !(v.T == 1 && v.X == 0))
            {
                reason = $"it contains {v.Name}; u_t = F needs F to read only x-derivatives of u";
                return null;
            }
        }

        var expanded = Polynomial.Expand(equation);
        var withTime = new List<Monomial>();
        var rest = new List<Monomial>();
        foreach (var m in expanded.Terms)
        {
            foreach (var f in m.Factors)
            {
                if (f.Atom is Symbol { Name: TimeDerivative })
                {
                    if (f.Power != 1)
                    {
                        reason = $"it is not linear in u_t (u_t^{f.Power} appears)";
                        return null;
                    }
                }
                else if (f.Atom.Symbols().Contains(TimeDerivative))
                {
                    reason = $"u_t appears inside {InfixPrinter.Plain.Print(f.Atom)}, so the equation is not linear in u_t";
                    return null;
                }
            }
            if (m.Find(TimeDerivative) != null) withTime.Add(m.Without(TimeDerivative));
            else rest.Add(m);
        }
        var coefficient = Polynomial.Of(withTime);
        if (coefficient.IsZero)
        {
            reason = "it does not contain u_t";
            return null;
        }

        var right = Polynomial.Of(rest).Scale(-1).Times(coefficient.Reciprocal());
        var linear = new List<double>();
        var nonlinear = new List<Monomial>();
        foreach (var m in right.Terms)
        {
            var derivative = m.Factors.Count == 1 && m.Factors[0].Power == 1 && m.Factors[0].Atom is Symbol s
                ? JetVariableModel.TryParse(s.Name) : null;
            if (derivative != null && derivative.T == 0)
            {
                while (linear.Count <= derivative.X) linear.Add(0);
                linear[derivative.X] += m.Coefficient;
            }
            else nonlinear.Add(m);
        }
        while (linear.Count > 0 && linear[linear.Count - 1] == 0) linear.RemoveAt(linear.Count - 1);

        var n = Polynomial.Of(nonlinear).ToExpr();
        var jet = JetOf(n);
        return new EvolutionModel(linear.ToEquatableArray(), n, jet);
    }

    /// <summary>The jet variables an expression reads, in canonical order (by order, x's first).</summary>
    public static EquatableArray<JetVariableModel> JetOf(Expr e) => e.Symbols()
        .Select(JetVariableModel.TryParse)
        .Where(v => v != null)
        .Select(v => v!)
        .Distinct()
        .OrderBy(v => v.Order).ThenBy(v => v.T)
        .ToEquatableArray();
}
