using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PdeSym.Generators.Diagnostics;
using PdeSym.Generators.Expressions;
using PdeSym.Generators.Models;

namespace PdeSym.Generators.Parse;

/// <summary>
/// Reads one [Pde] class (its attributes, its [Equation] method and that method's body) into a
/// <see cref="PdeModel"/>, or into diagnostics that say what is wrong and where. Never throws.
/// </summary>
internal static class PdeParser
{
    public const string PdeAttribute = "PdeSym.PdeAttribute";
    const string DomainAttribute = "PdeSym.DomainAttribute";
    const string EquationAttribute = "PdeSym.EquationAttribute";

    // Records are classes too (AttributeUsage allows them); they are reported, not skipped.
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax;

    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        try
        {
            var (model, nameSite) = Read(context, type, declaration, diagnostics, cancellation);
            return new ParseResult(diagnostics.Any(d => d.Id != DiagnosticDescriptors.NoEvolutionForm.Id) ? null : model,
                nameSite, diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(declaration.Identifier),
                type.Name, e.GetType().Name + ": " + e.Message));
            return new ParseResult(null, null, diagnostics.ToEquatableArray());
        }
    }

    static (PdeModel?, PdeNameSite?) Read(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type,
        TypeDeclarationSyntax declaration, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var classLocation = LocationInfo.From(declaration.Identifier);

        var pde = context.Attributes[0];
        string? name = pde.ConstructorArguments.Length == 1 ? pde.ConstructorArguments[0].Value as string : null;
        var nameLocation = LocationInfo.From(NameArgument(pde)) ?? classLocation;
        PdeNameSite? nameSite = null;
        if (string.IsNullOrWhiteSpace(name) || name!.Any(char.IsWhiteSpace))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidName, nameLocation, name ?? ""));
        else
            nameSite = new PdeNameSite(name!, type.ToDisplayString(), nameLocation);

        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotPartial, classLocation, type.Name));
        string? shape = declaration is not ClassDeclarationSyntax ? "a record"
            : type.ContainingType != null ? "nested in another type"
            : type.IsGenericType ? "generic"
            : type.IsStatic ? "static"
            : type.IsAbstract ? "abstract"
            : null;
        if (shape != null)
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedClassShape, classLocation, type.Name, shape));

        var domain = ReadDomain(type, diagnostics);

        var equations = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == EquationAttribute))
            .ToList();
        if (equations.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoEquation, classLocation, type.Name));
            return (null, nameSite);
        }
        foreach (var extra in equations.Skip(1))
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeveralEquations, LocationInfo.From(extra.Locations[0]), type.Name));
        if (equations.Count > 1) return (null, nameSite);

        var method = equations[0];
        var methodSyntax = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellation)).OfType<MethodDeclarationSyntax>().FirstOrDefault();
        if (methodSyntax == null) return (null, nameSite);
        var methodLocation = LocationInfo.From(methodSyntax.Identifier);
        if (!method.IsStatic)
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EquationNotStatic, methodLocation, method.Name));
        if (method.ReturnType.SpecialType != SpecialType.System_Double)
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EquationNotDouble, LocationInfo.From(methodSyntax.ReturnType),
                method.Name, method.ReturnType.ToDisplayString()));

        var parameters = ReadParameters(method, diagnostics);

        var body = Body(methodSyntax, diagnostics);
        if (body == null) return (null, nameSite);
        var semanticModel = methodSyntax.SyntaxTree == context.SemanticModel.SyntaxTree
            ? context.SemanticModel
            : context.SemanticModel.Compilation.GetSemanticModel(methodSyntax.SyntaxTree);
        var reader = new EquationReader(semanticModel, type, parameters, diagnostics);
        var equation = reader.Read(body);
        if (equation == null || diagnostics.Count > 0) return (null, nameSite);

        var jet = EvolutionSplit.JetOf(equation);
        if (jet.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoUnknown, methodLocation, type.Name));
            return (null, nameSite);
        }

        var evolution = EvolutionSplit.Split(equation, out string? reason);
        if (evolution == null)
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoEvolutionForm, methodLocation, type.Name, reason ?? "unknown reason"));

        var symbols = new HashSet<string>(equation.Symbols());
        string? ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var model = new PdeModel(ns, type.Name, name ?? "", domain.Length, domain.Duration,
            reader.Constants.ToEquatableArray(), equation, jet, symbols.Contains("x"), symbols.Contains("t"), evolution);
        return (model, nameSite);
    }

    /// <summary>Parameter name to the symbol it stands for; reports names that are no jet variable.</summary>
    static Dictionary<string, string?> ReadParameters(IMethodSymbol method, List<DiagnosticInfo> diagnostics)
    {
        var result = new Dictionary<string, string?>();
        var seen = new Dictionary<string, string>();
        foreach (var parameter in method.Parameters)
        {
            var location = LocationInfo.From(parameter.Locations.FirstOrDefault() ?? Location.None);
            string? symbol = parameter.Name is "x" or "t" ? parameter.Name : JetVariableModel.TryParse(parameter.Name)?.Name;
            if (symbol == null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotAJetVariable, location, parameter.Name));
                result[parameter.Name] = null;
                continue;
            }
            if (parameter.Type.SpecialType != SpecialType.System_Double || parameter.RefKind != RefKind.None)
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterNotDouble, location, parameter.Name, parameter.ToDisplayString()));
            if (seen.TryGetValue(symbol, out var earlier))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateJetVariable, location, earlier, parameter.Name));
            else
                seen[symbol] = parameter.Name;
            result[parameter.Name] = symbol;
        }
        return result;
    }

    /// <summary>The one expression of the body: <c>=> e</c> or <c>{ return e; }</c>.</summary>
    static ExpressionSyntax? Body(MethodDeclarationSyntax method, List<DiagnosticInfo> diagnostics)
    {
        if (method.ExpressionBody != null) return method.ExpressionBody.Expression;
        if (method.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned })
            return returned;
        SyntaxNode where = method.Body?.Statements.FirstOrDefault(s => s is not ReturnStatementSyntax)
            ?? (SyntaxNode?)method.Body ?? method;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OutsideGrammar, LocationInfo.From(where),
            Short(where), "an equation body is one expression (=> e or { return e; }), without statements or loops"));
        return null;
    }

    /// <summary>The values [Domain] sets; null for those it leaves to the runtime's PdeDomain.Default.</summary>
    static (double? Length, double? Duration) ReadDomain(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        double? length = null, duration = null;
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == DomainAttribute);
        if (attribute == null) return (length, duration);
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Value is not double value) continue;
            if (double.IsNaN(value) || double.IsInfinity(value) || value <= 0)
            {
                var syntax = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
                    .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == argument.Key);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDomain,
                    LocationInfo.From(syntax) ?? LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax()),
                    argument.Key, value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            if (argument.Key == "Length") length = value;
            else if (argument.Key == "Duration") duration = value;
        }
        return (length, duration);
    }

    static SyntaxNode? NameArgument(AttributeData attribute) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()
        ?? attribute.ApplicationSyntaxReference?.GetSyntax();

    static string Short(SyntaxNode node)
    {
        string text = node.ToString();
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
