namespace PdeSym.Generators.Models;

/// <summary>A declared PDE name and where it is written, to find names declared twice.</summary>
internal sealed record PdeNameSite(string Name, string ClassName, LocationInfo? Location);
