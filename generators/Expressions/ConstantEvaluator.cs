using System;

namespace PdeSym.Generators.Expressions;

/// <summary>Value of an expression without symbols, in double arithmetic as the user's C# computes it.</summary>
internal static class ConstantEvaluator
{
    public static double Evaluate(Expr e) => e switch
    {
        Number n => n.Value,
        Negation n => -Evaluate(n.Operand),
        Power p => Math.Pow(Evaluate(p.Base), p.Exponent),
        Call c => Call.Apply(c.Function, Evaluate(c.Argument)),
        Binary { Op: '+' } b => Evaluate(b.Left) + Evaluate(b.Right),
        Binary { Op: '-' } b => Evaluate(b.Left) - Evaluate(b.Right),
        Binary { Op: '*' } b => Evaluate(b.Left) * Evaluate(b.Right),
        Binary { Op: '/' } b => Evaluate(b.Left) / Evaluate(b.Right),
        _ => throw new ArgumentException("not a constant expression: " + e),
    };
}
