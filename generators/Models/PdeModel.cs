using PdeSym.Generators.Expressions;

namespace PdeSym.Generators.Models;

/// <summary>
/// Everything the emitter needs about one [Pde] class, as values only (no symbols, no syntax), so that the
/// pipeline caches it and an unrelated edit does not re-run the emitter. Length and Duration are null where
/// [Domain] leaves them out (the runtime's default applies).
/// </summary>
internal sealed record PdeModel(
    string? Namespace,
    string ClassName,
    string Name,
    double? Length,
    double? Duration,
    EquatableArray<ConstantModel> Constants,
    Expr Equation,
    EquatableArray<JetVariableModel> Jet,
    bool UsesX,
    bool UsesT,
    EvolutionModel? Evolution)
{
    public string HintName => (Namespace == null ? "" : Namespace + ".") + ClassName + ".Pde.g.cs";
}
