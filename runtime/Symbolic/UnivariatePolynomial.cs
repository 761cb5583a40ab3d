namespace PdeSym.Symbolic;

/// <summary>
/// A polynomial in one variable with rational coefficients (constant term first, no trailing zeros): the arithmetic that
/// integrating rational functions needs — division with remainder, gcd, the square-free parts and the rational roots.
/// </summary>
internal sealed class UnivariatePolynomial
{
    readonly Rational[] c;

    public UnivariatePolynomial(IEnumerable<Rational> coefficients)
    {
        var list = coefficients.ToList();
        while (list.Count > 0 && list[^1].IsZero) list.RemoveAt(list.Count - 1);
        c = [.. list];
    }

    public static UnivariatePolynomial One { get; } = new([Rational.One]);
    public static UnivariatePolynomial Linear(Rational root) => new([-root, Rational.One]);   // λ − root
    public static UnivariatePolynomial Monomial(int k) => new([.. Enumerable.Repeat(Rational.Zero, k), Rational.One]);

    /// <summary>The coefficients, constant term first.</summary>
    public IReadOnlyList<Rational> Coefficients => c;
    /// <summary>The degree; −1 for the zero polynomial.</summary>
    public int Degree => c.Length - 1;
    public bool IsZero => c.Length == 0;
    public Rational this[int k] => k < c.Length ? c[k] : Rational.Zero;
    public Rational Leading => c.Length == 0 ? Rational.Zero : c[^1];

    /// <summary>e as a polynomial in the variable with exact rational coefficients; null when it is not one (other symbols, floats, functions, fractional powers).</summary>
    public static UnivariatePolynomial? From(Expr e, string variable) =>
        Fraction(e, variable) is var (n, d) && n.DivRem(d) is var (quotient, remainder) && remainder.IsZero ? quotient : null;

    /// <summary>
    /// e as N/D with N, D polynomials in the variable with exact rational coefficients — sums, products and integer powers
    /// of it and of numbers: t/(t + 1)², 1/(a(1 − 1/a)); null for anything else (other names, floats, functions, fractional
    /// powers, a negative power of zero).
    /// </summary>
    public static (UnivariatePolynomial N, UnivariatePolynomial D)? Fraction(Expr e, string variable)
    {
        switch (e)
        {
            case Number { IsExact: true } number:
                return (new([number.Exact]), One);
            case Symbol symbol when symbol.Name == variable:
                return (Monomial(1), One);
            case Sum sum:
            {
                (UnivariatePolynomial N, UnivariatePolynomial D) acc = (new([]), One);
                foreach (var term in sum.Terms)
                {
                    if (Fraction(term, variable) is not { } f) return null;
                    acc = (acc.N * f.D + f.N * acc.D, acc.D * f.D);
                }
                return acc;
            }
            case Product product:
            {
                (UnivariatePolynomial N, UnivariatePolynomial D) acc = (One, One);
                foreach (var factor in product.Factors)
                {
                    if (Fraction(factor, variable) is not { } f) return null;
                    acc = (acc.N * f.N, acc.D * f.D);
                }
                return acc;
            }
            case Power { Exponent: Number { IsExact: true } k } power when k.Exact.IsInteger && System.Numerics.BigInteger.Abs(k.Exact.Numerator) <= 64:
            {
                if (Fraction(power.Base, variable) is not { } f) return null;
                int n = (int)k.Exact.Numerator;
                return n >= 0 ? (f.N.Pow(n), f.D.Pow(n)) : f.N.IsZero ? null : (f.D.Pow(-n), f.N.Pow(-n));
            }
            default:
                return null;
        }
    }

    public Expr ToExpr(string variable) =>
        Expr.Add(c.Select((a, k) => Expr.Num(a) * Expr.Pow(Expr.Sym(variable), k)));

    /// <summary>A positive multiple with coprime integer coefficients: 2t + 1 for t + 1/2, 4t² + 1 for t² + 1/4.</summary>
    public UnivariatePolynomial Primitive() => Scale(Rational.CoprimeIntegerScale(c) * (Leading.Sign < 0 ? Rational.MinusOne : Rational.One));

