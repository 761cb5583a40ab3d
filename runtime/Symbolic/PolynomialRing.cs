namespace PdeSym.Symbolic;

/// <summary>
/// The jet polynomial ring of one computation: variable numbering (x, t, u, u_x, u_t, u_xx, ...), the registry of
/// radical bases, conversion from and to <see cref="Expr"/>, partial and total derivatives, and clearing of
/// denominators. Conversion refuses (with <see cref="NotPolynomialException"/>) whatever the ring cannot hold:
/// floats, log, sin/cos of anything but u, exponentials not linear in x, t and u, symbolic exponents, names other
/// than the jet's. sin(u) and cos(u) are two more variables (derivatives by the chain rule through u), and
/// <see cref="ClearDenominators"/> writes cos²(u) as 1 − sin²(u), so that collected monomials are independent functions.
/// </summary>
internal sealed class PolynomialRing
{
    public const int XIndex = 0, TIndex = 1, UIndex = 2;
    /// <summary>sin(u) and cos(u), numbered below x so that no jet variable takes their place.</summary>
    public const int SinU = -2, CosU = -1;
    readonly List<JetPolynomial> bases = [];
    readonly Dictionary<string, int> baseIndex = [];

    public static int Index(JetVariable v) { int n = v.Order; return 2 + n * (n + 1) / 2 + v.T; }

    public static string Name(int index)
    {
        if (index == SinU) return "sin(u)";
        if (index == CosU) return "cos(u)";
        if (index == XIndex) return "x";
        if (index == TIndex) return "t";
        int k = index - 2, n = 0;
        while ((n + 1) * (n + 2) / 2 <= k) n++;
        int tt = k - n * (n + 1) / 2;
        return new JetVariable(n - tt, tt).Name;
    }

    public static JetVariable? Jet(int index) => index < 2 ? null : JetVariable.TryParse(Name(index), out var v) ? v : null;

    public JetPolynomial Base(int b) => bases[b];

    public static JetPolynomial Var(int index) => JetPolynomial.Of(Monomial.Variable(index), Rational.One);
    public static JetPolynomial Var(JetVariable v) => Var(Index(v));

    // ---- conversion from expressions ----

    public JetPolynomial FromExpr(Expr e)
    {
        switch (e)
        {
            case Number n when n.IsExact:
                return JetPolynomial.Constant(n.Exact);
            case Number n:
                throw new NotPolynomialException($"the floating-point constant {n.Literal} (exact algebra needs exact numbers)");
            case Symbol { Name: "x" }:
                return Var(XIndex);
            case Symbol { Name: "t" }:
                return Var(TIndex);
            case Symbol s when JetVariable.TryParse(s.Name, out var v):
                return Var(v);
            case Symbol s:
                throw new NotPolynomialException($"the name '{s.Name}' (only x, t, u and jet variables u_x, u_xx, ... may appear)");
            case Sum s:
            {
                var r = new JetPolynomial();
                foreach (var term in s.Terms) r.AddInPlace(FromExpr(term), Rational.One);
                return r;
            }
            case Product p:
            {
                var r = JetPolynomial.Constant(Rational.One);
                foreach (var f in p.Factors) r *= FromExpr(f);
                return r;
            }
            case Power { Exponent: Number { IsExact: true } n } pw:
                return Power(FromExpr(pw.Base), n.Exact, pw);
            case FunctionCall { Function: MathFunction.Sin or MathFunction.Cos, Argument: Symbol { Name: "u" } } f:
                return Var(f.Function == MathFunction.Sin ? SinU : CosU);
            case FunctionCall { Function: MathFunction.Exp } f:
            {
                // exp(a x + b t + c u); a constant d in the argument would bring e^d, which is not rational.
                var a = FromExpr(f.Argument);
                Rational ax = Rational.Zero, at = Rational.Zero, au = Rational.Zero;
                foreach (var (m, c) in a.Terms)
                {
                    if (m.Bases.Length == 0 && !m.HasExponential && m.Variables.Length == 1 && m.Powers[0] == 1 && m.Variables[0] is XIndex or TIndex or UIndex)
                    {
                        if (m.Variables[0] == XIndex) ax += c; else if (m.Variables[0] == TIndex) at += c; else au += c;
                    }
                    else throw new NotPolynomialException($"{e.ToPlain()} (an exponential must be exp(a*x + b*t + c*u) with rational a, b, c)");
                }
                return JetPolynomial.Of(Monomial.Exponential(ax, at, au), Rational.One);
            }
            default:
                throw new NotPolynomialException($"{e.ToPlain()} (only polynomials, rational powers, exp(a*x + b*t + c*u), sin(u) and cos(u) are handled exactly)");
        }
    }

