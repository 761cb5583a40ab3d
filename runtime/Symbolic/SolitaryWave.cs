namespace PdeSym.Symbolic;

/// <summary>
/// Travelling waves in closed form on the zero level of a reduced ODE's integrals (the constants of integration 0):
/// <list type="bullet">
/// <item>an energy f′²/2 + P(f) − c₁f = c₂ (<see cref="FirstIntegral.Energy"/>), f′² = Q(f) = −2P(f): αf² + βf³ gives the
/// pulse f = −(α/β)·sech²(√α z/2) (KdV's soliton), αf² + βf⁴ with β &lt; 0 gives f = √(−α/β)·sech(√α z) (mKdV's), α &gt; 0;</item>
/// <item>a first integral f′ + P(f) = c₁ with P quadratic, f′ = a(f − f₁)(f − f₂) with real roots: the front
/// f = m − d·tanh(a·d·z) between them (m, d their midpoint and half-distance; Burgers' shock 1 − tanh(z/2)).</item>
/// </list>
/// sech and tanh are written with e^y in the expression <see cref="F"/>.
/// </summary>
/// <param name="F">f(variable), the wave.</param>
/// <param name="Shape">sech² (a pulse), sech (a pulse) or tanh (a front).</param>
/// <param name="Offset">m: the front's midpoint; 0 for a pulse.</param>
/// <param name="Amplitude">A in m + A·shape(k·variable).</param>
/// <param name="Rate">k.</param>
public sealed record SolitaryWave(Expr F, string Shape, Expr Offset, Expr Amplitude, Expr Rate)
{
    /// <summary>The wave on the zero level of <paramref name="integral"/> (an energy, or a first-order first integral); null when none is written here.</summary>
    /// <param name="integral">In the names <paramref name="derivative"/>(0), (1), … and c1.</param>
    /// <param name="variable">The ODE's variable.</param>
    /// <param name="derivative">The name of f's k-th derivative.</param>
    public static SolitaryWave? Of(Expr integral, string variable, Func<int, string> derivative)
    {
        var (f, fz) = (derivative(0), Expr.Sym(derivative(1)));
        var level = integral.Substitute(LinearOde.Constant(1), Expr.Zero);
        var z = Expr.Sym(variable);
        // f′ + P(f): the front f′ = −P(f).
        if (Coefficients((fz - level).Expand(), f, variable, derivative) is [var c, var b, var a] && !a.IsZero)
        {
            var discriminant = b * b - new Rational(4, 1) * a * c;
            if (discriminant.Sign <= 0) return null;
            var m = Expr.Num(-b / (new Rational(2, 1) * a));
            var d = Expr.Sqrt(Expr.Num(discriminant / (new Rational(4, 1) * a * a)));      // half the distance of the roots
            var k = (Expr.Num(a) * d).Expand();
            return new SolitaryWave(m - d * Tanh(k * z), "tanh", m, -d, k);
        }
        // f′²/2 + P(f): the pulse on f′² = Q(f).
        if (Coefficients((Expr.Pow(fz, 2) - 2 * level).Expand(), f, variable, derivative) is not { Length: >= 3 } q
            || !q[0].IsZero || !q[1].IsZero || q[2].Sign <= 0) return null;
        var (alpha, cubic, quartic) = (q[2], q.ElementAtOrDefault(3), q.ElementAtOrDefault(4));
        if (q.Skip(5).Any(x => !x.IsZero)) return null;
        if (!cubic.IsZero && quartic.IsZero)
        {
            var (amplitude, rate) = (Expr.Num(-alpha / cubic), Expr.Sqrt(Expr.Num(alpha)) / Expr.Num(2));
            return new SolitaryWave(amplitude * Expr.Pow(Sech(rate * z), 2), "sech²", Expr.Zero, amplitude, rate);
        }
        if (cubic.IsZero && quartic.Sign < 0)
        {
            var (amplitude, rate) = (Expr.Sqrt(Expr.Num(-alpha / quartic)), Expr.Sqrt(Expr.Num(alpha)));
            return new SolitaryWave(amplitude * Sech(rate * z), "sech", Expr.Zero, amplitude, rate);
        }
        return null;
    }

    // The coefficients of a polynomial in f alone (q_k = Q^(k)(0)/k!, up to degree 6), or null when e is none.
    static Rational[]? Coefficients(Expr e, string f, string variable, Func<int, string> derivative)
    {
        if (e.Contains(variable) || Enumerable.Range(1, 6).Any(k => e.Contains(derivative(k)))) return null;
        var coefficients = new List<Rational>();
        var d = e;
        Rational factorial = Rational.One;
        for (int k = 0; k <= 6; k++, d = d.Derivative(f))
        {
            if (k > 0) factorial *= new Rational(k, 1);
            if (d.Substitute(f, Expr.Zero).Expand() is not Number { IsExact: true } c) return null;
            coefficients.Add(c.Exact / factorial);
        }
        var polynomial = Expr.Add(coefficients.Select((c, k) => Expr.Num(c) * Expr.Pow(Expr.Sym(f), k)).ToList());
        if (!(e - polynomial).Expand().IsZero) return null;
        while (coefficients.Count > 1 && coefficients[^1].IsZero) coefficients.RemoveAt(coefficients.Count - 1);
        return [.. coefficients];
    }

    static Expr Sech(Expr y) => Expr.Num(2) / (Expr.Exp(y) + Expr.Exp(-y));

    static Expr Tanh(Expr y) => (Expr.Exp(y) - Expr.Exp(-y)) / (Expr.Exp(y) + Expr.Exp(-y));

    /// <summary>m + A·shape(k·argument) in LaTeX: <c>6 \operatorname{sech}^{2}\left(\frac{\sqrt{2}}{2} \left(x - 2 t\right)\right)</c>.</summary>
    public string ToLatex(Expr argument) => Write(
        (Shape switch { "sech²" => @"\operatorname{sech}^{2}", "sech" => @"\operatorname{sech}", _ => @"\tanh" }) + $@"\left({(Rate * argument).ToLatex()}\right)",
        e => e.ToLatex(), "-", " ");

    /// <summary>m + A·shape(k·argument) as text, the argument printed as given: <c>6·sech²((x − 2t)/√2)</c>, <c>1 − tanh((x − t)/2)</c>.</summary>
    public string ToUnicode(Expr argument)
    {
        // (x − 2t)/√2 rather than (x − 2t)√2/2: a rate 1/√m with m a whole number is written as a division.
        string inner = (Rate * Rate).Expand() is Number { IsExact: true } square && !square.Exact.IsZero
                       && (Rational.One / square.Exact) is { IsInteger: true } m
            ? m.IsOne ? argument.ToUnicode()
              : (argument is Sum ? $"({argument.ToUnicode()})" : argument.ToUnicode()) + (m.TryRoot(2, out var root) ? $"/{root}" : $"/√{m}")
            : (Rate * argument).ToUnicode();
        return Write($"{Shape}({inner})", e => e.ToUnicode(), "−", "·");
    }

    // m ± |A|·shape, A's sign read off its coefficient.
    string Write(string shape, Func<Expr, string> print, string minus, string times)
    {
        bool negative = Product.SplitCoefficient(Amplitude).Coefficient.IsNegative;
        var magnitude = negative ? -Amplitude : Amplitude;
        string term = magnitude.IsOne ? shape : $"{print(magnitude)}{times}{shape}";
        return Offset.IsZero ? (negative ? minus + term : term) : $"{print(Offset)} {(negative ? minus : "+")} {term}";
    }
}
