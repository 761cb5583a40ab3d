namespace PdeSym.Generators.Models;

/// <summary>A class constant the equation reads, with its value.</summary>
internal sealed record ConstantModel(string Name, double Value);
