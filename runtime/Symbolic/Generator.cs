namespace PdeSym.Symbolic;

/// <summary>
/// An infinitesimal generator V = ξ∂x + τ∂t + φ∂u with components that are expressions in x, t, u.
/// </summary>
public sealed record Generator(Expr Xi, Expr Tau, Expr Phi)
{
    /// <summary>Σ_k c_k V_k, componentwise and expanded (c_k numbers, or expressions in parameters).</summary>
    public static Generator Combine(IReadOnlyList<Generator> basis, IReadOnlyList<Expr> coefficients)
    {
        Expr Sum(Func<Generator, Expr> component) =>
            Expr.Add(basis.Select((g, k) => (k, g)).Where(p => !coefficients[p.k].IsZero).Select(p => coefficients[p.k] * component(p.g)).ToList()).Expand();
        return new Generator(Sum(g => g.Xi), Sum(g => g.Tau), Sum(g => g.Phi));
    }

    /// <summary>Reads the three components from the plain syntax (errors point at the position).</summary>
    public static Generator Parse(string xi, string tau, string phi) => new(Read(xi, "xi"), Read(tau, "tau"), Read(phi, "phi"));

    static Expr Read(string text, string component)
    {
        try { return Expr.Parse(text); }
        catch (ExprParseException e) { throw new ExprParseException(e.Text, e.Position, e.Expected + $" (in {component})", Found(e)); }
    }

    static string Found(ExprParseException e) => e.Position >= e.Text.Length ? "the end of the expression" : $"'{e.Text[e.Position]}'";

    /// <summary>The characteristic Q = φ − ξu_x − τu_t.</summary>
    public Expr Characteristic => Phi - Xi * Expr.Sym("u_x") - Tau * Expr.Sym("u_t");

    public bool IsZero => Xi.IsZero && Tau.IsZero && Phi.IsZero;

    /// <summary>Textbook form: <c>x∂x + 3t∂t − 2u∂u</c>.</summary>
    public string ToUnicode() => Join((Xi, "∂x"), (Tau, "∂t"), (Phi, "∂u"), e => e.ToUnicode(), "−", "0");

    /// <summary>LaTeX: <c>x \partial_x + 3 t \partial_t - 2 u \partial_u</c>.</summary>
    public string ToLatex() => Join((Xi, " \\partial_x"), (Tau, " \\partial_t"), (Phi, " \\partial_u"), e => e.ToLatex(), "-", "0");

    /// <summary>The components in the plain syntax: <c>xi = x, tau = 3*t, phi = -2*u</c>.</summary>
    public string ToPlain() => $"xi = {Xi.ToPlain()}, tau = {Tau.ToPlain()}, phi = {Phi.ToPlain()}";

    public override string ToString() => ToUnicode();

    static string Join((Expr C, string D) a, (Expr C, string D) b, (Expr C, string D) c, Func<Expr, string> print, string minus, string zero)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (component, d) in new[] { a, b, c })
        {
            if (component.IsZero) continue;
            // (x² + 2t)e^(−u)∂u rather than (x²e^(−u) + 2te^(−u))∂u: an exponential every term holds is written once.
            var (rest, exponential) = CommonExponential(component);
            var (coefficient, _) = Product.SplitCoefficient(rest);
            // −(5x²u + tu)∂u rather than (−5x²u − tu)∂u.
            bool negative = rest is Sum sum ? sum.Terms.All(t => Product.SplitCoefficient(t).Coefficient.IsNegative) : coefficient.IsNegative;
            var shown = !negative ? rest : rest is Sum s ? Expr.Add(s.Terms.Select(t => -t).ToList()) : -rest;
            string body = shown.IsOne ? "" : shown is Sum ? $"({print(shown)})" : print(shown);
            // (1/2)∂t and (x/2)∂x: a trailing denominator would read as dividing by the derivative.
            if (shown is not Sum && body.Contains('/') && char.IsDigit(body[^1])) body = $"({body})";
            if (exponential is not null) body += print(exponential);
            if (sb.Length > 0) sb.Append(negative ? $" {minus} " : " + ");
            else if (negative) sb.Append(minus);
            sb.Append(body).Append(body == "" ? d.TrimStart() : d);      // \partial_x alone, not " \partial_x"
        }
        return sb.Length == 0 ? zero : sb.ToString();
    }

    // A sum whose terms all hold the same factor e^a: (the sum over e^a, e^a); anything else: (itself, null).
    static (Expr Others, Expr? Exponential) CommonExponential(Expr component)
    {
        if (component is not Sum sum) return (component, null);
        static Expr? ExpOf(Expr term) => term is FunctionCall { Function: MathFunction.Exp } ? term
            : term is Product p ? p.Factors.FirstOrDefault(f => f is FunctionCall { Function: MathFunction.Exp }) : null;
        var first = ExpOf(sum.Terms[0]);
        if (first is null || sum.Terms.Any(t => !first.Equals(ExpOf(t)))) return (component, null);
        return (Expr.Add(sum.Terms.Select(t => t / first).ToList()), first);
    }
}
