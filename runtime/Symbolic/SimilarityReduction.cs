namespace PdeSym.Symbolic;

/// <summary>
/// The reduction of Δ = 0 by a symmetry V to an ordinary differential equation (Olver, "Applications of Lie Groups
/// to Differential Equations", §3.1): the V-invariant solutions are u = U(x, t, f(z)) with z = Z(x, t) an invariant of
/// V, and Δ evaluated on them is a common factor times an ODE for f. Travelling waves (c∂x + ∂t), scaling solutions
/// (x∂x + 3t∂t − 2u∂u of KdV: u = t^(−2/3) f(x t^(−1/3))) and Galilean ones (t∂x + ∂u: u = x/t + f(t)) are the
/// textbook cases.
/// </summary>
/// <param name="Generator">The symmetry reduced by.</param>
/// <param name="Variable">The ODE's independent variable: <c>z</c>, or <c>t</c> when τ = 0 (t is then invariant).</param>
/// <param name="Invariant">z = Z(x, t), the invariant the ODE is written in (t itself when <see cref="Variable"/> is t).</param>
/// <param name="Solution">U(x, t, f): the invariant solutions u = U, with the symbol <c>f</c> standing for f(Variable).</param>
/// <param name="Ode">The reduced equation in Variable, <c>f</c> and its derivatives <c>f_z</c>, <c>f_zz</c>, … (= 0).</param>
/// <param name="Factor">Δ on u = U is Factor · Ode (t^(−5/3) for KdV's scaling; 1 for a travelling wave; 1/f′² where the ODE's denominators were cleared).</param>
public sealed record SimilarityReduction(Generator Generator, string Variable, Expr Invariant, Expr Solution, Expr Ode, Expr Factor)
{
    /// <summary>The ODE's general solution f(variable) with constants c1, c2, … when <see cref="LinearOde"/> solves it; else null.</summary>
    public Expr? OdeSolution { get; init; }

    /// <summary>The invariant solutions in closed form, u(x, t) with the constants c1, c2, … (checked on Δ); null when the ODE is not solved.</summary>
    public Expr? ExplicitSolution { get; init; }

    /// <summary>The ODE's unknown.</summary>
    public const string Unknown = "f";

    /// <summary>The name of f's k-th derivative in the plain syntax: f, f_z, f_zz, … (or f_t, … when the variable is t).</summary>
    public string Derivative(int k) => DerivativeName(Variable, k);

    /// <summary>f, f_z, f_zz, … for the variable z (f_t, … for t).</summary>
    public static string DerivativeName(string variable, int k) => k == 0 ? Unknown : Unknown + "_" + new string(variable[0], k);

    /// <summary>The ODE's order: the highest derivative of f it holds.</summary>
    public int Order => Enumerable.Range(0, 64).Last(k => k == 0 || Ode.Contains(Derivative(k)));

    /// <summary>
    /// When the ODE is nonlinear or unsolved: G with D_z G = the ODE, or for an ODE f″ + P(f) = 0 its energy f′²/2 + ∫P df
    /// (either is c₁ along the solutions); else null.
    /// </summary>
    public Expr? Integral { get; init; }

    /// <summary>True when the ODE is an equation for f alone that no f satisfies (e^f = 0): V has no invariant solution.</summary>
    public bool NoSolution { get; init; }

    /// <summary>Expressions in a family's parameters the reduction took to be nonzero beyond what it divides by (the
    /// determinant and eigenvalue of an <see cref="LinearChart"/>); empty for a generator without parameters.</summary>
    public IReadOnlyList<Expr> Assumptions { get; init; } = [];

    /// <summary>When <see cref="Integral"/> reads f″ + P(f): f′²/2 + ∫P df − c₁f (= c₂ along the solutions); else null.</summary>
    public Expr? SecondIntegral { get; init; }

    /// <summary>The solitary wave on the energy's zero level (c₁ = c₂ = 0) when f′² = Q(f) integrates in closed form; else null.</summary>
    public SolitaryWave? Wave { get; init; }

    /// <summary>u(x, t) of <see cref="Wave"/> (checked on Δ); null without one.</summary>
    public Expr? SolitaryWaveSolution { get; init; }

    /// <summary>The solitary wave as a person writes it: <c>6·sech²((x − 2t)/√2)</c>; null without one.</summary>
    public string? SolitaryWaveUnicode() =>
        Wave is { } w ? Solution.Substitute(Unknown, Expr.Sym(w.ToUnicode(Invariant))).ToUnicode() : null;

