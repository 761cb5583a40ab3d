using System.Diagnostics;

namespace PdeSym.Symbolic;

/// <summary>
/// The Lie point symmetries of an evolution equation inside an ansatz, found exactly: ξ, τ, φ are polynomials of
/// degree ≤ <see cref="Degree"/> in x, t, u (times e^(±c·t) when the equation holds e^(c·t)); the criterion
/// (<see cref="DeterminingEquations"/>) is collected into linear equations on their coefficients, solved over the
/// rationals, and the solutions are returned as a basis in reduced row echelon form (each generator scaled to
/// integer coefficients), so it reads like the textbook. For a linear equation, the solutions β(x,t)∂u are
/// reported as a <see cref="SolutionFamily"/>, not as a truncated list.
/// </summary>
public sealed class SymmetryAlgebra
{
    public required Expr Equation { get; init; }
    public required EvolutionEquation Evolution { get; init; }
    public required int Degree { get; init; }
    /// <summary>The finite part of the algebra (modulo the family, if there is one).</summary>
    public required IReadOnlyList<Generator> Generators { get; init; }
    public SolutionFamily? Family { get; init; }
    /// <summary>The family's members inside the ansatz, β∂u with β a polynomial solution (for linear equations; else empty).</summary>
    public IReadOnlyList<Generator> FamilyMembers { get; init; } = [];
    /// <summary>The ansatz in words, e.g. <c>polynomials of degree ≤ 2 in x, t, u</c>.</summary>
    public required string Ansatz { get; init; }
    /// <summary>What the result does not cover (e.g. generators with powers of 1/(t + 1) outside the ansatz).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    public required int Unknowns { get; init; }
    public required int EquationsCount { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// The determining equations in reduced row echelon form, each <c>Σ c·k = 0</c> over the ansatz's unknown
    /// coefficients k, named by component and monomial: <c>xi_t</c> is the coefficient of t in ξ, <c>phi_1</c> the
    /// constant of φ, <c>tau_x_e1</c> the coefficient of x·e^(…) with the first exponential of <see cref="Ansatz"/>.
    /// </summary>
    public required IReadOnlyList<Expr> DeterminingEquations { get; init; }

    enum Component { Xi, Tau, Phi }

    // Factor indexes the ansatz's factors: 1, e^(±c·t), p^(±1/2), and their products.
    sealed record Unknown(Component Component, int I, int J, int K, int Factor, bool InFamily);

    /// <summary>Computes the algebra of Δ = 0 (Δ given as an expression, e.g. <c>Expr.Parse("u_t + u*u_x + u_xxx")</c>).</summary>
    /// <exception cref="SymmetryAnalysisException">Δ is not an evolution equation or lies outside the ansatz.</exception>
    public static SymmetryAlgebra Compute(Expr equation, int degree = 2)
    {
        if (degree is < 0 or > 8)
            throw new SymmetryAnalysisException($"the ansatz degree must be between 0 and 8, not {degree}");
        var clock = Stopwatch.StartNew();
        equation = equation.Rationalize();
        var evolution = EvolutionEquation.Solve(equation);
        var de = new DeterminingEquations(evolution);
        var ring = de.Ring;

        var factors = AnsatzFactors(de);

        bool linear = de.IsLinear;
        var unknowns = new List<Unknown>();
        for (int d = 0; d <= degree; d++)
            foreach (var c in Enum.GetValues<Component>())
                for (int k = 0; k <= d; k++)
                    for (int j = 0; j <= d - k; j++)
                        for (int e = 0; e < factors.Count; e++)
                            unknowns.Add(new Unknown(c, d - k - j, j, k, e, linear && c == Component.Phi && k == 0));
        // The family's columns go last, so the rows whose pivots fall there are exactly the family's members.
        unknowns = unknowns.OrderBy(u => u.InFamily).ToList();

        JetPolynomial Basis(Unknown u)
        {
            return JetPolynomial.Of(Powers(u).Multiply(factors[u.Factor]), Rational.One);
        }

        var zero = JetPolynomial.Zero;
        var criteria = unknowns.Select(u => u.Component switch
        {
            Component.Xi => de.Criterion(Basis(u), zero, zero),
            Component.Tau => de.Criterion(zero, Basis(u), zero),
            _ => de.Criterion(zero, zero, Basis(u)),
        }).ToList();
        var cleared = ring.ClearDenominators(criteria);
        var system = RationalEchelon.Vanishing(cleared, out int equations);
        var determining = system.Rows
            .Select(r => Expr.Add(r.Row.OrderBy(kv => kv.Key).Select(kv => Expr.Num(kv.Value) * Expr.Sym(Name(unknowns[kv.Key]))).ToList()))
            .ToList();

        var presentation = system.SolutionBasis();

        var generators = new List<Generator>();
        var familyMembers = new List<Generator>();
        foreach (var (pivot, row) in presentation.Rows)
            (unknowns[pivot].InFamily ? familyMembers : generators).Add(ToGenerator(row, unknowns, factors, ring));
        bool familySeen = familyMembers.Count > 0;

        var notes = new List<string>();
        if (de.PointBases.Count == 0 && de.HasRadicals)
            notes.Add($"u_t = {evolution.Rhs.ToPlain()} has reciprocals of x, t or u; generators that need such powers lie outside the " +
                      "polynomial ansatz — verify such candidates with `pdesym check`");
        else if (de.HasRadicals)
            notes.Add($"u_t = {evolution.Rhs.ToPlain()} has reciprocals or radicals; the ansatz also holds their powers −1/2 (so ±1/2 up to the degree), " +
                      "and generators that need other powers of them lie outside it — verify such candidates with `pdesym check`");
        if (cleared.Any(PolynomialRing.HasRadicals))
            notes.Add("the criterion holds fractional powers, whose monomials were treated as independent: every generator listed is a symmetry, " +
                      "and none is missing unless a base is itself a perfect power");

        string ansatz = $"polynomials of degree ≤ {degree} in x, t, u" + (factors.Count > 1
            ? ", also times " + string.Join(", ", factors.Skip(1).Select(f => ring.ToExpr(f).ToUnicode()))
            : "");
        SolutionFamily? family = null;
        if (linear)
        {
            var rhs = evolution.Rhs;
            var jets = rhs.Symbols().Where(n => JetVariable.TryParse(n, out _)).ToDictionary(n => n, _ => Expr.Zero);
            var homogeneous = (rhs - rhs.Substitute(jets)).Simplify();
            if (!homogeneous.IsZero || familySeen) family = new SolutionFamily(homogeneous, evolution.TimeOrder);
        }

        return new SymmetryAlgebra
        {
            Equation = equation,
            Evolution = evolution,
            Degree = degree,
            Generators = generators,
            Family = family,
            FamilyMembers = familyMembers,
            Ansatz = ansatz,
            Notes = notes,
            Unknowns = unknowns.Count,
            EquationsCount = equations,
            DeterminingEquations = determining,
            Elapsed = clock.Elapsed,
        };
    }

    static string Name(Unknown u)
    {
        var monomial = string.Concat(new string('x', u.I), new string('t', u.J), new string('u', u.K));
        return $"{u.Component.ToString().ToLowerInvariant()}_{(monomial.Length == 0 ? "1" : monomial)}" + (u.Factor > 0 ? $"_f{u.Factor}" : "");
    }

    // 1; e^(±(a x + b t)) for every exponential of F; 1/√p for every reciprocal or radical base p of F; their products.
    // (√p itself is p·(1/√p), so adding it would make the ansatz's functions dependent.)
    static List<Monomial> AnsatzFactors(DeterminingEquations de)
    {
        var exponentials = new List<Monomial> { Monomial.One };
        foreach (var (a, b) in de.Exponentials())
            foreach (var m in new[] { Monomial.Exponential(a, b, Rational.Zero), Monomial.Exponential(-a, -b, Rational.Zero) })
                if (!exponentials.Contains(m)) exponentials.Add(m);
        // e^(λu) where a polynomial in u cannot meet the criterion (the potential Burgers equation's e^(−u)).
        foreach (var rate in de.ExponentialRatesInU())
            exponentials = [.. exponentials, .. exponentials.Select(f => f.Multiply(Monomial.Exponential(Rational.Zero, Rational.Zero, rate)))];
        var factors = exponentials;
        foreach (var b in de.PointBases)
            factors = [.. factors, .. factors.Select(f => f.Multiply(Monomial.Radical(b, new Rational(-1, 2))))];
        return factors;
    }

    static Generator ToGenerator(IReadOnlyDictionary<int, Rational> row, List<Unknown> unknowns, List<Monomial> factors, PolynomialRing ring)
    {
        // Scale to coprime integers with a positive pivot, as a textbook writes 2νt∂x − xu∂u. A generator's sign is free:
        // printed with a negative first term (−x∂x − 2t∂t + (2u + 1)∂u when the pivot is the constant of φ), it is
        // turned over, as a textbook writes x∂x + 2t∂t − (2u + 1)∂u.
        var scale = Rational.CoprimeIntegerScale(row.Values);
        var g = Scaled(row, scale, unknowns, factors, ring);
        return g.ToUnicode().StartsWith('−') ? Scaled(row, -scale, unknowns, factors, ring) : g;
    }

    // x^I t^J u^K of an unknown.
    static Monomial Powers(Unknown u) => Monomial.Variable(PolynomialRing.XIndex, u.I)
        .Multiply(Monomial.Variable(PolynomialRing.TIndex, u.J)).Multiply(Monomial.Variable(PolynomialRing.UIndex, u.K));

    static Generator Scaled(IReadOnlyDictionary<int, Rational> row, Rational scale, List<Unknown> unknowns, List<Monomial> factors, PolynomialRing ring)
    {
        var parts = new Dictionary<(Component, int), JetPolynomial>();
        foreach (var (col, value) in row.OrderBy(kv => kv.Key))
        {
            var u = unknowns[col];
            if (!parts.TryGetValue((u.Component, u.Factor), out var poly)) parts[(u.Component, u.Factor)] = poly = new JetPolynomial();
            poly.AddInPlace(Powers(u), value * scale);
        }
        Expr Component(Component c) => Expr.Add(parts.Where(kv => kv.Key.Item1 == c)
            .Select(kv => ring.ToExpr(kv.Value.Multiply(factors[kv.Key.Item2]), divideOutRadicals: true)).ToList());
        return new Generator(Component(SymmetryAlgebra.Component.Xi), Component(SymmetryAlgebra.Component.Tau), Component(SymmetryAlgebra.Component.Phi));
    }
}
