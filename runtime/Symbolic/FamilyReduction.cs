namespace PdeSym.Symbolic;

/// <summary>
/// The reductions by one representative of an optimal system, a family's with its parameters kept: the heat equation's
/// ⟨V3 + aV5⟩ gives u = t^(a/2) f(x/√t) with f″ + z·f′/2 − af/2 = 0 for every a at once. The generic reduction holds
/// where nothing it divides by vanishes and its ODE keeps its order; a member where either fails (a = 0 in u_t = u_xxx's
/// z = x − t/a, or in the wave equation's a·f′ = 0) and that the family's range allows is reduced on its own, so that the
/// cases together give every invariant solution of the family.
/// </summary>
/// <param name="Representative">⟨V⟩ of the optimal system.</param>
/// <param name="Cases">The generic case first, then each exceptional member.</param>
public sealed record FamilyReduction(SubalgebraRepresentative Representative, IReadOnlyList<FamilyReduction.Case> Cases)
{
    /// <param name="Label">⟨V3 + aV5⟩, or for an exceptional member ⟨V1 + V4⟩.</param>
    /// <param name="Field">Σ c_k V_k as a vector field (in the parameters for the generic case).</param>
    /// <param name="Where">The parameters' ranges with the values the generic case leaves out ("a ∈ ℝ, a ≠ 0"), or the
    /// member's values ("a = 0"); empty for a representative without parameters.</param>
    /// <param name="Reduction">The reduction, or null when refused.</param>
    /// <param name="Refused">Why it was refused.</param>
    public sealed record Case(string Label, Generator Field, string Where, SimilarityReduction? Reduction, string? Refused)
    {
        /// <summary><see cref="Where"/> in LaTeX: a \in \mathbb{R}, a \neq 0.</summary>
        public string WhereLatex => OptimalSystem.Latex(Where);

        /// <summary>True for a family's case with its parameters kept (not a member, not a line without parameters).</summary>
        public bool Generic { get; init; }
    }

    /// <param name="equation">Δ.</param>
    /// <param name="representative">⟨V⟩ of the optimal system of the algebra with basis <paramref name="basis"/>.</param>
    /// <param name="basis">The generators V1 … Vn, each a symmetry: a family's members need no check of their own.</param>
    public static FamilyReduction Of(Expr equation, SubalgebraRepresentative representative, IReadOnlyList<Generator> basis)
    {
        var label = $"⟨{representative.ToUnicode()}⟩";
        var field = Generator.Combine(basis, representative.Coefficients);
        var parameters = representative.Parameters;
        var (generic, why) = SimilarityReduction.Attempt(equation, field, known: true);
        if (parameters.Count == 0) return new(representative, [new Case(label, field, "", generic, why)]);
        var ranges = representative.Ranges.ToDictionary(r => r.Name, r => r.Range);
        var exceptions = new List<(string Parameter, Rational Value)>();
        var excluded = new List<string>();
        foreach (var divisor in generic is null ? [] : Divisors(generic, field, parameters))
        {
            var names = parameters.Where(divisor.Contains).ToList();
            if (names.Count == 1 && UnivariatePolynomial.From(divisor, names[0]) is { } polynomial && polynomial.Degree > 0)
            {
                var (roots, cofactor) = polynomial.SquareFree().Aggregate(UnivariatePolynomial.One, (p, s) => p * s).SplitRationalRoots();
                foreach (var root in roots.Where(r => !ranges.TryGetValue(names[0], out var range) || range.Allows(r)))
                    if (!exceptions.Contains((names[0], root))) exceptions.Add((names[0], root));
                if (cofactor.Degree > 0) excluded.Add($"{cofactor.ToExpr(names[0]).ToUnicode()} ≠ 0");
            }
            else excluded.Add($"{divisor.ToUnicode()} ≠ 0");
        }
        exceptions = [.. exceptions.OrderBy(e => e.Parameter, StringComparer.Ordinal).ThenBy(e => e.Value)];
        // a ≥ 0 without a = 0 is a > 0 (the exception absorbed into the range); other exceptions are said as a ≠ value.
        bool Absorbed((string Parameter, Rational Value) e) =>
            ranges.TryGetValue(e.Parameter, out var range) && range.Bound == e.Value && range.Kind is RangeKind.AtLeast or RangeKind.AtMost;
        var conditions = representative.Ranges.Select(r => exceptions.Any(e => e.Parameter == r.Name && Absorbed(e))
            ? SubalgebraRepresentative.Range(r.Name, r.Range with { Kind = r.Range.Kind == RangeKind.AtLeast ? RangeKind.Greater : RangeKind.Less })
            : SubalgebraRepresentative.Range(r.Name, r.Range)).ToList();
        var said = exceptions.Where(e => !Absorbed(e));
        var where = string.Join(", ", [.. conditions, .. said.Select(e => $"{e.Parameter} ≠ {SubalgebraRepresentative.Value(e.Value)}"), .. excluded.Distinct()]);
        var cases = new List<Case> { new(label, field, where, generic, why) { Generic = true } };
        foreach (var (name, value) in exceptions)
        {
            var member = representative with
            {
                Coefficients = representative.Coefficients.Select(c => c.Substitute(name, Expr.Num(value)).Expand()).ToList(),
                Ranges = representative.Ranges.Where(r => r.Name != name).ToList(),
            };
            var memberField = Generator.Combine(basis, member.Coefficients);
            var (reduction, refused) = SimilarityReduction.Attempt(equation, memberField, known: true);
            var memberWhere = string.Join(", ", [.. member.Ranges.Select(r => SubalgebraRepresentative.Range(r.Name, r.Range)), $"{name} = {SubalgebraRepresentative.Value(value)}"]);
            cases.Add(new Case($"⟨{member.ToUnicode()}⟩", memberField, memberWhere, reduction, refused));
        }
        return new(representative, cases);
    }

    // What the generic reduction divides by that holds parameters alone: the bases of negative powers (a in x − t/a), what
    // it assumed nonzero (a chart's determinant), and the factors of the ODE's leading coefficient.
    static IEnumerable<Expr> Divisors(SimilarityReduction r, Generator field, IReadOnlyList<string> parameters)
    {
        var found = new List<Expr>();
        void Add(Expr b)
        {
            if (b.Symbols() is { Count: > 0 } names && names.All(parameters.Contains) && !found.Contains(b)) found.Add(b);
        }
        void Walk(Expr e)
        {
            if (e is Power { Exponent: Number { IsNegative: true } } p) Add(p.Base);
            foreach (var c in e.Children) Walk(c);
        }
        foreach (var e in new[] { r.Invariant, r.Solution, r.Ode, r.Factor, r.ExplicitSolution, r.Integral, field.Xi, field.Tau, field.Phi }.OfType<Expr>()) Walk(e.Expand());
        foreach (var e in r.Assumptions) Add(e);
        // The ODE's leading coefficient, where it holds parameters alone: at its zeros the order drops (a·f′ = 0 at a = 0).
        var (_, leading) = Product.SplitCoefficient(ParameterFractions.Combine(r.Ode.Derivative(r.Derivative(r.Order)).Expand()));
        foreach (var factor in leading is Product product ? product.Factors : [leading]) Add(Power.Split(factor).Base);
        return found;
    }
}
