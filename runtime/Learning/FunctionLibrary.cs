using PdeSym.Symbolic;

namespace PdeSym.Learning;

/// <summary>
/// The functions a learned field's components are fitted with: monomials of x, t, u up to a degree, plus the
/// equation's own functions of t (e^{c t} appearing in Δ gives e^{±c t}; a power (a t + b)^p gives
/// (a t + b)^{±1/2} and (a t + b)^{±1}), so time-dependent symmetries such as e^{−t/50}∂t or 2√(t+1)∂x can be
/// read out. A linear, homogeneous, constant-coefficient equation on a periodic x also gets its lowest Fourier
/// solutions (<see cref="FourierSolutions"/>): its β∂u with periodic β are symmetries that no polynomial spells; an
/// equation with a family β(x, t)e^(λu)∂u (the potential Burgers equation's e^(−u)) gets e^(λu) and e^(λu) times those.
/// </summary>
public sealed record FunctionLibrary(IReadOnlyList<Expr> Terms)
{
    /// <summary>Wavenumbers m = 1 … Modes of the Fourier solutions a linear equation's library holds.</summary>
    public const int Modes = 3;

    /// <param name="equation">Δ, whose functions of t (and Fourier solutions, if linear) join the monomials.</param>
    /// <param name="degree">Highest total degree of the monomials in x, t, u.</param>
    /// <param name="period">The domain's length L when x is periodic: adds a linear equation's Fourier solutions.</param>
    public static FunctionLibrary For(Expr equation, int degree = 2, double? period = null)
    {
        var terms = new List<Expr>();
        for (int d = 0; d <= degree; d++)
            for (int k = 0; k <= d; k++)
                for (int j = 0; j <= d - k; j++)
                    terms.Add(Expr.Multiply(Expr.Pow(Expr.X, d - k - j), Expr.Pow(Expr.T, j), Expr.Pow(Expr.U, k)));
        foreach (var f in FunctionsOfT(equation))
            if (!terms.Contains(f)) terms.Add(f);
        if (period is { } length)
        {
            terms.AddRange(FourierSolutions.Of(equation, length, Modes).Where(f => !terms.Contains(f)));
            terms.AddRange(FourierSolutions.OfExponentialFamilies(equation, length, Modes).Where(f => !terms.Contains(f)));
        }
        return new FunctionLibrary(terms);
    }

    /// <summary>ξ∂x + τ∂t + φ∂u with each component Σ_j coefficients[c][j] · term_j (zero coefficients leave the term out).</summary>
    public Generator Combine(Expr[][] coefficients)
    {
        var components = coefficients.Select(row => Expr.Add(row.Select((k, j) => k.IsZero ? Expr.Zero : k * Terms[j])).Simplify()).ToArray();
        return new Generator(components[0], components[1], components[2]);
    }

    static IEnumerable<Expr> FunctionsOfT(Expr e)
    {
        bool OfT(Expr a) => a.Symbols().All(s => s == "t") && a.Contains("t");
        switch (e)
        {
            case FunctionCall { Function: MathFunction.Exp } f when OfT(f.Argument):
                yield return Expr.Exp(f.Argument);
                yield return Expr.Exp(-f.Argument);
                break;
            case Power p when OfT(p.Base) && p.Exponent is Number n && !(n.IsExact && n.Exact.Sign > 0 && n.Exact.IsInteger):
                foreach (var exponent in new[] { new Rational(1, 2), new Rational(-1, 2), new Rational(-1, 1) })
                    yield return Expr.Pow(p.Base, exponent);
                break;
        }
        foreach (var c in e.Children)
            foreach (var f in FunctionsOfT(c)) yield return f;
    }
}