    /// <summary>Unicode with primes, highest derivative first: <c>f‴ + f·f′ − f′·z/3 − 2f/3</c>.</summary>
    public string OdeUnicode() => Unicode(Ode);

    /// <summary>LaTeX, highest derivative first: <c>f_{zzz} + f f_{z} - …</c>.</summary>
    public string OdeLatex() => Join(Ode, term => term.ToLatex(), "-");

    /// <summary>An expression in z, f, f′, … and c1, c2, … in Unicode, with primes, subscripts, highest derivative first.</summary>
    public string Unicode(Expr e)
    {
        var names = Enumerable.Range(1, Order + 1).ToDictionary(Derivative, k => Expr.Sym(Prime(k)));
        foreach (var i in Enumerable.Range(1, Order)) names[LinearOde.Constant(i)] = Expr.Sym("c" + (char)('₀' + i));
        return Join(e, term => term.Substitute(names).ToUnicode(), "−");
    }

    // The terms by the order of the derivative of f they hold, highest first, as the books write an ODE.
    string Join(Expr e, Func<Expr, string> print, string minus)
    {
        var terms = (e is Sum s ? s.Terms : [e])
            .OrderByDescending(term => Enumerable.Range(0, Order + 2).LastOrDefault(k => term.Contains(Derivative(k)), -1));
        return ExprFormatter.JoinTerms(terms, print, minus);
    }

    /// <summary>
    /// An align* for a paper: the invariant, the invariant solutions, their ODE, and the solutions or integrals found
    /// (constants c_1, c_2, …), after a comment naming the generator.
    /// </summary>
    public string ToLatex()
    {
        var constants = Enumerable.Range(1, Order).ToDictionary(LinearOde.Constant, i => Expr.Sym($"c_{i}"));
        var lines = new List<string>();
        if (Variable != "t") lines.Add($"z &= {Invariant.ToLatex()}");
        lines.Add($"u &= {Solution.Substitute(Unknown, Expr.Sym($"f({Variable})")).ToLatex()}");
        lines.Add($"0 &= {OdeLatex()}");
        if (ExplicitSolution is { } u) lines.Add($"u &= {u.Substitute(constants).ToLatex()}");
        if (Integral is { } g) lines.Add($"c_1 &= {g.Substitute(constants).ToLatex()}");
        if (SecondIntegral is { } e) lines.Add($"c_2 &= {e.Substitute(constants).ToLatex()}");
        if (Wave is { } w) lines.Add($"u &= {Solution.Substitute(Unknown, Expr.Sym(w.ToLatex(Invariant))).ToLatex()} \\quad (c_1 = c_2 = 0)");
        return $"% V = {Generator.ToLatex()}\n\\begin{{align*}}\n  " + string.Join(", \\\\\n  ", lines) + "\n\\end{align*}\n";
    }

    /// <summary>
    /// The reduction in words, one labelled line per fact — invariant, solutions, reduced ODE, and where found the factor,
    /// integrals, solitary wave and solved form — as the command line and the analysis document print it.
    /// </summary>
    public IEnumerable<(string Label, string Text)> Describe()
    {
        yield return ("invariant", Variable == "t" ? "t (τ = 0: t is invariant)" : $"z = {Invariant.ToUnicode()}");
        yield return ("solutions", $"u = {SolutionUnicode()}");
        yield return ("reduced ODE", $"{OdeUnicode()} = 0 (order {Order} in f({Variable}))");
        if (!Factor.IsOne) yield return ("factor", $"Δ on these u is {Unicode(Factor)} times the ODE");
        if (Integral is { } g)
            yield return ("integrated", $"{Unicode(g)} = c₁" + (SecondIntegral is { } e ? $", and with f′: {Unicode(e)} = c₂" : ""));
        if (SolitaryWaveUnicode() is { } wave) yield return ("solitary", $"u = {wave} (constants 0; checked on the PDE)");
        if (ExplicitSolutionUnicode() is { } solved) yield return ("solved", $"u = {solved} (checked on the PDE)");
        if (NoSolution) yield return ("solved", $"no invariant solution: {OdeUnicode()} = 0 holds for no f");
    }

    /// <summary>u = U with f written f(z): <c>t^(−2/3)·f(z)</c>.</summary>
    public string SolutionUnicode() => Solution.Substitute(Unknown, Expr.Sym($"{Unknown}({Variable})")).ToUnicode();

