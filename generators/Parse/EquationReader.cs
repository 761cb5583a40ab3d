using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PdeSym.Generators.Diagnostics;
using PdeSym.Generators.Expressions;
using PdeSym.Generators.Models;

namespace PdeSym.Generators.Parse;

/// <summary>
/// Reads the body of an [Equation] method into an <see cref="Expr"/>, checking it against the equation grammar:
/// + - * /, numbers, jet variables, x, t, class constants (const and static readonly), Math.Exp/Log/Sin/Cos/Sqrt
/// and Math.Pow with a constant exponent. Every violation becomes a diagnostic on its span; reading goes on
/// so that one build reports them all.
/// </summary>
internal sealed class EquationReader
{
    const int MaxConstantDepth = 16;
    static readonly string[] UnaryFunctions = { "Exp", "Log", "Sin", "Cos", "Sqrt" };

    readonly SemanticModel semanticModel;
    readonly INamedTypeSymbol pdeClass;
    readonly IReadOnlyDictionary<string, string?> parameters;
    readonly List<DiagnosticInfo> diagnostics;
    readonly List<ConstantModel> constants = new();
    int constantDepth;

    /// <param name="parameters">Parameter name to the symbol it stands for (x, t, or a canonical jet name); null for a parameter already reported.</param>
    public EquationReader(SemanticModel semanticModel, INamedTypeSymbol pdeClass, IReadOnlyDictionary<string, string?> parameters, List<DiagnosticInfo> diagnostics)
    {
        this.semanticModel = semanticModel;
        this.pdeClass = pdeClass;
        this.parameters = parameters;
        this.diagnostics = diagnostics;
    }

    /// <summary>The class constants read so far, in order of first use.</summary>
    public IReadOnlyList<ConstantModel> Constants => constants;

