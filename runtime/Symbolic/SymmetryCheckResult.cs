namespace PdeSym.Symbolic;

/// <summary>How a verdict was reached: exactly (the criterion vanishes identically, or provably does not), or numerically.</summary>
public enum CheckMethod { Exact, Numeric }

/// <summary>
/// The verdict on a candidate generator. <see cref="Residual"/> is the sharp score's size at random jet points on the
/// solution manifold, rms(C) / (rms(u_t) · rms|V|): 0 for an exact symmetry, O(1) for a non-symmetry.
/// </summary>
public sealed record SymmetryCheckResult(bool IsSymmetry, double Residual, CheckMethod Method, Expr Criterion)
{
    public string Summary => IsSymmetry
        ? $"symmetry ({(Method == CheckMethod.Exact ? "exact: the criterion vanishes identically" : $"numeric: relative residual {Residual:G3}")})"
        : $"not a symmetry ({(Method == CheckMethod.Exact ? "exact" : "numeric")}; relative residual {Residual:G3})";
}
