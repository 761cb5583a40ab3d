using System;
using PdeSym.Generators.Expressions;

namespace PdeSym.Generators.Emit;

/// <summary>
/// Prints an expression as C# over TorchSharp tensors. Symbols are locals holding tensors; parts that involve
/// only numbers stay double arithmetic (as in the user's method), so each node reports whether it is a tensor.
/// </summary>
internal static class TensorCode
{
    const string Torch = "global::TorchSharp.torch.";
    const string MathType = "global::System.Math.";

    public static string Print(Expr e, out bool isTensor)
    {
        switch (e)
        {
            case Number n:
                isTensor = false;
                return n.Value < 0 ? "(" + NumberFormat.CSharp(n.Value) + ")" : NumberFormat.CSharp(n.Value);
            case Symbol s:
                isTensor = true;
                return s.Name;
            case Negation neg:
                return "(-" + Print(neg.Operand, out isTensor) + ")";
            case Binary b:
                {
                    string left = Print(b.Left, out bool leftTensor), right = Print(b.Right, out bool rightTensor);
                    isTensor = leftTensor || rightTensor;
                    return "(" + left + " " + b.Op + " " + right + ")";
                }
            case Power p:
                {
                    string basis = Print(p.Base, out isTensor);
                    string exponent = NumberFormat.CSharp(p.Exponent);
                    return isTensor ? basis + ".pow(" + exponent + ")" : MathType + "Pow(" + basis + ", " + exponent + ")";
                }
            case Call c:
                {
                    string argument = Print(c.Argument, out isTensor);
                    return isTensor
                        ? Torch + c.Function + "(" + argument + ")"
                        : MathType + char.ToUpperInvariant(c.Function[0]) + c.Function.Substring(1) + "(" + argument + ")";
                }
            default:
                throw new ArgumentException("unknown expression " + e);
        }
    }
}