    /// <summary>The expression, or null when it is outside the grammar (diagnostics say where).</summary>
    public Expr? Read(ExpressionSyntax e)
    {
        var model = ModelFor(e);
        var constant = model.GetConstantValue(e);
        if (constant.HasValue && IsNumber(constant.Value))
        {
            RecordConstant(model.GetSymbolInfo(e).Symbol, Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture));
            return new Number(Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture));
        }

        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return Read(p.Expression);
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.UnaryMinusExpression):
                return Read(u.Operand) is { } negated ? new Negation(negated) : null;
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.UnaryPlusExpression):
                return Read(u.Operand);
            case BinaryExpressionSyntax b when Operator(b) is char op:
                {
                    var left = Read(b.Left);
                    var right = Read(b.Right);
                    return left != null && right != null ? new Binary(op, left, right) : null;
                }
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return ReadName(e, model);
            case InvocationExpressionSyntax call:
                return ReadCall(call, model);
            default:
                return Reject(e, Describe(e));
        }
    }

    Expr? ReadName(ExpressionSyntax e, SemanticModel model)
    {
        var symbol = model.GetSymbolInfo(e).Symbol;
        switch (symbol)
        {
            case IParameterSymbol parameter when parameters.TryGetValue(parameter.Name, out var name):
                // A parameter that is no jet variable is reported once, at its declaration.
                return name == null ? null : new Symbol(name);
            case IFieldSymbol { IsStatic: true, IsReadOnly: true } field when IsNumericType(field.Type):
                return ReadStaticReadonly(e, field);
            case IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } or IMethodSymbol { IsStatic: false }:
                return Reject(e, "it is an instance member, and an equation is static; use a const or static readonly double");
            case IFieldSymbol or IPropertySymbol:
                return Reject(e, "only const and static readonly numeric fields can be read; make it a const or static readonly double");
            case null:
                return Reject(e, "it does not name a jet variable, a coordinate or a class constant");
            default:
                return Reject(e, "it does not name a jet variable, a coordinate or a class constant");
        }
    }

    Expr? ReadStaticReadonly(ExpressionSyntax use, IFieldSymbol field)
    {
        var declarator = field.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().FirstOrDefault();
        if (declarator?.Initializer == null)
            return Reject(use, "its value is set outside an initializer, where the generator cannot read it; give the field an initializer");
        if (constantDepth >= MaxConstantDepth)
            return Reject(use, "its initializer refers to constants too deeply (a cycle?); initialise it with a number");
        constantDepth++;
        var value = Read(declarator.Initializer.Value);
        constantDepth--;
        if (value == null) return null;
        if (!value.IsConstant)
            return Reject(use, "its initializer is not constant; initialise it with a constant expression");
        double number = ConstantEvaluator.Evaluate(value);
        RecordConstant(field, number);
        return new Number(number);
    }

    Expr? ReadCall(InvocationExpressionSyntax call, SemanticModel model)
    {
        var method = model.GetSymbolInfo(call).Symbol as IMethodSymbol;
        bool isMath = method?.ContainingType?.ToDisplayString() == "System.Math";
        var arguments = call.ArgumentList.Arguments;
        if (!isMath || method == null)
            return Reject(call, "calls other than Math.Exp, Math.Log, Math.Sin, Math.Cos, Math.Sqrt and Math.Pow are not allowed");
        if (arguments.Any(a => a.NameColon != null || !a.RefKindKeyword.IsKind(SyntaxKind.None)))
            return Reject(call, "write the arguments of Math functions by position");
        if (UnaryFunctions.Contains(method.Name) && arguments.Count == 1)
            return Read(arguments[0].Expression) is { } argument ? new Call(method.Name.ToLowerInvariant(), argument) : null;
        if (method.Name == "Pow" && arguments.Count == 2)
        {
            var basis = Read(arguments[0].Expression);
            var exponent = Read(arguments[1].Expression);
            if (exponent != null && !exponent.IsConstant)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonConstantExponent,
                    LocationInfo.From(arguments[1].Expression), Short(arguments[1].Expression)));
                return null;
            }
            return basis != null && exponent != null ? new Power(basis, ConstantEvaluator.Evaluate(exponent)) : null;
        }
        return Reject(call, $"Math.{method.Name} is not among the allowed functions");
    }

    Expr? Reject(SyntaxNode node, string why)
    {
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OutsideGrammar, LocationInfo.From(node), Short(node), why));
        return null;
    }

    void RecordConstant(ISymbol? symbol, double value)
    {
        if (symbol is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.ContainingType, pdeClass)
            && !constants.Any(c => c.Name == field.Name))
            constants.Add(new ConstantModel(field.Name, value));
    }

    SemanticModel ModelFor(SyntaxNode node) =>
        node.SyntaxTree == semanticModel.SyntaxTree ? semanticModel : semanticModel.Compilation.GetSemanticModel(node.SyntaxTree);

    static char? Operator(BinaryExpressionSyntax b) => b.Kind() switch
    {
        SyntaxKind.AddExpression => '+',
        SyntaxKind.SubtractExpression => '-',
        SyntaxKind.MultiplyExpression => '*',
        SyntaxKind.DivideExpression => '/',
        _ => null,
    };

    static bool IsNumber(object? value) => value is double or float or int or long or short or byte or sbyte or uint or ulong or ushort or decimal;

    static bool IsNumericType(ITypeSymbol type) => type.SpecialType is SpecialType.System_Double or SpecialType.System_Single
        or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Decimal;

    static string Describe(ExpressionSyntax e) => e switch
    {
        LambdaExpressionSyntax or AnonymousMethodExpressionSyntax => "lambdas are not allowed",
        ConditionalExpressionSyntax => "conditional expressions are not allowed",
        CastExpressionSyntax => "casts are not allowed",
        BinaryExpressionSyntax => "only the operators + - * / are allowed",
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => "only unary + and - are allowed",
        AssignmentExpressionSyntax => "assignments are not allowed",
        ThisExpressionSyntax or BaseExpressionSyntax => "it is an instance member, and an equation is static",
        ElementAccessExpressionSyntax => "indexing is not allowed",
        ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax => "creating objects is not allowed",
        LiteralExpressionSyntax => "only numeric literals are allowed",
        SwitchExpressionSyntax => "switch expressions are not allowed",
        _ => "it is not part of the equation grammar",
    };

    static string Short(SyntaxNode node)
    {
        string text = node.ToString();
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