    /// <summary>The explicit solutions with subscripted constants: <c>c₁·e^(−x²/(4t))/√t</c>; null when the ODE is not solved.</summary>
    public string? ExplicitSolutionUnicode() => ExplicitSolution is { } u ? Unicode(u) : null;

    static string Prime(int k) => k switch
    {
        1 => "f′",
        2 => "f″",
        3 => "f‴",
        4 => "f⁗",
        _ => $"f⁽{k}⁾",
    };

    /// <summary>As <see cref="Of"/>, but a generator that does not reduce gives the reason in place of the reduction.</summary>
    public static (SimilarityReduction? Reduction, string? Refused) Attempt(Expr equation, Generator generator, bool known = false)
    {
        try { return (Of(equation, generator, known), null); }
        catch (UnreducibleGeneratorException e) { return (null, e.Reason); }
        catch (SymmetryAnalysisException e) { return (null, e.Message); }
    }

    /// <summary>
    /// Reduces <paramref name="equation"/> by <paramref name="generator"/>, then solves the ODE where it is linear
    /// (<see cref="ExplicitSolution"/>) or integrates it where it is a total derivative (<see cref="Integral"/>). Throws
    /// <see cref="SymmetryAnalysisException"/> when V is not a symmetry (the reduction would be meaningless) and
    /// <see cref="UnreducibleGeneratorException"/> when <see cref="SimilarityInvariants"/> cannot write its invariants.
    /// An affine field whose τ depends on x is reduced in coordinates that straighten its linear part (<see cref="LinearChart"/>).
    /// </summary>
    /// <param name="equation">Δ.</param>
    /// <param name="generator">V, a symmetry of Δ = 0.</param>
    /// <param name="known">V is a combination of verified generators (a family of the optimal system, its parameters
    /// symbolic): not checked again.</param>
    public static SimilarityReduction Of(Expr equation, Generator generator, bool known = false)
    {
        var v = new Generator(generator.Xi.Rationalize(), generator.Tau.Rationalize(), generator.Phi.Rationalize());
        var check = known ? null : SymmetryCheck.Verify(equation, v);
        if (check is { IsSymmetry: false })
            throw new SymmetryAnalysisException(
                $"V = {v.ToUnicode()} is not a symmetry of {equation.ToPlain()} = 0 (residual {check.Residual:G3}); " +
                "only a symmetry reduces the equation — `pdesym symmetries` lists them");
        try { return Direct(equation, v); }
        catch (UnreducibleGeneratorException refused) when (LinearChart.Of(v) is { } chart)
        {
            // τ depends on x, but V is affine: in coordinates where its linear part is straightened, τ depends on T alone.
            SimilarityReduction inner;
            try { inner = Direct(chart.Equation(equation.Rationalize()), chart.Field(v), (v, equation)); }
            catch (UnreducibleGeneratorException e) { throw new UnreducibleGeneratorException(v, $"{refused.Reason}; in the coordinates {chart.Describe()} (named x and t in what follows), {e.Reason}"); }
            var back = inner with
            {
                Generator = v, Invariant = chart.Back(inner.Invariant), Solution = chart.Back(inner.Solution), Factor = chart.Back(inner.Factor),
                Assumptions = chart.Assumptions,
                ExplicitSolution = inner.ExplicitSolution is { } u ? chart.Back(u) : null,
                SolitaryWaveSolution = inner.SolitaryWaveSolution is { } w ? chart.Back(w) : null,
            };
            // T invariant (τ = 0 there): its ODE in T is one in the invariant z = T(x, t).
            return (inner.Variable == "t" ? back.InZ() : back).Combined();   // the inner reduction checked its solutions on Δ in the new coordinates
        }
    }