    JetPolynomial Power(JetPolynomial b, Rational r, Expr source)
    {
        if (r.IsInteger && r.Sign >= 0 && r.Numerator <= 64) return b.Pow((int)r.Numerator);
        if (b.IsZero) throw new NotPolynomialException($"{source.ToPlain()} (a power of zero)");
        if (b.Terms.Count == 1)
        {
            var (m, c) = b.Terms.First();
            if (TryMonomialPower(m, c, r, out var single)) return single;
        }
        // p^r with p not a monomial: pull out the content when its power is exact, register the base.
        var first = b.Sorted().First();
        var content = first.Value;
        if (r.IsInteger ? true : content.TryRoot((int)r.Denominator, out _))
        {
            var normal = b.Scale(Rational.One / content);
            var factor = PowRational(content, r);
            return JetPolynomial.Of(Monomial.Radical(Register(normal), r), factor);
        }
        return JetPolynomial.Of(Monomial.Radical(Register(b), r), Rational.One);
    }

    static Rational PowRational(Rational c, Rational r)
    {
        if (r.IsInteger) return c.Pow((int)r.Numerator);
        c.TryRoot((int)r.Denominator, out var root);
        return root.Pow((int)r.Numerator);
    }

    bool TryMonomialPower(Monomial m, Rational c, Rational r, out JetPolynomial result)
    {
        result = JetPolynomial.Zero;
        if (!r.IsInteger && !c.TryRoot((int)r.Denominator, out _)) return false;
        var powers = m.Powers.Select(p => r * p).ToArray();
        if (powers.Any(p => !p.IsInteger))
        {
            // t^(1/2): a radical of the single-variable base.
            if (m.Variables.Length != 1 || m.Bases.Length != 0 || m.HasExponential || m.Powers[0] != 1) return false;
            result = JetPolynomial.Of(Monomial.Radical(Register(JetPolynomial.Of(m, Rational.One)), r), PowRational(c, r));
            return true;
        }
        var mono = new Monomial(m.Variables, powers.Select(p => (int)p.Numerator).ToArray(), m.ExpX * r, m.ExpT * r, m.ExpU * r,
                                m.Bases, m.BaseExponents.Select(e => e * r).ToArray());
        result = JetPolynomial.Of(mono, PowRational(c, r));
        return true;
    }

    int Register(JetPolynomial p)
    {
        var key = string.Join(" + ", p.Sorted().Select(kv => $"{kv.Value}*{kv.Key.Key}"));
        if (baseIndex.TryGetValue(key, out int i)) return i;
        bases.Add(p);
        baseIndex[key] = bases.Count - 1;
        return bases.Count - 1;
    }

    // ---- conversion to expressions ----

    public Expr ToExpr(JetPolynomial p) =>
        Expr.Add(p.Sorted().Select(kv => Expr.Multiply(Expr.Num(kv.Value), ToExpr(kv.Key))).ToList());

    /// <summary>
    /// As <see cref="ToExpr(JetPolynomial)"/>, but terms sharing a radical p^r are grouped and their polynomial cofactor
    /// is divided by p while it divides exactly, so 2(t + 1)/√(t + 1) reads 2√(t + 1) and 4(t + 1)²/√(t + 1) reads 4(t + 1)^(3/2).
    /// </summary>
    public Expr ToExpr(JetPolynomial p, bool divideOutRadicals)
    {
        if (!divideOutRadicals) return ToExpr(p);
        var groups = p.Terms.GroupBy(kv => (Radicals: string.Join(",", kv.Key.Bases.Select((b, i) => $"{b}^{kv.Key.BaseExponents[i]}")), kv.Key.Bases.Length));
        var terms = new List<Expr>();
        foreach (var group in groups)
        {
            var sample = group.First().Key;
            var bases = sample.Bases.ToArray();
            var exponents = sample.BaseExponents.ToArray();
            var cofactor = new JetPolynomial();
            foreach (var (m, c) in group) cofactor.AddInPlace(new Monomial(m.Variables, m.Powers, m.ExpX, m.ExpT, m.ExpU, [], []), c);
            for (int i = 0; i < bases.Length; i++)
                while (TryDivide(cofactor, bases[i], out var q))
                {
                    cofactor = q;
                    exponents[i] += Rational.One;
                }
            var radical = Monomial.One;
            for (int i = 0; i < bases.Length; i++) radical = radical.Multiply(Monomial.Radical(bases[i], exponents[i]));
            terms.Add(Expr.Multiply(ToExpr(cofactor), ToExpr(radical)));
        }
        return Expr.Add(terms);
    }

