namespace PdeSym.Symbolic;

/// <summary>
/// base^exponent, kept only when it does not fold: numbers raised to integers fold exactly, rational powers
/// of rationals fold when the root is exact, (a^b)^n = a^(bn) and (ab)^n = aⁿbⁿ for integer n.
/// </summary>
public sealed class Power : Expr
{
    Power(Expr @base, Expr exponent) { Base = @base; Exponent = exponent; }

    public Expr Base { get; }
    public Expr Exponent { get; }

    public override IReadOnlyList<Expr> Children => [Base, Exponent];
    public override Expr With(IReadOnlyList<Expr> children) => Create(children[0], children[1]);

    /// <summary>x² ↦ (x, 2); anything else e ↦ (e, 1).</summary>
    public static (Expr Base, Expr Exponent) Split(Expr e) => e is Power p ? (p.Base, p.Exponent) : (e, One);

    public static Expr Create(Expr b, Expr e)
    {
        if (e.IsZero) return One;
        if (e.IsOne) return b;
        if (b.IsOne) return One;
        if (e is Number n)
        {
            if (b is Number bn) return FoldNumber(bn, n);
            bool integer = n.IsExact && n.Exact.IsInteger;
            switch (b)
            {
                case Power p when integer || p.Exponent is Number { IsExact: true } pe && pe.Exact.IsInteger && pe.Exact.Sign > 0 && IsOddInteger(pe.Exact):
                    return Create(p.Base, Product.Create([p.Exponent, e]));
                case Product p when integer:
                    return Product.Create(p.Factors.Select(f => Create(f, e)));
                case FunctionCall { Function: MathFunction.Exp } f:
                    return FunctionCall.Create(MathFunction.Exp, Product.Create([f.Argument, e]));
            }
        }
        if (b.IsZero && e is Number { IsNegative: false }) return Zero;
        return new Power(b, e);
    }

    static bool IsOddInteger(Rational r) => r.IsInteger && !r.Numerator.IsEven;

    static Expr FoldNumber(Number b, Number e)
    {
        if (!b.IsExact || !e.IsExact)
        {
            double v = Math.Pow(b.Value, e.Value);
            return double.IsFinite(v) ? Float(v) : new Power(b, e);
        }
        var r = e.Exact;
        if (b.Exact.IsZero)
        {
            if (r.Sign < 0) throw new DivideByZeroException("division by zero (0 raised to a negative power)");
            return Zero;
        }
        if (r.IsInteger && BigIntegerFits(r)) return Num(b.Exact.Pow((int)r.Numerator));
        if (BigIntegerFits(r) && r.Denominator <= 64)
        {
            int k = (int)r.Denominator;
            if (b.Exact.TryRoot(k, out var root)) return Num(root.Pow((int)r.Numerator));
            // Keep the integer part outside: 2^(3/2) = 2·2^(1/2).
            var whole = System.Numerics.BigInteger.Divide(r.Numerator - (r.Numerator.Sign < 0 ? k - 1 : 0), k);
            if (!whole.IsZero)
                return Product.Create([Num(b.Exact.Pow((int)whole)), new Power(b, Num(r - new Rational(whole, 1)))]);
        }
        return new Power(b, e);
    }

    static bool BigIntegerFits(Rational r) => System.Numerics.BigInteger.Abs(r.Numerator) < 10_000;

    public override bool Equals(Expr? other) => other is Power p && p.Base.Equals(Base) && p.Exponent.Equals(Exponent);
    protected override int ComputeHash() => HashCode.Combine(3, Base, Exponent);
}