    // `named`: the generator and equation that messages name (the originals, when these are in straightened coordinates).
    static SimilarityReduction Direct(Expr equation, Generator v, (Generator V, Expr Equation)? named = null)
    {
        var (shown, shownEquation) = named ?? (v, equation);
        // A scaling about (x₀, t₀) is reduced in x − x₀, t − t₀, where powers of t − t₀ multiply as monomials.
        var (x0, t0) = SimilarityInvariants.Centre(v);
        var shift = new Dictionary<string, Expr> { ["x"] = Expr.X + x0, ["t"] = Expr.T + t0 };
        var back = new Dictionary<string, Expr> { ["x"] = Expr.X - x0, ["t"] = Expr.T - t0 };
        var centred = new Generator(v.Xi.Substitute(shift).Expand(), v.Tau.Substitute(shift).Expand(), v.Phi.Substitute(shift).Expand());
        var invariants = SimilarityInvariants.Of(centred);
        var rationalized = equation.Rationalize().Substitute(shift);

        // Δ on u = U: each jet u_{x^i t^j} is D_x^i D_t^j U, f's derivatives brought in by the chain rule through Z.
        var jets = new Dictionary<string, Expr>();
        foreach (var name in rationalized.Symbols())
            if (JetVariable.TryParse(name, out var jet)) jets[name] = invariants.Jet(jet);
        Expr onSolutions;
        try { onSolutions = rationalized.Substitute(jets); }
        catch (DivideByZeroException)
        {
            throw new UnreducibleGeneratorException(shown, $"a denominator of Δ vanishes on every invariant function u = {invariants.U.Substitute(back).ToUnicode()}");
        }
        var (factor, ode) = Separate(onSolutions.Substitute(invariants.Chart).Expand(), invariants.Variable == "z" ? ["x", "t"] : ["x"], shown, shownEquation);
        // Read on a line across the orbits, the ODE must be Δ everywhere: Δ on U = factor(z) · ODE(z) with z = Z(x, t).
        if (invariants.OnLine && !Evaluation.Vanishes(onSolutions - (factor * ode).Substitute("z", invariants.Z)))   // f, f′, … free at the points
            throw new UnreducibleGeneratorException(shown, "Δ on u = f(z) is no function of z times an ODE (it depends on the orbit's point)");
        var reduction = new SimilarityReduction(v, invariants.Variable, invariants.Z.Substitute(back), invariants.U.Substitute(back), ode,
            factor.Substitute("z", invariants.Z).Substitute(back).Expand());
        return reduction.Combined().Cleared().Normalised().Solved(equation.Rationalize());
    }

    // The ODE solved where it is linear, and u = U(x, t, f(Z)) checked on Δ (jets by differentiating it).
    SimilarityReduction Solved(Expr equation)
    {
        if (Order == 0) return Algebraic(equation);
        if (LinearOde.Solve(Ode, Variable, Derivative, Order) is not { } f)
        {
            var integrated = FirstIntegral.Of(Ode, Variable, Derivative, Order) is { } g
                ? this with { Integral = g, SecondIntegral = FirstIntegral.Energy(g, Variable, Derivative, Expr.Sym(LinearOde.Constant(1))) }
                : this with { Integral = FirstIntegral.Energy(Ode, Variable, Derivative, Expr.Zero) };
            // On the energy's zero level: the solitary wave, when f′² = Q(f) integrates in closed form.
            if ((integrated.SecondIntegral ?? integrated.Integral) is not { } energy || SolitaryWave.Of(energy, Variable, Derivative) is not { } wave)
                return integrated;
            var solitary = Solution.Substitute(Unknown, wave.F.Substitute(Variable, Invariant));
            Check(equation, solitary, $"the solitary wave f = {wave.F.ToPlain()}");
            return integrated with { Wave = wave, SolitaryWaveSolution = solitary };
        }
        // Of u as built and u with the logarithms in its exponentials taken out as powers (expanded, so that they meet
        // the powers outside), the shorter: (x + t)^(a/2)(c₁e^(a(x − t)/2 − a·log(x + t)/2)/a + c₂) is c₁e^(a(x − t)/2)/a + …
        var built = Solution.Substitute(Unknown, f.Substitute(Variable, Invariant));
        var u = new[] { built, Antiderivative.PowersOutOfExponentials(built.Expand()) }.MinBy(e => e.ToUnicode().Length)!;
        Check(equation, u, $"f = {f.ToPlain()}");
        return this with { OdeSolution = f, ExplicitSolution = u };
    }

    // No derivative of f left: an equation for f itself. A product of powers of f and factors that cannot vanish (numbers,
    // exponentials) holds at f = 0 only (u_tt = u_xx − u³ on u = f(x + t): f³ = 0, so u = 0); with no power of f it never
    // holds (Liouville's e^f = 0: no invariant solution). Other equations are left as they are.
    SimilarityReduction Algebraic(Expr equation)
    {
        var (_, monomial) = Product.SplitCoefficient(Ode);
        var factors = monomial is Product p ? p.Factors : [monomial];
        bool NeverZero(Expr e) => e is FunctionCall { Function: MathFunction.Exp } || !e.Contains(Unknown);
        if (!factors.All(e => NeverZero(e) || Power.Split(e) is (Symbol { Name: Unknown }, Number { IsExact: true, IsNegative: false })))
            return this;
        if (factors.All(NeverZero)) return this with { NoSolution = true };
        var u = Solution.Substitute(Unknown, Expr.Zero).Expand();
        Check(equation, u, "f = 0");
        return this with { OdeSolution = Expr.Zero, ExplicitSolution = u };
    }