    bool TryDivide(JetPolynomial dividend, int baseIndex, out JetPolynomial quotient) =>
        TryDivide(dividend, bases[baseIndex], out quotient);

    /// <summary>Exact multivariate division by lex-leading terms; false when the divisor does not divide.</summary>
    internal static bool TryDivide(JetPolynomial dividend, JetPolynomial divisor, out JetPolynomial quotient)
    {
        quotient = new JetPolynomial();
        if (divisor.IsZero || divisor.Terms.Keys.Any(m => m.Bases.Length > 0 || m.HasExponential)) return false;
        var lead = divisor.Terms.MaxBy(kv => kv.Key, LexOrder.Instance);
        var rest = new JetPolynomial();
        rest.AddInPlace(dividend, Rational.One);
        for (int guard = 0; !rest.IsZero && guard < 10_000; guard++)
        {
            var top = rest.Terms.MaxBy(kv => kv.Key, LexOrder.Instance);
            if (top.Key.Bases.Length > 0 || top.Key.HasExponential) return false;
            var ratio = top.Key.Multiply(lead.Key.Pow(-1));
            if (ratio.Powers.Any(k => k < 0)) return false;
            var c = top.Value / lead.Value;
            quotient.AddInPlace(ratio, c);
            rest.AddInPlace(divisor.Multiply(ratio), -c);
        }
        return rest.IsZero;
    }

    // Lexicographic order on exponent vectors, higher variable indices first.
    sealed class LexOrder : IComparer<Monomial>
    {
        public static readonly LexOrder Instance = new();
        public int Compare(Monomial? a, Monomial? b)
        {
            var vars = a!.Variables.Union(b!.Variables).OrderDescending();
            foreach (var v in vars)
            {
                int c = a.Power(v).CompareTo(b.Power(v));
                if (c != 0) return c;
            }
            return 0;
        }
    }

    public Expr ToExpr(Monomial m)
    {
        var factors = new List<Expr>();
        for (int i = 0; i < m.Variables.Length; i++)
        {
            int v = m.Variables[i];
            var variable = v == SinU ? Expr.Sin(Expr.U) : v == CosU ? Expr.Cos(Expr.U) : Expr.Sym(Name(v));
            factors.Add(Expr.Pow(variable, m.Powers[i]));
        }
        if (m.HasExponential) factors.Add(Expr.Exp(Expr.Num(m.ExpX) * Expr.X + Expr.Num(m.ExpT) * Expr.T + Expr.Num(m.ExpU) * Expr.U));
        for (int i = 0; i < m.Bases.Length; i++) factors.Add(Expr.Pow(ToExpr(bases[m.Bases[i]]), m.BaseExponents[i]));
        return Expr.Multiply(factors);
    }

    // ---- derivatives ----

    /// <summary>∂p/∂v, with the chain rule through exponentials and radical bases.</summary>
    public JetPolynomial Partial(JetPolynomial p, int v)
    {
        var r = new JetPolynomial();
        foreach (var (m, c) in p.Terms)
        {
            int k = m.Power(v);
            if (k != 0) r.AddInPlace(m.Multiply(Monomial.Variable(v, -1)), c * k);
            if (v == XIndex && !m.ExpX.IsZero) r.AddInPlace(m, c * m.ExpX);
            if (v == TIndex && !m.ExpT.IsZero) r.AddInPlace(m, c * m.ExpT);
            if (v == UIndex && !m.ExpU.IsZero) r.AddInPlace(m, c * m.ExpU);
            // sin(u)' = cos(u), cos(u)' = −sin(u)
            if (v == UIndex && m.Power(SinU) is var ks and not 0)
                r.AddInPlace(m.Multiply(Monomial.Variable(SinU, -1)).Multiply(Monomial.Variable(CosU)), c * ks);
            if (v == UIndex && m.Power(CosU) is var kc and not 0)
                r.AddInPlace(m.Multiply(Monomial.Variable(CosU, -1)).Multiply(Monomial.Variable(SinU)), -c * kc);
            for (int i = 0; i < m.Bases.Length; i++)
            {
                var db = Partial(bases[m.Bases[i]], v);
                if (db.IsZero) continue;
                var lowered = m.Multiply(Monomial.Radical(m.Bases[i], Rational.MinusOne));
                r.AddInPlace(db.Multiply(lowered), c * m.BaseExponents[i]);
            }
        }
        return r;
    }

