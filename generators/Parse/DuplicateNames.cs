using System;
using System.Collections.Immutable;
using System.Linq;
using PdeSym.Generators.Diagnostics;
using PdeSym.Generators.Models;

namespace PdeSym.Generators.Parse;

/// <summary>PDE names must be unique in a compilation (the catalogue finds PDEs by name, ignoring case).</summary>
internal static class DuplicateNames
{
    public static EquatableArray<DiagnosticInfo> Find(ImmutableArray<PdeNameSite> sites) => sites
        .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
        .Where(g => g.Count() > 1)
        .SelectMany(g => g.Skip(1).Select(s => DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, s.Location,
            s.Name, g.First().ClassName, s.ClassName)))
        .ToEquatableArray();
}
