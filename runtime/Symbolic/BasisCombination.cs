using System.Text.RegularExpressions;

namespace PdeSym.Symbolic;

/// <summary>
/// A generator named by the algebra's basis, as `pdesym symmetries` numbers it: <c>V2 + 2V1</c>, <c>V4 - V1/2</c>,
/// <c>(V1 + V3)/2</c> — the representatives an optimal system is written in. Read by the expression parser with V1, V2, …
/// as names (a number written against a name, 2V1, is taken as a product), then checked to be linear in them with
/// constant coefficients.
/// </summary>
public static partial class BasisCombination
{
    [GeneratedRegex(@"(\d)\s*(V\d)")]
    private static partial Regex NumberBeforeName();

    [GeneratedRegex(@"^V(\d+)$")]
    private static partial Regex BasisName();

    /// <summary>True when the text reads as a combination of V1, V2, … (and not as a component such as <c>x</c>).</summary>
    public static bool Looks(string text) => text.Contains('V') && !text.Contains('x') && !text.Contains('t') && !text.Contains('u');

    /// <summary>Σ c_k V_k over <paramref name="basis"/>; throws <see cref="SymmetryAnalysisException"/> naming what is wrong.</summary>
    public static Generator Parse(string text, IReadOnlyList<Generator> basis) => Parse(text, basis, out _);

    /// <summary>As <see cref="Parse(string, IReadOnlyList{Generator})"/>, with the coefficients c_k on the basis.</summary>
    public static Generator Parse(string text, IReadOnlyList<Generator> basis, out Rational[] onBasis)
    {
        const string example = "write one such as \"V2 + 2V1\" or \"V4 - V1/2\", or give ξ τ φ";
        Expr combination;
        try { combination = Expr.Parse(NumberBeforeName().Replace(text, "$1*$2")).Rationalize(); }
        catch (ExprParseException e) { throw new SymmetryAnalysisException($"'{text}' is not a combination of the algebra's generators (expected {e.Expected} at position {e.Position + 1}); {example}"); }
        var names = combination.Symbols();
        foreach (var name in names)
        {
            if (BasisName().Match(name) is not { Success: true } m)
                throw new SymmetryAnalysisException($"'{text}' holds '{name}', which names no generator; {example}");
            int k = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (k < 1 || k > basis.Count)
                throw new SymmetryAnalysisException($"'{text}' names V{k}, but the algebra has V1 … V{basis.Count} (see `pdesym symmetries`)");
        }
        var coefficients = names.ToDictionary(n => int.Parse(n[1..], System.Globalization.CultureInfo.InvariantCulture) - 1, n => combination.Derivative(n).Expand());
        var rest = combination.Substitute(names.ToDictionary(n => n, _ => Expr.Zero)).Expand();
        if (coefficients.Count == 0 || !rest.IsZero || coefficients.Values.Any(c => c is not Number { IsExact: true }))
            throw new SymmetryAnalysisException($"'{text}' is not a combination of the algebra's generators with constant coefficients; {example}");
        onBasis = Enumerable.Range(0, basis.Count).Select(k => coefficients.TryGetValue(k, out var c) ? ((Number)c).Exact : Rational.Zero).ToArray();
        return Generator.Combine(basis, onBasis.Select(Expr.Num).ToList());
    }
}
