using PdeSym.Generators.Expressions;

namespace PdeSym.Generators.Models;

/// <summary>u_t = Σ_k Linear[k] ∂x^k u + Nonlinear, with Linear constant.</summary>
internal sealed record EvolutionModel(EquatableArray<double> Linear, Expr Nonlinear, EquatableArray<JetVariableModel> NonlinearJet);
