namespace PdeSym.Symbolic;

/// <summary>
/// A sparse polynomial over <see cref="Monomial"/>s with exact rational coefficients: the fast representation in
/// which the determining equations are built and collected (no tree rewriting).
/// </summary>
internal sealed class JetPolynomial
{
    public readonly Dictionary<Monomial, Rational> Terms;

    public JetPolynomial() => Terms = [];
    JetPolynomial(Dictionary<Monomial, Rational> terms) => Terms = terms;

    public static JetPolynomial Zero => new();
    public static JetPolynomial Constant(Rational c) => Of(Monomial.One, c);
    public static JetPolynomial Of(Monomial m, Rational c)
    {
        var p = new JetPolynomial();
        if (!c.IsZero) p.Terms[m] = c;
        return p;
    }

    public bool IsZero => Terms.Count == 0;

    public void AddInPlace(Monomial m, Rational c)
    {
        if (c.IsZero) return;
        if (Terms.TryGetValue(m, out var old))
        {
            var s = old + c;
            if (s.IsZero) Terms.Remove(m); else Terms[m] = s;
        }
        else Terms[m] = c;
    }

    public void AddInPlace(JetPolynomial p, Rational scale)
    {
        foreach (var (m, c) in p.Terms) AddInPlace(m, c * scale);
    }

    public static JetPolynomial operator +(JetPolynomial a, JetPolynomial b)
    {
        var r = new JetPolynomial(new Dictionary<Monomial, Rational>(a.Terms));
        r.AddInPlace(b, Rational.One);
        return r;
    }

    public static JetPolynomial operator -(JetPolynomial a, JetPolynomial b)
    {
        var r = new JetPolynomial(new Dictionary<Monomial, Rational>(a.Terms));
        r.AddInPlace(b, Rational.MinusOne);
        return r;
    }

    public static JetPolynomial operator *(JetPolynomial a, JetPolynomial b)
    {
        var r = new JetPolynomial();
        foreach (var (ma, ca) in a.Terms)
            foreach (var (mb, cb) in b.Terms)
                r.AddInPlace(ma.Multiply(mb), ca * cb);
        return r;
    }

    public JetPolynomial Scale(Rational s)
    {
        var r = new JetPolynomial();
        if (!s.IsZero) foreach (var (m, c) in Terms) r.Terms[m] = c * s;
        return r;
    }

    public JetPolynomial Multiply(Monomial m)
    {
        var r = new JetPolynomial();
        foreach (var (mm, c) in Terms) r.Terms[mm.Multiply(m)] = c;
        return r;
    }

    public JetPolynomial Pow(int n)
    {
        var r = Constant(Rational.One);
        for (int i = 0; i < n; i++) r *= this;
        return r;
    }

    /// <summary>Every variable that occurs, also inside exponentials (x, t) and radical bases.</summary>
    public IEnumerable<int> Variables(PolynomialRing ring)
    {
        var set = new HashSet<int>();
        foreach (var m in Terms.Keys)
        {
            set.UnionWith(m.Variables.Select(v => v < 0 ? PolynomialRing.UIndex : v)); // sin(u), cos(u) vary with u
            if (!m.ExpX.IsZero) set.Add(PolynomialRing.XIndex);
            if (!m.ExpT.IsZero) set.Add(PolynomialRing.TIndex);
            if (!m.ExpU.IsZero) set.Add(PolynomialRing.UIndex);
            foreach (var b in m.Bases) set.UnionWith(ring.Base(b).Variables(ring));
        }
        return set;
    }

    /// <summary>The terms sorted by a stable key (for deterministic output and matrix rows).</summary>
    public IEnumerable<KeyValuePair<Monomial, Rational>> Sorted() => Terms.OrderBy(kv => kv.Key.Key, StringComparer.Ordinal);
}