    // u substituted into Δ (jets by differentiating it): zero exactly, or at random points where the sum does not cancel term by term.
    static void Check(Expr equation, Expr u, string from)
    {
        var jets = new Dictionary<string, Expr> { ["u"] = u };
        foreach (var name in equation.Symbols())
            if (JetVariable.TryParse(name, out var jet) && name != "u")
            {
                var d = u;
                for (int i = 0; i < jet.X; i++) d = d.Derivative("x");
                for (int j = 0; j < jet.T; j++) d = d.Derivative("t");
                jets[name] = d;
            }
        var residual = equation.Substitute(jets);
        if (!Evaluation.Vanishes(residual))
            throw new InvalidOperationException($"internal: u = {u.ToPlain()} from {from} leaves Δ = {residual.Expand().ToPlain()}");
    }

    // The ODE's variable t renamed z (f_t → f_z): t of a chart is an invariant of x and t, not the time.
    SimilarityReduction InZ()
    {
        var names = Enumerable.Range(1, 63).Select(k => (DerivativeName("t", k), Expr.Sym(DerivativeName("z", k)))).ToDictionary(p => p.Item1, p => p.Item2);
        Expr Rename(Expr e) => e.Substitute(names);
        return this with
        {
            Variable = "z", Ode = Rename(Ode), Integral = Integral is { } i ? Rename(i) : null,
            SecondIntegral = SecondIntegral is { } e ? Rename(e) : null, OdeSolution = OdeSolution?.Substitute("t", Expr.Sym("z")),
        };
    }

    // A family's parameter: like terms over one denominator, and the ODE's denominators in it multiplied out (the factor
    // taking their inverse): (2 − 2a)z·f″/(a + 1) + … is (2 − 2a)z·f″ + … .
    SimilarityReduction Combined()
    {
        if (!Ode.Symbols().Concat(Invariant.Symbols()).Concat(Solution.Symbols()).Any(ParameterFractions.IsParameter)) return this;
        var ode = ParameterFractions.Combine(Ode);
        var d = Denominator(ode, b => b.Symbols() is { Count: > 0 } names && names.All(ParameterFractions.IsParameter));
        return this with
        {
            Invariant = ParameterFractions.Combine(Invariant), Solution = ParameterFractions.Combine(Solution),
            Ode = ParameterFractions.Combine((ode * d).Expand()), Factor = ParameterFractions.Combine((Factor / d).Expand()),
        };
    }

    // Denominators in f and its derivatives multiplied out, as a book writes the ODE: 2f″/f′² − f = 0 is 2f″ − f·f′² = 0
    // (3f″/f^(4/3) − 4f′²/f^(7/3): 3f·f″ − 4f′²), the factor taking their inverse.
    SimilarityReduction Cleared()
    {
        var names = Enumerable.Range(0, Order + 1).Select(Derivative).ToHashSet();
        var d = Denominator(Ode, b => b is Symbol { Name: var name } && names.Contains(name));
        return d.IsOne ? this : this with { Ode = (Ode * d).Expand(), Factor = Factor / d };
    }

    // Π b^k over the bases b the predicate picks, k the highest power of b any term of the ODE divides by (1 when none).
    static Expr Denominator(Expr ode, Func<Expr, bool> picks)
    {
        var powers = new Dictionary<Expr, Rational>();
        foreach (var term in ode is Sum sum ? sum.Terms : [ode])
            foreach (var factor in term is Product p ? p.Factors : [term])
                if (Power.Split(factor) is ({ } b, Number { IsExact: true, IsNegative: true } e) && picks(b))
                    powers[b] = -e.Exact > powers.GetValueOrDefault(b, Rational.Zero) ? -e.Exact : powers[b];
        return Expr.Multiply(powers.Select(kv => Expr.Pow(kv.Key, Expr.Num(kv.Value))).ToList());
    }

