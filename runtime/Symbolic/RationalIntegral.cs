namespace PdeSym.Symbolic;

/// <summary>
/// ∫ P/Q dt for P, Q polynomials with rational coefficients whose denominator splits over ℚ into linear and quadratic
/// factors (what remains after the rational roots is split into quadratics found from its complex roots, checked exactly):
/// the polynomial part, then partial fractions A/(t − r)^j and (Bt + C)/q^j solved by undetermined coefficients,
/// integrated to powers, logarithms and arctangents (∫ 4t/(4t² + 1) dt = log(4t² + 1)/2, ∫ dt/(4t² + 1) = arctan(2t)/2;
/// a quadratic with irrational real roots gives the logarithm of their ratio). Null when Q has an irreducible factor of
/// degree 3 or more — that integral is a sum over the roots of a cubic, which this does not write.
/// </summary>
internal static class RationalIntegral
{
    /// <summary>∫ e d(variable) for e a rational function of the variable with rational coefficients; null otherwise.</summary>
    public static Expr? Of(Expr e, string variable) =>
        UnivariatePolynomial.Fraction(e, variable) is var (numerator, denominator) ? Of(numerator, denominator, variable) : null;

    /// <summary>∫ P/Q d(variable); null when Q has an irreducible factor of degree 3 or more.</summary>
    public static Expr? Of(UnivariatePolynomial p, UnivariatePolynomial q, string variable)
    {
        var t = Expr.Sym(variable);
        (p, q) = (p.Scale(Rational.One / q.Leading), q.Monic());
        var (whole, remainder) = p.DivRem(q);
        var terms = whole.Coefficients.Select((a, k) => Expr.Num(a / (k + 1)) * Expr.Pow(t, k + 1)).ToList();
        if (remainder.IsZero) return Expr.Add(terms);
        if (Factors(q) is not { } factors) return null;

        // R = Σ A_kj·Q/p_k^j (p_k linear) + Σ (B_kj t + C_kj)·Q/p_k^j (p_k quadratic): one unknown per degree of Q.
        var fractions = factors.SelectMany(f => Enumerable.Range(1, f.Multiplicity).Select(j => (f.Polynomial, Power: j))).ToList();
        var columns = fractions.SelectMany(f => Enumerable.Range(0, f.Polynomial.Degree)
            .Select(k => q.DivRem(f.Polynomial.Pow(f.Power)).Quotient * UnivariatePolynomial.Monomial(k))).ToList();
        int n = q.Degree;
        var system = new Rational[n, n];
        for (int row = 0; row < n; row++)
            for (int col = 0; col < n; col++) system[row, col] = columns[col][row];
        var inverse = RationalMatrix.Inverse(system) ?? throw new InvalidOperationException("internal: partial fractions of coprime factors are unique");
        var unknowns = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Aggregate(Rational.Zero, (s, k) => s + inverse[i, k] * remainder[k])).ToArray();
        int next = 0;
        foreach (var (polynomial, power) in fractions)
        {
            var (constant, slope) = (unknowns[next], polynomial.Degree == 2 ? unknowns[next + 1] : Rational.Zero);
            next += polynomial.Degree;
            if (constant.IsZero && slope.IsZero) continue;
            terms.Add(polynomial.Degree == 1 ? Expr.Num(constant) * Linear(polynomial, power, t) : Quadratic(polynomial, power, slope, constant, t));
        }
        return Expr.Add(terms);
    }

    // The monic irreducible factors over ℚ with their multiplicities, if all are of degree 1 or 2.
    static List<(UnivariatePolynomial Polynomial, int Multiplicity)>? Factors(UnivariatePolynomial q)
    {
        var factors = new List<(UnivariatePolynomial, int)>();
        foreach (var (part, i) in q.SquareFree().Select((s, i) => (s, i + 1)))
        {
            var (roots, rest) = part.SplitRationalRoots();
            factors.AddRange(roots.Select(r => (UnivariatePolynomial.Linear(r), i)));
            if (rest.Degree < 2) continue;
            if (rest.QuadraticFactors() is not { } quadratics) return null;
            factors.AddRange(quadratics.Select(f => (f, i)));
        }
        return factors;
    }

    // ∫ dt/(t − r)^j: log of the factor with integer coefficients (log(2t + 1) for r = −1/2) or its power.
    static Expr Linear(UnivariatePolynomial factor, int power, Expr t) =>
        power == 1 ? Expr.Log(factor.Primitive().ToExpr(t.ToPlain())) : -Pow(factor, 1 - power, t) / Expr.Num(power - 1);

    // A monic factor's power written through its integer form: (t + 1/2)^(−2) = 4(2t + 1)^(−2).
    static Expr Pow(UnivariatePolynomial monic, int exponent, Expr t)
    {
        var primitive = monic.Primitive();
        return Expr.Num(primitive.Leading.Pow(-exponent)) * Expr.Pow(primitive.ToExpr(t.ToPlain()), exponent);
    }

    // ∫ (Bt + C)/q^j for q = t² + bt + c irreducible over ℚ: Bt + C = (B/2)q′ + (C − Bb/2), ∫ q′/q^j is log q or a power
    // of q, and ∫ dt/q^j follows by (j − 1)Δ I_j = (2t + b)/q^(j−1) + 2(2j − 3) I_(j−1) with Δ = 4c − b².
    static Expr Quadratic(UnivariatePolynomial q, int power, Rational slope, Rational constant, Expr t)
    {
        var name = t.ToPlain();
        var (b, c) = (q[1], q[0]);
        var half = slope / 2;
        var rest = constant - half * b;
        var derivativePart = power == 1 ? Expr.Log(q.Primitive().ToExpr(name)) : -Pow(q, 1 - power, t) / Expr.Num(power - 1);
        return Expr.Num(half) * derivativePart + Expr.Num(rest) * Reciprocal(q, power, t);

        Expr Reciprocal(UnivariatePolynomial q, int j, Expr t)
        {
            var delta = 4 * c - b * b;
            var shifted = 2 * t + Expr.Num(b);
            if (j > 1)
                return shifted * Pow(q, 1 - j, t) / Expr.Num(delta * (j - 1))
                       + Expr.Num(new Rational(2 * (2 * j - 3), j - 1) / delta) * Reciprocal(q, j - 1, t);
            if (delta.Sign > 0)
            {
                var root = Expr.Sqrt(Expr.Num(delta));
                return 2 / root * Expr.Call(MathFunction.Arctan, (shifted / root).Expand());
            }
            // Real irrational roots: 1/(t² + bt + c) = (1/√D)(1/(t − t₊) − 1/(t − t₋)), D = b² − 4c.
            var d = Expr.Sqrt(Expr.Num(-delta));
            return (Expr.Log(shifted - d) - Expr.Log(shifted + d)) / d;
        }
    }
}
