namespace PdeSym.Symbolic;

/// <summary>
/// A monomial of the jet polynomial ring: ∏ v^k over variables (integer k, negative allowed) times an
/// exponential e^(a·x + b·t + c·u) times powers p^r (rational r) of registered base polynomials p (radicals and
/// reciprocals such as √(t+1) or 1/(t+1)). Immutable; equality and hashing are structural.
/// </summary>
internal sealed class Monomial : IEquatable<Monomial>
{
    public readonly int[] Variables;
    public readonly int[] Powers;
    public readonly Rational ExpX, ExpT, ExpU;
    public readonly int[] Bases;
    public readonly Rational[] BaseExponents;
    readonly int hash;

    public static readonly Monomial One = new([], [], Rational.Zero, Rational.Zero, Rational.Zero, [], []);

    public Monomial(int[] variables, int[] powers, Rational expX, Rational expT, Rational expU, int[] bases, Rational[] baseExponents)
    {
        Variables = variables; Powers = powers; ExpX = expX; ExpT = expT; ExpU = expU; Bases = bases; BaseExponents = baseExponents;
        var h = new HashCode();
        for (int i = 0; i < variables.Length; i++) { h.Add(variables[i]); h.Add(powers[i]); }
        h.Add(expX); h.Add(expT); h.Add(expU);
        for (int i = 0; i < bases.Length; i++) { h.Add(bases[i]); h.Add(baseExponents[i]); }
        hash = h.ToHashCode();
    }

    /// <summary>v^power; v⁰ is <see cref="One"/> (a zero power kept in the arrays would make an unequal twin of it).</summary>
    public static Monomial Variable(int v, int power = 1) => power == 0 ? One : new([v], [power], Rational.Zero, Rational.Zero, Rational.Zero, [], []);
    public static Monomial Exponential(Rational a, Rational b, Rational c) => new([], [], a, b, c, [], []);
    public static Monomial Radical(int b, Rational r) => r.IsZero ? One : new([], [], Rational.Zero, Rational.Zero, Rational.Zero, [b], [r]);

    /// <summary>Every monomial of total degree ≤ <paramref name="degree"/> in the variables (1 first, then by degree).</summary>
    public static List<Monomial> UpToDegree(IReadOnlyList<int> variables, int degree)
    {
        var result = new List<Monomial> { One };
        var layer = new List<(Monomial Monomial, int Last)> { (One, 0) };
        for (int d = 1; d <= degree; d++)
        {
            var next = new List<(Monomial, int)>();
            foreach (var (m, last) in layer)
                for (int i = last; i < variables.Count; i++)
                    next.Add((m.Multiply(Variable(variables[i])), i));
            result.AddRange(next.Select(n => n.Item1));
            layer = next;
        }
        return result;
    }

    public bool IsOne => Variables.Length == 0 && Bases.Length == 0 && !HasExponential;
    public bool HasExponential => !ExpX.IsZero || !ExpT.IsZero || !ExpU.IsZero;

    public int Power(int v)
    {
        int i = Array.IndexOf(Variables, v);
        return i < 0 ? 0 : Powers[i];
    }

    public Rational BaseExponent(int b)
    {
        int i = Array.IndexOf(Bases, b);
        return i < 0 ? Rational.Zero : BaseExponents[i];
    }

    /// <summary>This monomial with variable v's power dropped (x²u³ without u: x²).</summary>
    public Monomial Without(int v)
    {
        int i = Array.IndexOf(Variables, v);
        return i < 0 ? this : new(Variables.Where((_, k) => k != i).ToArray(), Powers.Where((_, k) => k != i).ToArray(), ExpX, ExpT, ExpU, Bases, BaseExponents);
    }

    public Monomial Multiply(Monomial o)
    {
        if (o.IsOne) return this;
        if (IsOne) return o;
        var (v, p) = Merge(Variables, Powers, o.Variables, o.Powers, (a, b) => a + b, k => k == 0);
        var (b, r) = Merge(Bases, BaseExponents, o.Bases, o.BaseExponents, (a, c) => a + c, k => k.IsZero);
        return new Monomial(v, p, ExpX + o.ExpX, ExpT + o.ExpT, ExpU + o.ExpU, b, r);
    }

    /// <summary>This monomial with every exponent multiplied by an integer n.</summary>
    public Monomial Pow(int n) => n == 1 ? this : new(
        n == 0 ? [] : Variables, n == 0 ? [] : Powers.Select(p => p * n).ToArray(), ExpX * n, ExpT * n, ExpU * n,
        n == 0 ? [] : Bases, n == 0 ? [] : BaseExponents.Select(r => r * n).ToArray());

    static (int[], T[]) Merge<T>(int[] ka, T[] va, int[] kb, T[] vb, Func<T, T, T> add, Func<T, bool> isZero)
    {
        var keys = new List<int>(ka.Length + kb.Length);
        var values = new List<T>(ka.Length + kb.Length);
        int i = 0, j = 0;
        while (i < ka.Length || j < kb.Length)
        {
            if (j >= kb.Length || i < ka.Length && ka[i] < kb[j]) { keys.Add(ka[i]); values.Add(va[i]); i++; }
            else if (i >= ka.Length || kb[j] < ka[i]) { keys.Add(kb[j]); values.Add(vb[j]); j++; }
            else
            {
                var s = add(va[i], vb[j]);
                if (!isZero(s)) { keys.Add(ka[i]); values.Add(s); }
                i++; j++;
            }
        }
        return (keys.ToArray(), values.ToArray());
    }

    public bool Equals(Monomial? o) =>
        o is not null && o.hash == hash && o.ExpX == ExpX && o.ExpT == ExpT && o.ExpU == ExpU
        && o.Variables.AsSpan().SequenceEqual(Variables) && o.Powers.AsSpan().SequenceEqual(Powers)
        && o.Bases.AsSpan().SequenceEqual(Bases) && o.BaseExponents.AsSpan().SequenceEqual(BaseExponents);
    public override bool Equals(object? obj) => obj is Monomial m && Equals(m);
    public override int GetHashCode() => hash;

    /// <summary>A stable key for ordering and for naming polynomials (independent of hashing).</summary>
    public string Key => string.Join(",", Variables.Select((v, i) => $"{v}^{Powers[i]}")) + $"|{ExpX}|{ExpT}|" + (ExpU.IsZero ? "" : $"{ExpU}|") +
                         string.Join(",", Bases.Select((b, i) => $"{b}^{BaseExponents[i]}"));
}
