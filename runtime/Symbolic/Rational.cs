using System.Globalization;
using System.Numerics;

namespace PdeSym.Symbolic;

/// <summary>An exact rational number p/q in lowest terms with q &gt; 0.</summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("rational with zero denominator");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero) { numerator /= g; denominator /= g; }
        Numerator = numerator;
        Denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    /// <summary>The fractions p/q with q ≤ <paramref name="maxDenominator"/> within <paramref name="tolerance"/>
    /// (absolute) of <paramref name="value"/>, smallest denominator first, each once: recognising a float as the simple
    /// number it approximates.</summary>
    public static IEnumerable<Rational> Near(double value, int maxDenominator, double tolerance)
    {
        var seen = new HashSet<Rational>();
        for (int q = 1; q <= maxDenominator; q++)
        {
            double p = Math.Round(value * q);
            if (Math.Abs(p / q - value) > tolerance || Math.Abs(p) > 1e15) continue;
            var fraction = new Rational(new BigInteger(p), q);
            if (seen.Add(fraction)) yield return fraction;
        }
    }

    /// <summary>The positive factor that turns <paramref name="values"/> into coprime integers (3/2, 1 → 2: 3, 2).</summary>
    public static Rational CoprimeIntegerScale(IEnumerable<Rational> values)
    {
        var list = values.ToList();
        var lcm = list.Aggregate(BigInteger.One, (acc, r) => acc / BigInteger.GreatestCommonDivisor(acc, r.Denominator) * r.Denominator);
        var gcd = list.Aggregate(BigInteger.Zero, (acc, r) => BigInteger.GreatestCommonDivisor(acc, r.Numerator * (lcm / r.Denominator)));
        return new Rational(lcm, gcd.IsZero ? BigInteger.One : BigInteger.Abs(gcd));
    }

    public static Rational Zero => new(0, 1);
    public static Rational One => new(1, 1);
    public static Rational MinusOne => new(-1, 1);

    public bool IsZero => Numerator.IsZero;
    public bool IsOne => Numerator.IsOne && Denominator.IsOne;
    public bool IsInteger => Denominator.IsOne || Denominator.IsZero;
    public int Sign => Numerator.Sign;

    public static implicit operator Rational(int value) => new(value, 1);
    public static implicit operator Rational(BigInteger value) => new(value, 1);

    public static Rational operator +(Rational a, Rational b) =>
        a.Denominator == b.Denominator
            ? new(a.Numerator + b.Numerator, a.Denominator)
            : new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) => a + (-b);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>this^n for an integer n (n &lt; 0 needs a nonzero base).</summary>
    public Rational Pow(int n) => n >= 0
        ? new(BigInteger.Pow(Numerator, n), BigInteger.Pow(Denominator, n))
        : new(BigInteger.Pow(Denominator, -n), BigInteger.Pow(Numerator, -n));

    /// <summary>The exact k-th root when there is one (a non-negative base, or an odd k).</summary>
    public bool TryRoot(int k, out Rational root)
    {
        root = default;
        if (k <= 0) return false;
        if (Sign < 0 && k % 2 == 0) return false;
        if (!TryIntegerRoot(BigInteger.Abs(Numerator), k, out var p) || !TryIntegerRoot(Denominator, k, out var q)) return false;
        root = new Rational(Sign < 0 ? -p : p, q);
        return true;
    }

    static bool TryIntegerRoot(BigInteger n, int k, out BigInteger root)
    {
        if (n.IsZero || n.IsOne) { root = n; return true; }
        // Newton's method on integers, started above the root.
        var x = BigInteger.One << (int)((n.GetBitLength() + k - 1) / k + 1);
        while (true)
        {
            var y = ((k - 1) * x + n / BigInteger.Pow(x, k - 1)) / k;
            if (y >= x) break;
            x = y;
        }
        root = x;
        return BigInteger.Pow(x, k) == n;
    }

    public double ToDouble()
    {
        double value = (double)Numerator / (double)Denominator;
        if (double.IsFinite(value) && value != 0 || Numerator.IsZero) return value;
        // Huge numerator and denominator: scale both down before dividing.
        int shift = (int)Math.Max(Numerator.GetBitLength(), Denominator.GetBitLength()) - 1000;
        return (double)(Numerator >> shift) / (double)(Denominator >> shift);
    }

    /// <summary>The exact value of a finite double (every double is a dyadic rational).</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{value} is not a finite number", nameof(value));
        if (value == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger num = mantissa;
        var r = exponent >= 0 ? new Rational(num << exponent, 1) : new Rational(num, BigInteger.One << -exponent);
        return negative ? -r : r;
    }

    /// <summary>Reads an invariant decimal literal (<c>12</c>, <c>0.01</c>, <c>1e-05</c>, <c>2.5E3</c>) exactly.</summary>
    public static bool TryParseDecimal(string text, out Rational value)
    {
        value = Zero;
        int e = text.IndexOfAny(['e', 'E']);
        string mantissa = e < 0 ? text : text[..e];
        int exponent = 0;
        if (e >= 0 && !int.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return false;
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        if (dot >= 0) exponent -= mantissa.Length - dot - 1;
        var n = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        value = exponent >= 0 ? new Rational(n * BigInteger.Pow(10, exponent), 1) : new Rational(n, BigInteger.Pow(10, -exponent));
        return true;
    }

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary><c>3</c>, <c>-1/2</c>.</summary>
    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
