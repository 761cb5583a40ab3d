using System.Text.RegularExpressions;

namespace PdeSym.Symbolic;

/// <summary>
/// A generator named by the algebra's basis, as `pdesym symmetries` numbers it: <c>V2 + 2V1</c>, <c>V4 - V1/2</c>,
/// <c>3*V1 - 0.5*V2</c> — the representatives an optimal system is written in.
/// </summary>
public static partial class BasisCombination
{
    [GeneratedRegex(@"\G\s*(?<sign>[+-])?\s*(?<c>\d+(?:\.\d+)?(?:/\d+)?)?\s*\*?\s*V(?<k>\d+)(?:\s*/\s*(?<d>\d+))?\s*")]
    private static partial Regex Term();

    /// <summary>True when the text reads as a combination of V1, V2, … (and not as a component such as <c>x</c>).</summary>
    public static bool Looks(string text) => text.Contains('V') && !text.Contains('x') && !text.Contains('t') && !text.Contains('u');

    /// <summary>Σ c_k V_k over <paramref name="basis"/>; throws <see cref="SymmetryAnalysisException"/> naming what is wrong.</summary>
    public static Generator Parse(string text, IReadOnlyList<Generator> basis)
    {
        var terms = new List<(Rational C, int K)>();
        int at = 0;
        while (at < text.Length && Term().Match(text, at) is { Success: true } m && m.Length > 0)
        {
            if (terms.Count > 0 && !m.Groups["sign"].Success) break;
            var c = m.Groups["c"].Success ? Number(m.Groups["c"].Value) : Rational.One;
            if (m.Groups["d"].Success) c /= new Rational(int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture), 1);
            if (m.Groups["sign"].Value == "-") c = -c;
            int k = int.Parse(m.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (k < 1 || k > basis.Count)
                throw new SymmetryAnalysisException($"'{text}' names V{k}, but the algebra has V1 … V{basis.Count} (see `pdesym symmetries`)");
            terms.Add((c, k - 1));
            at = m.Index + m.Length;
        }
        if (at < text.Length || terms.Count == 0)
            throw new SymmetryAnalysisException(
                $"'{text}' is not a combination of the algebra's generators; write one such as \"V2 + 2V1\" or \"V4 - V1/2\" (at position {at + 1}), or give ξ τ φ");
        Expr Sum(Func<Generator, Expr> component) => Expr.Add(terms.Select(t => Expr.Num(t.C) * component(basis[t.K])).ToList()).Expand();
        return new Generator(Sum(g => g.Xi), Sum(g => g.Tau), Sum(g => g.Phi));
    }

    static Rational Number(string text)
    {
        if (text.Contains('/'))
        {
            var parts = text.Split('/');
            return Number(parts[0]) / Number(parts[1]);
        }
        return Rational.TryParseDecimal(text, out var r) ? r : throw new SymmetryAnalysisException($"'{text}' is not a number");
    }
}
