using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PdeSym.Generators.Diagnostics;

/// <summary>
/// Every diagnostic of the PDE generator. IDs are stable and never reused; each is listed in
/// AnalyzerReleases.Shipped.md / Unshipped.md. Each message names the problem and the fix.
/// </summary>
public static class DiagnosticDescriptors
{
    const string Category = "PdeSym.Declaration";

    static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotPartial = Error("PDESYM001",
        "PDE class must be partial",
        "The [Pde] class '{0}' must be partial so the generator can implement IPde in it; add the 'partial' modifier");

    public static readonly DiagnosticDescriptor NoEquation = Error("PDESYM002",
        "PDE class has no [Equation] method",
        "The [Pde] class '{0}' has no [Equation] method; add one, e.g. [Equation] public static double Residual(double u, double u_t, double u_x) => u_t + u * u_x;");

    public static readonly DiagnosticDescriptor SeveralEquations = Error("PDESYM003",
        "PDE class has more than one [Equation] method",
        "The [Pde] class '{0}' has more than one [Equation] method; keep [Equation] on exactly one method");

    public static readonly DiagnosticDescriptor EquationNotStatic = Error("PDESYM004",
        "Equation method must be static",
        "The [Equation] method '{0}' must be static; add the 'static' modifier");

    public static readonly DiagnosticDescriptor EquationNotDouble = Error("PDESYM005",
        "Equation method must return double",
        "The [Equation] method '{0}' returns '{1}'; make it return double (the residual Δ of Δ = 0)");

    public static readonly DiagnosticDescriptor NotAJetVariable = Error("PDESYM006",
        "Parameter is not a jet variable",
        "Parameter '{0}' is not a jet variable of this PDE; name parameters x, t, u or u_ followed by x's and t's (u_x, u_t, u_xx, u_xt, ...)");

    public static readonly DiagnosticDescriptor ParameterNotDouble = Error("PDESYM007",
        "Jet parameter must be double",
        "Parameter '{0}' has type '{1}'; declare jet variables as double");

    public static readonly DiagnosticDescriptor OutsideGrammar = Error("PDESYM008",
        "Construct outside the equation grammar",
        "'{0}' is not allowed in an equation: {1}. Write the residual as one expression of + - * /, numbers, jet variables, x, t, class constants and Math.Exp/Log/Sin/Cos/Sqrt/Pow");

    public static readonly DiagnosticDescriptor NonConstantExponent = Error("PDESYM009",
        "Math.Pow exponent must be constant",
        "The exponent '{0}' of Math.Pow is not constant; use a number or a class constant as the exponent");

    public static readonly DiagnosticDescriptor NoUnknown = Error("PDESYM010",
        "Equation does not involve u",
        "The equation of '{0}' does not involve u or any of its derivatives; use the jet variables (u, u_t, u_x, ...) in the residual");

    public static readonly DiagnosticDescriptor DuplicateName = Error("PDESYM011",
        "Duplicate PDE name",
        "The PDE name '{0}' is declared by both '{1}' and '{2}'; give each [Pde] class its own name");

    public static readonly DiagnosticDescriptor InvalidDomain = Error("PDESYM012",
        "Invalid domain value",
        "Domain {0} = {1} is invalid; it must be a finite number greater than 0");

    public static readonly DiagnosticDescriptor NoEvolutionForm = new("PDESYM013",
        "Equation has no evolution form",
        "The equation of '{0}' has no evolution form u_t = L u + N: {1}; solvers are not generated for it (the residual still is). Write the equation linear in u_t with a coefficient free of u_t to get them.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidName = Error("PDESYM014",
        "Invalid PDE name",
        "The PDE name '{0}' is invalid; use a non-empty name without spaces, e.g. [Pde(\"kdv\")]");

    public static readonly DiagnosticDescriptor DuplicateJetVariable = Error("PDESYM015",
        "Jet variable declared twice",
        "Parameters '{0}' and '{1}' are the same jet variable; keep one of them");

    public static readonly DiagnosticDescriptor UnsupportedClassShape = Error("PDESYM016",
        "PDE class shape not supported",
        "The [Pde] class '{0}' is {1}; declare it as a top-level, non-generic, non-static, non-abstract class");

    public static readonly DiagnosticDescriptor InternalError = Error("PDESYM017",
        "PDE generator failed",
        "The PDE generator could not process '{0}' ({1}); please report this with the declaration");

    static readonly Dictionary<string, DiagnosticDescriptor> byId = new[]
    {
        NotPartial, NoEquation, SeveralEquations, EquationNotStatic, EquationNotDouble, NotAJetVariable, ParameterNotDouble,
        OutsideGrammar, NonConstantExponent, NoUnknown, DuplicateName, InvalidDomain, NoEvolutionForm, InvalidName,
        DuplicateJetVariable, UnsupportedClassShape, InternalError,
    }.ToDictionary(d => d.Id);

    internal static DiagnosticDescriptor ById(string id) => byId[id];
}