    // f's highest derivative with coefficient 1 when that coefficient is a number (f‴ + f·f′ − …, as in the books).
    SimilarityReduction Normalised()
    {
        var leading = Ode.Derivative(Derivative(Order));
        if (leading is Number { IsExact: true, IsZero: false })
            return leading.IsOne ? this : this with { Ode = (Ode / leading).Expand(), Factor = Factor * leading };
        // Otherwise coprime whole coefficients, a positive leading term: z·f″ + f′ rather than 4z·f″ + 4f′.
        var coefficients = (Ode is Sum sum ? sum.Terms : [Ode]).Select(t => Product.SplitCoefficient(t).Coefficient).ToList();
        if (coefficients.Any(k => !k.IsExact)) return this;
        var scale = Rational.CoprimeIntegerScale(coefficients.Select(k => k.Exact));
        if (leading is not Sum && Product.SplitCoefficient(leading).Coefficient.IsNegative) scale = -scale;
        var c = Expr.Num(Rational.One / scale);
        return c.IsOne ? this : this with { Ode = (Ode / c).Expand(), Factor = Factor * c };
    }

    // (t^(3/4)·f)^(4/3) = t·f^(4/3) and √(t²·f″) = t·√f″: the reduction is local, on a side of the orbits' fixed point
    // where the eliminated coordinates' factors are positive, so a fractional power of a product splits there.
    static IEnumerable<Expr> SplitPower(Expr factor, string[] eliminated)
    {
        if (factor is not Power { Base: Product product, Exponent: Number r }) return [factor];
        var outer = product.Factors.Where(f => eliminated.Any(f.Contains)).ToList();
        if (outer.Count == 0 || outer.Count == product.Factors.Count && r.IsExact && r.Exact.IsInteger) return [factor];
        var inner = Expr.Pow(Expr.Multiply(product.Factors.Except(outer).ToList()), r);
        return outer.Select(f => Power.Split(f) is var (b, e) ? Expr.Pow(b, (e * r).Simplify()) : f).Append(inner);
    }

    // Splits each term of Δ|_{u=U} into the part in the eliminated coordinates (powers of t, e^(−x²/4t), …) and the
    // rest; a reduction exists when the first part is one common factor.
    static (Expr Factor, Expr Ode) Separate(Expr expanded, string[] eliminated, Generator v, Expr equation, int pass = 0)
    {
        if (expanded.IsZero)
            throw new SymmetryAnalysisException($"every V = {v.ToUnicode()}-invariant u solves {equation.ToPlain()} = 0, so there is no equation left to reduce to");
        var terms = expanded is Sum s ? s.Terms : [expanded];
        Expr? common = null;
        var reduced = new List<Expr>();
        foreach (var term in terms)
        {
            var (coefficient, monomial) = Product.SplitCoefficient(term);
            var outer = new List<Expr>();
            var inner = new List<Expr> { coefficient };
            foreach (var factor in (monomial is Product p ? p.Factors : [monomial]).SelectMany(f => SplitPower(f, eliminated)))
            {
                if (factor is FunctionCall { Function: MathFunction.Exp } e)
                {
                    // e^(A + c·log T + B) = T^c · e^A · e^B, A in the eliminated coordinates, B in the others.
                    foreach (var a in e.Argument is Sum arg ? arg.Terms : [e.Argument])
                    {
                        var piece = Antiderivative.ExpOf(a);
                        (eliminated.Any(piece.Contains) ? outer : inner).Add(piece);
                    }
                }
                else (eliminated.Any(factor.Contains) ? outer : inner).Add(factor);
            }
            var o = Expr.Multiply(outer);
            if (common == null) common = o;
            reduced.Add(Expr.Multiply(inner) * (o / common).Expand());
        }
        var ode = ParameterFractions.Combine(Expr.Add(reduced).Expand());
        // The first term's part may not be the common one (4t²(4t² + 1)^(−5/4) beside (4t² + 1)^(−1/4)): what is left
        // then carries a factor in t on every term (−(f″ + z²f)/t²), taken out by a second pass.
        if (eliminated.Any(ode.Contains) && pass < 2 && !ode.Equals(expanded))
        {
            var (again, rest) = Separate(ode, eliminated, v, equation, pass + 1);
            return ((common! * again).Expand(), rest);
        }
        if (eliminated.FirstOrDefault(ode.Contains) is { } left)
            throw new SymmetryAnalysisException(
                $"Δ on the V = {v.ToUnicode()}-invariant functions still depends on {left} ({ode.ToPlain()}); it does not reduce to an ODE");
        return (common!, ode);
    }
}
