namespace PdeSym.Symbolic;

/// <summary>
/// Antiderivatives in closed form of the sums that integrating characteristics and linear ODEs meet: terms c·B^p with B
/// linear in the variable (p = −1 gives log B; a product such as t/(t + 1)² is first written in s = t + 1), c·e^(kt + d),
/// c·sin(kt + d), c·cos(kt + d), and c·R with R rational in the variable (<see cref="RationalIntegral"/>: logarithms and
/// arctangents, as the projective symmetries' characteristics need).
/// </summary>
internal static class Antiderivative
{
    /// <summary>
    /// ∫ e d(variable) for e a sum of terms c·B^p (B linear in the variable, p free of it; p = −1 gives log B), c·e^(kt),
    /// c·sin(kt), c·cos(kt) and c·R(t) with R rational; null when a term is of another kind. The constant of integration is left out.
    /// </summary>
    public static Expr? Of(Expr e, string variable)
    {
        e = ParameterFractions.Combine(e.Expand());
        var terms = e is Sum sum ? sum.Terms : [e];
        var result = new List<Expr>();
        var x = Expr.Sym(variable);
        foreach (var term in terms)
        {
            var (coefficient, monomial) = Product.SplitCoefficient(term);
            var factors = monomial is Product p ? p.Factors : [monomial];
            var power = factors.Where(f => f.Contains(variable)).ToList();
            var constant = Expr.Multiply([coefficient, .. factors.Where(f => !f.Contains(variable))]);
            if (power.Count == 0) { result.Add(constant * x); continue; }
            if (power is [FunctionCall { Function: MathFunction.Exp } exp] && Rate(exp.Argument, variable) is { } rate)
            {
                result.Add(constant * exp / rate);   // ∫ e^(kt + c) dt = e^(kt + c)/k
                continue;
            }
            if (power is [FunctionCall { Function: MathFunction.Sin or MathFunction.Cos } wave] && Rate(wave.Argument, variable) is { } frequency)
            {
                // ∫ sin(kf + c) = −cos(kf + c)/k, ∫ cos(kf + c) = sin(kf + c)/k: the pendulum's potential.
                result.Add(wave.Function == MathFunction.Sin ? -constant * Expr.Cos(wave.Argument) / frequency : constant * Expr.Sin(wave.Argument) / frequency);
                continue;
            }
            if (Linear(power, variable) is { } linear) { result.Add(constant * linear); continue; }
            // Anything else rational in the variable: partial fractions (logarithms and arctangents).
            if (RationalIntegral.Of(Expr.Multiply(power), variable) is not { } rational) return null;
            result.Add(constant * rational);
        }
        return Expr.Add(result);
    }

    // k of an argument kt + d: nonzero and free of the variable (a number, or a family's parameter: e^(az/2)); else null.
    static Expr? Rate(Expr argument, string variable) =>
        ParameterFractions.Combine(argument.Derivative(variable).Expand()) is { IsZero: false } k && !k.Contains(variable) && k.IsExact ? k : null;

    // ∫ B^p for B linear in the variable, p free of it (log B when p = −1); a product such as t/(t + 1)² in s = t + 1.
    static Expr? Linear(List<Expr> power, string variable)
    {
        if (power.Count > 1 && power.Select(f => Power.Split(f).Base).FirstOrDefault(b => b is Sum && b.Derivative(variable).Expand() is { IsZero: false } k && !k.Contains(variable)) is { } linear)
        {
            const string s = "s_";
            var slope = ParameterFractions.Combine(linear.Derivative(variable).Expand());
            var inS = ParameterFractions.Combine(Expr.Multiply(power).Substitute(variable, (Expr.Sym(s) - linear.Substitute(variable, Expr.Zero)) / slope).Expand());
            return !inS.Contains(variable) && Of(inS, s) is { } inner ? (inner / slope).Substitute(s, linear) : null;
        }
        // B′ = k and p free of the variable: numbers, or a family's parameters ((a + 1)t, t^(−1/a)).
        if (power.Count > 1 || Power.Split(power[0]) is not ({ } b, var n) || n.Contains(variable) || !n.IsExact
            || b.Derivative(variable).Expand() is not { } k || k.IsZero || k.Contains(variable))
            return null;
        var raised = ParameterFractions.Combine((n + Expr.One).Expand());
        return raised.IsZero ? Expr.Log(b) / k : Expr.Pow(b, raised) / (k * raised);
    }

    /// <summary>Every exponential in e written by <see cref="ExpOf"/>: e^(a(x − t)/2 − a·log(x + t)/2) is (x + t)^(−a/2)e^(a(x − t)/2),
    /// which then meets the other powers of x + t.</summary>
    public static Expr PowersOutOfExponentials(Expr e) => e switch
    {
        FunctionCall { Function: MathFunction.Exp } exp => ExpOf(PowersOutOfExponentials(exp.Argument)),
        Number or Symbol => e,
        _ => e.With(e.Children.Select(PowersOutOfExponentials).ToList()),
    };

    /// <summary>e^P with P's logarithms taken out as powers: e^(−z²t/4 − log(t)/2) = t^(−1/2)·e^(−z²t/4), e^(a·log(t)/2) = t^(a/2).</summary>
    /// <param name="p">The exponent.</param>
    /// <param name="variable">The integration variable: a log's factor free of it is taken into the power (a·log((a + 1)t)/(a + 1));
    /// without it, only a factor sharing no name with the log's argument.</param>
    public static Expr ExpOf(Expr p, string? variable = null)
    {
        var factors = new List<Expr>();
        var rest = new List<Expr>();
        foreach (var term in p.Expand() is Sum s ? s.Terms : [p.Expand()])
        {
            var (c, monomial) = Product.SplitCoefficient(term);
            // c·k·log B with k free of B's variables (a parameter: a·log(t)/2 gives t^(a/2)).
            var parts = monomial is Product product ? product.Factors : [monomial];
            if (parts.Where(f => f is FunctionCall { Function: MathFunction.Log }).ToList() is [FunctionCall log]
                && parts.Where(f => f != log).All(f => variable is null ? !f.Symbols().Overlaps(log.Argument.Symbols()) : !f.Contains(variable)))
                factors.Add(Expr.Pow(log.Argument, c * Expr.Multiply(parts.Where(f => f != log))));
            else rest.Add(term);
        }
        return Expr.Multiply([.. factors, Expr.Exp(Expr.Add(rest))]);
    }
}