    public UnivariatePolynomial Monic() => Scale(Rational.One / Leading);

    public UnivariatePolynomial Scale(Rational s) => new(c.Select(a => a * s));

    public static UnivariatePolynomial operator +(UnivariatePolynomial p, UnivariatePolynomial q) =>
        new(Enumerable.Range(0, Math.Max(p.c.Length, q.c.Length)).Select(k => p[k] + q[k]));

    public static UnivariatePolynomial operator -(UnivariatePolynomial p, UnivariatePolynomial q) => p + q.Scale(Rational.MinusOne);

    public static UnivariatePolynomial operator *(UnivariatePolynomial p, UnivariatePolynomial q)
    {
        if (p.IsZero || q.IsZero) return new([]);
        var r = new Rational[p.c.Length + q.c.Length - 1];
        Array.Fill(r, Rational.Zero);
        for (int i = 0; i < p.c.Length; i++)
            for (int j = 0; j < q.c.Length; j++) r[i + j] += p.c[i] * q.c[j];
        return new(r);
    }

    public UnivariatePolynomial Pow(int n) => Enumerable.Repeat(this, n).Aggregate(One, (a, b) => a * b);

    public UnivariatePolynomial Derivative() => new(c.Skip(1).Select((a, k) => a * (k + 1)));

    public Rational At(Rational x) => c.Reverse().Aggregate(Rational.Zero, (v, a) => v * x + a);

    /// <summary>Quotient and remainder: this = q·divisor + r with deg r &lt; deg divisor.</summary>
    public (UnivariatePolynomial Quotient, UnivariatePolynomial Remainder) DivRem(UnivariatePolynomial divisor)
    {
        if (divisor.IsZero) throw new DivideByZeroException("division by the zero polynomial");
        var r = c.ToArray();
        int n = divisor.Degree;
        var q = new Rational[Math.Max(0, Degree - n + 1)];
        Array.Fill(q, Rational.Zero);
        for (int k = Degree - n; k >= 0; k--)
        {
            var factor = r[k + n] / divisor.Leading;
            q[k] = factor;
            for (int j = 0; j <= n; j++) r[k + j] -= factor * divisor.c[j];
        }
        return (new(q), new(r.Take(Math.Max(0, n))));
    }

    /// <summary>The monic greatest common divisor (Euclid's algorithm over ℚ).</summary>
    public static UnivariatePolynomial Gcd(UnivariatePolynomial a, UnivariatePolynomial b)
    {
        while (!b.IsZero) (a, b) = (b, a.DivRem(b).Remainder);
        return a.IsZero ? a : a.Monic();
    }

    /// <summary>Yun's square-free decomposition of a monic polynomial: s₁, s₂, … with this = Π s_i^i and each s_i square-free (some may be 1).</summary>
    public List<UnivariatePolynomial> SquareFree()
    {
        var result = new List<UnivariatePolynomial>();
        var derivative = Derivative();
        var a = Gcd(this, derivative);
        var b = DivRem(a).Quotient;
        var d = derivative.DivRem(a).Quotient - b.Derivative();
        while (b.Degree > 0)
        {
            var s = Gcd(b, d);
            result.Add(s);
            b = b.DivRem(s).Quotient;
            d = d.DivRem(s).Quotient - b.Derivative();
        }
        return result;
    }

    /// <summary>The rational roots, each once, and what remains when the linear factors are divided out once each.</summary>
    public (List<Rational> Roots, UnivariatePolynomial Cofactor) SplitRationalRoots()
    {
        var roots = RationalRoots();
        var rest = roots.Aggregate(this, (p, r) => p.DivRem(Linear(r)).Quotient);
        return (roots, rest);
    }