    /// <summary>Σ_v ∂p/∂v · derivative(v): a total derivative given what it does to each variable (null: zero).</summary>
    public JetPolynomial Total(JetPolynomial p, Func<int, JetPolynomial?> derivative)
    {
        var r = new JetPolynomial();
        foreach (var v in p.Variables(this))
        {
            var dv = derivative(v);
            if (dv == null || dv.IsZero) continue;
            var dp = Partial(p, v);
            if (!dp.IsZero) r.AddInPlace(dp * dv, Rational.One);
        }
        return r;
    }

    /// <summary>D_x on the jet: x ↦ 1, t ↦ 0, u_J ↦ u_{J+x}.</summary>
    public JetPolynomial TotalX(JetPolynomial p) => Total(p, v =>
        v == XIndex ? JetPolynomial.Constant(Rational.One) : v == TIndex ? null : Var(Jet(v)!.Value with { X = Jet(v)!.Value.X + 1 }));

    // ---- clearing denominators ----

    /// <summary>
    /// Multiplies every polynomial by one common monomial so that no variable has a negative power and no radical
    /// a negative integer part, then expands the integer parts of radical powers. What remains is a polynomial in the
    /// variables, exponentials and purely fractional radicals; it is zero exactly when the input is zero.
    /// </summary>
    public List<JetPolynomial> ClearDenominators(IReadOnlyList<JetPolynomial> polynomials)
    {
        var varShift = new Dictionary<int, int>();
        var baseShift = new Dictionary<int, int>();
        foreach (var p in polynomials)
            foreach (var m in p.Terms.Keys)
            {
                for (int i = 0; i < m.Variables.Length; i++)
                    if (m.Powers[i] < 0) varShift[m.Variables[i]] = Math.Max(varShift.GetValueOrDefault(m.Variables[i]), -m.Powers[i]);
                for (int i = 0; i < m.Bases.Length; i++)
                {
                    int floor = Floor(m.BaseExponents[i]);
                    if (floor < 0) baseShift[m.Bases[i]] = Math.Max(baseShift.GetValueOrDefault(m.Bases[i]), -floor);
                }
            }
        var shift = Monomial.One;
        foreach (var (v, k) in varShift) shift = shift.Multiply(Monomial.Variable(v, k));
        foreach (var (b, k) in baseShift) shift = shift.Multiply(Monomial.Radical(b, k));
        return polynomials.Select(p => ReduceTrigonometry(ExpandIntegerRadicals(p.Multiply(shift)))).ToList();
    }

    // cos²ᵏ⁺ᵇ(u) = (1 − sin²(u))ᵏ cosᵇ(u): afterwards the monomials are linearly independent functions.
    static JetPolynomial ReduceTrigonometry(JetPolynomial p)
    {
        if (!p.Terms.Keys.Any(m => m.Power(CosU) >= 2)) return p;
        var oneMinusSinSquared = JetPolynomial.Constant(Rational.One) - Var(SinU).Pow(2);
        var r = new JetPolynomial();
        foreach (var (m, c) in p.Terms)
        {
            int b = m.Power(CosU);
            if (b < 2) r.AddInPlace(m, c);
            else r.AddInPlace(oneMinusSinSquared.Pow(b / 2).Multiply(m.Multiply(Monomial.Variable(CosU, -(b - b % 2)))), c);
        }
        return r;
    }

    static int Floor(Rational r) => (int)System.Numerics.BigInteger.Divide(r.Numerator - (r.Sign < 0 ? r.Denominator - 1 : 0), r.Denominator);

    JetPolynomial ExpandIntegerRadicals(JetPolynomial p)
    {
        var r = new JetPolynomial();
        foreach (var (m, c) in p.Terms)
        {
            var term = JetPolynomial.Of(new Monomial(m.Variables, m.Powers, m.ExpX, m.ExpT, m.ExpU, [], []), c);
            for (int i = 0; i < m.Bases.Length; i++)
            {
                int k = Floor(m.BaseExponents[i]);
                var fraction = m.BaseExponents[i] - k;
                term = term * ExpandIntegerRadicals(bases[m.Bases[i]]).Pow(k);
                if (!fraction.IsZero) term = term.Multiply(Monomial.Radical(m.Bases[i], fraction));
            }
            r.AddInPlace(term, Rational.One);
        }
        return r;
    }

    /// <summary>True when some term still carries a fractional radical (its monomials may then be dependent).</summary>
    public static bool HasRadicals(JetPolynomial p) => p.Terms.Keys.Any(m => m.Bases.Length > 0);
}

/// <summary>An expression the exact polynomial ring cannot represent; the message names the offending part.</summary>
internal sealed class NotPolynomialException(string what) : Exception(what);
