using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PdeSym.Generators.Emit;
using PdeSym.Generators.Models;
using PdeSym.Generators.Parse;

namespace PdeSym.Generators;

/// <summary>
/// Implements <c>IPde</c> for every <c>[Pde]</c> class: Parse (syntax + semantics -> equatable model and
/// diagnostics) -> Emit (model -> C#). Diagnostics travel on their own outputs so the source output stays cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PdeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Gather: one parse result per [Pde] class.
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(PdeParser.PdeAttribute, PdeParser.IsCandidate, PdeParser.Parse)
            .WithTrackingName(StepNames.Parse);

        // Output diagnostics of each declaration.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(StepNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var d in list) spc.ReportDiagnostic(d.ToDiagnostic());
        });

        // Output diagnostics across declarations: one name, two PDEs.
        var duplicates = parsed
            .Select(static (result, _) => result.NameSite)
            .Where(static site => site != null)
            .WithTrackingName(StepNames.NameSites)
            .Collect()
            .Select(static (sites, _) => DuplicateNames.Find(sites!))
            .WithTrackingName(StepNames.DuplicateNames);
        context.RegisterSourceOutput(duplicates, static (spc, list) =>
        {
            foreach (var d in list) spc.ReportDiagnostic(d.ToDiagnostic());
        });

        // Generate: the IPde implementation of each valid declaration.
        var models = parsed
            .Select(static (result, _) => result.Model)
            .Where(static model => model != null)
            .WithTrackingName(StepNames.Models);
        context.RegisterSourceOutput(models, static (spc, model) => spc.AddSource(model!.HintName, PdeEmitter.Emit(model)));
    }
}