    /// <summary>The distinct rational roots (0 first when it is one): ±p/q with p dividing the constant term and q the
    /// leading coefficient, both scaled to integers, each tried exactly.</summary>
    public List<Rational> RationalRoots()
    {
        if (Degree < 1) return [];
        var roots = new List<Rational>();
        int low = Array.FindIndex(c, a => !a.IsZero);
        if (low > 0) roots.Add(Rational.Zero);
        var reduced = new UnivariatePolynomial(c.Skip(low));
        if (reduced.Degree < 1) return roots;
        var scale = reduced.c.Aggregate(System.Numerics.BigInteger.One, (l, a) => l * a.Denominator / System.Numerics.BigInteger.GreatestCommonDivisor(l, a.Denominator));
        var (first, last) = (System.Numerics.BigInteger.Abs(reduced.c[0].Numerator * (scale / reduced.c[0].Denominator)),
                             System.Numerics.BigInteger.Abs(reduced.Leading.Numerator * (scale / reduced.Leading.Denominator)));
        if (first > 1_000_000 || last > 1_000_000) return roots;
        static List<long> Divisors(long n) => Enumerable.Range(1, (int)n).Select(i => (long)i).Where(d => n % d == 0).ToList();
        var candidates = Divisors((long)first).SelectMany(p => Divisors((long)last).SelectMany(q => new[] { new Rational(p, q), new Rational(-p, q) })).Distinct();
        roots.AddRange(candidates.Where(r => reduced.At(r).IsZero));
        return roots;
    }

    /// <summary>
    /// The monic quadratic factors over ℚ of a square-free polynomial without rational roots: its complex roots (Durand–Kerner)
    /// taken in pairs, sum and product recognised as fractions and each candidate checked by exact division. Null when a
    /// factor of degree 3 or more remains (t³ − 2) or the coefficients are not fractions of moderate denominator.
    /// </summary>
    public List<UnivariatePolynomial>? QuadraticFactors()
    {
        var factors = new List<UnivariatePolynomial>();
        var rest = Monic();
        while (rest.Degree > 2)
        {
            var roots = rest.ComplexRoots();
            var factor = (from i in Enumerable.Range(0, roots.Length)
                          from j in Enumerable.Range(i + 1, roots.Length - i - 1)
                          let sum = roots[i] + roots[j]
                          let product = roots[i] * roots[j]
                          where Math.Abs(sum.Imaginary) < 1e-6 && Math.Abs(product.Imaginary) < 1e-6
                          from s in Rational.Near(sum.Real, 10_000, 1e-7).Take(1)
                          from p in Rational.Near(product.Real, 10_000, 1e-7).Take(1)
                          let candidate = new UnivariatePolynomial([p, -s, Rational.One])
                          where rest.DivRem(candidate).Remainder.IsZero
                          select candidate).FirstOrDefault();
            if (factor is null) return null;
            factors.Add(factor);
            rest = rest.DivRem(factor).Quotient;
        }
        if (rest.Degree == 2) factors.Add(rest);
        return factors;
    }

    // All complex roots by the Durand–Kerner iteration, polished by Newton's method.
    System.Numerics.Complex[] ComplexRoots()
    {
        var a = Monic().c.Select(r => r.ToDouble()).ToArray();
        int n = a.Length - 1;
        double bound = 1 + a.Take(n).Max(Math.Abs);
        var roots = Enumerable.Range(0, n).Select(k => System.Numerics.Complex.Pow(new System.Numerics.Complex(0.4, 0.9), k) * bound / 2).ToArray();
        System.Numerics.Complex Value(System.Numerics.Complex z) => a.Reverse().Aggregate(System.Numerics.Complex.Zero, (v, c) => v * z + c);
        for (int iteration = 0; iteration < 1000; iteration++)
        {
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                var denominator = System.Numerics.Complex.One;
                for (int j = 0; j < n; j++) if (j != i) denominator *= roots[i] - roots[j];
                var step = Value(roots[i]) / denominator;
                roots[i] -= step;
                change = Math.Max(change, step.Magnitude);
            }
            if (change < 1e-15 * bound) break;
        }
        return roots;
    }
}
