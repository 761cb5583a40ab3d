namespace PdeSym.Symbolic;

/// <summary>
/// Sums whose coefficients are rational functions of one family parameter (a one-letter name other than x, t, u, z, f),
/// like terms put over a common denominator and cancelled: 1/(a(1 − 1/a)) − 1/a − 1/(a²(1 − 1/a)) is 0 and
/// a/(a + 1) + 1/(a + 1) is 1 — what <see cref="Expr.Expand"/>, which keeps a power of a sum as it is, does not see.
/// A coefficient in two parameters, or holding a function of one, is left as it is.
/// </summary>
internal static class ParameterFractions
{
    /// <summary>The names the optimal system gives a family's parameters: a, b, c, …</summary>
    public static bool IsParameter(string name) => name is [var c] && c is not ('x' or 't' or 'u' or 'z' or 'f');

    public static Expr Combine(Expr e)
    {
        if (!e.Symbols().Any(IsParameter)) return e;
        if (e is Number or Symbol) return e;
        // An expression in one parameter alone (an exponent such as (3a/4 − 3/4)/a): one fraction, (3a − 3)/(4a).
        if (e.Symbols().ToList() is [var only] && UnivariatePolynomial.Fraction(e, only) is { } whole) return Write(whole.N, whole.D, only);
        var combined = e.With(e.Children.Select(Combine).ToList());
        if (combined is not Sum) return combined;
        var groups = new List<(Expr Key, List<Expr> Coefficients)>();
        // Terms as they come (the caller expands): expanding here would undo a combined exponent, (a − 1)/(a + 1).
        foreach (var term in ((Sum)combined).Terms)
        {
            var (number, monomial) = Product.SplitCoefficient(term);
            var factors = monomial is Product p ? p.Factors : [monomial];
            bool InParameters(Expr f) => f.Symbols().Count > 0 && f.Symbols().All(IsParameter);
            var key = Expr.Multiply(factors.Where(f => !InParameters(f)).ToList());
            var coefficient = Expr.Multiply([number, .. factors.Where(InParameters)]);
            if (groups.FirstOrDefault(g => g.Key.Equals(key)) is { Coefficients: { } list }) list.Add(coefficient);
            else groups.Add((key, [coefficient]));
        }
        return Expr.Add(groups.Select(g => Total(g.Coefficients) * g.Key).ToList());
    }

    // Σ coefficients as one fraction N/D in lowest terms when they hold one parameter between them; else as they are.
    static Expr Total(List<Expr> coefficients)
    {
        var total = Expr.Add(coefficients);
        if (coefficients.Count < 2 || total.Symbols().ToList() is not [var name]) return total;
        var fractions = coefficients.Select(c => UnivariatePolynomial.Fraction(c, name)).ToList();
        if (fractions.Any(f => f is null)) return total;
        var (n, d) = fractions.Aggregate((N: UnivariatePolynomial.One.Scale(Rational.Zero), D: UnivariatePolynomial.One),
            (acc, f) => (acc.N * f!.Value.D + f.Value.N * acc.D, acc.D * f.Value.D));
        return Write(n, d, name);
    }

    // N/D in lowest terms: a polynomial when D is a number, else both with coprime whole coefficients, D's leading one positive.
    static Expr Write(UnivariatePolynomial n, UnivariatePolynomial d, string name)
    {
        if (n.IsZero) return Expr.Zero;
        var g = UnivariatePolynomial.Gcd(n, d);
        (n, d) = (n.DivRem(g).Quotient, d.DivRem(g).Quotient);
        if (d.Degree == 0) return n.Scale(Rational.One / d.Leading).ToExpr(name);
        var scale = Rational.CoprimeIntegerScale(n.Coefficients.Concat(d.Coefficients)) * (d.Leading.Sign < 0 ? Rational.MinusOne : Rational.One);
        return n.Scale(scale).ToExpr(name) / d.Scale(scale).ToExpr(name);
    }
}
