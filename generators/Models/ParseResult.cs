namespace PdeSym.Generators.Models;

/// <summary>The outcome of reading one [Pde] class: a model when it is valid, and its diagnostics.</summary>
internal sealed record ParseResult(PdeModel? Model, PdeNameSite? NameSite, EquatableArray<DiagnosticInfo> Diagnostics);
