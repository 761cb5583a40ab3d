using System;
using System.Collections.Generic;

namespace PdeSym.Generators.Expressions;

/// <summary>
/// The generator's small expression model of an equation body: numbers (class constants already substituted),
/// symbols (x, t and jet variables by canonical name), the four operations, negation, constant powers and the
/// allowed functions. Records, so that models holding a tree compare by value.
/// </summary>
internal abstract record Expr
{
    /// <summary>Every symbol name in the tree.</summary>
    public IEnumerable<string> Symbols()
    {
        var stack = new Stack<Expr>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Symbol s: yield return s.Name; break;
                case Binary b: stack.Push(b.Left); stack.Push(b.Right); break;
                case Negation n: stack.Push(n.Operand); break;
                case Power p: stack.Push(p.Base); break;
                case Call c: stack.Push(c.Argument); break;
            }
        }
    }

    public bool IsConstant
    {
        get { foreach (var _ in Symbols()) return false; return true; }
    }
}

internal sealed record Number(double Value) : Expr;

/// <summary>x, t, or a jet variable by its canonical name (u, u_x, u_t, ...).</summary>
internal sealed record Symbol(string Name) : Expr;

/// <summary>Left Op Right with Op one of + - * /.</summary>
internal sealed record Binary(char Op, Expr Left, Expr Right) : Expr;

internal sealed record Negation(Expr Operand) : Expr;

/// <summary>Base to a constant exponent.</summary>
internal sealed record Power(Expr Base, double Exponent) : Expr;

/// <summary>One of exp, log, sin, cos, sqrt applied to an argument.</summary>
internal sealed record Call(string Function, Expr Argument) : Expr
{
    public static readonly string[] Functions = { "exp", "log", "sin", "cos", "sqrt" };

    /// <summary>Value of the function at a number.</summary>
    public static double Apply(string function, double value) => function switch
    {
        "exp" => Math.Exp(value),
        "log" => Math.Log(value),
        "sin" => Math.Sin(value),
        "cos" => Math.Cos(value),
        "sqrt" => Math.Sqrt(value),
        _ => throw new ArgumentException("unknown function " + function),
    };
}
