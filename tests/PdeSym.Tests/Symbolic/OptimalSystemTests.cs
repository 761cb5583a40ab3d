using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Optimal systems of one-dimensional subalgebras against the published ones and ones derived by hand in Olver's
/// manner (Applications of Lie Groups to Differential Equations, §3.3): each representative is compared as a vector field
/// (up to a factor) with the textbook's, so the test does not depend on how the basis is numbered; families are compared
/// at several parameter values, and their ranges as printed.
/// </summary>
public class OptimalSystemTests
{
    static (IReadOnlyList<Generator> Basis, OptimalSystem System) Classify(string equation, int degree = 2)
    {
        var basis = Compute(equation, degree).Generators;
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out var reason);
        Assert.True(system is not null, reason);
        return (basis, system!);
    }

    // Σ c_k V_k as a vector field, the parameters at the given values.
    static Generator Field(SubalgebraRepresentative r, IReadOnlyList<Generator> basis, params (string Name, int Value)[] values) =>
        r.Field(basis, values.ToDictionary(v => v.Name, v => (Rational)v.Value))!;

    // The representatives without parameters match the expected fields one to one (each up to a factor).
    static void AssertLines(IReadOnlyList<Generator> basis, IEnumerable<SubalgebraRepresentative> representatives, params Generator[] expected)
    {
        var lines = representatives.Where(r => r.Parameters.Count == 0).Select(r => Field(r, basis)).ToList();
        Assert.True(lines.Count == expected.Length, $"{lines.Count} lines: {string.Join("; ", lines.Select(l => l.ToUnicode()))}");
        foreach (var e in expected)
            Assert.True(lines.Count(l => Rank([l, e]) == 1) == 1, $"{e.ToUnicode()} is not one of {string.Join("; ", lines.Select(l => l.ToUnicode()))}");
    }

    [Fact]
    public void Kdv_has_six_classes()
    {
        // Olver's basis ∂x, ∂t, t∂x + ∂u, x∂x + 3t∂t − 2u∂u; by hand: with the scaling's coefficient nonzero the
        // translations and the boost are removed (its weights 1, 3, −2 are nonzero); without it, ∂t and the boost are
        // scaled by e^(3ε) and e^(−2ε), so only the sign of their ratio survives, and ∂x is removed from any line holding
        // either of them: ⟨V4⟩, ⟨V2 ± V3⟩, ⟨V2⟩, ⟨V3⟩, ⟨V1⟩.
        var (basis, system) = Classify("u_t + u*u_x + u_xxx");
        Assert.Equal(6, system.Representatives.Count);
        AssertLines(basis, system.Representatives, G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x", "3*t", "-2*u"),
            G("t", "1", "1"), G("-t", "1", "-1"));
        Assert.Equal(["V1", "V2", "V3", "V4", "V2 + V3", "V2 − V3"], system.Representatives.Select(r => r.ToUnicode()));
    }

    [Fact]
    public void Heat_equation_gives_olvers_example_3_13_with_the_weyl_element()
    {
        // Olver's v1 = ∂x, v2 = ∂t, v3 = u∂u, v4 = x∂x + 2t∂t, v5 = 2t∂x − xu∂u, v6 = 4tx∂x + 4t²∂t − (x² + 2t)u∂u and
        // his optimal system v4 + av3, v2 + v6 + av3, v2 − v5, v2 + v3, v2 − v3, v2, v1, v3 (−1 ∈ SL(2, ℝ) maps v5 to −v5,
        // so v2 + v5 is the same class). The Weyl element of 𝔰𝔩(2, ℝ) = ⟨v2, v4 − v3/2, v6⟩ maps v4 − v3/2 to its negative
        // and fixes the centre v3, so v4 + av3 and v4 − (1 + a)v3 span conjugate lines: a ≥ −1/2 suffices.
        var (basis, system) = Classify("u_t - u_xx", 3);
        var v1 = G("1", "0", "0");
        var v2 = G("0", "1", "0");
        var v3 = G("0", "0", "u");
        var v5 = G("2*t", "0", "-x*u");
        AssertLines(basis, system.Representatives, v1, v3, v2, G("2*t", "1", "-x*u"), G("0", "1", "u"), G("0", "1", "-u"));
        var families = system.Representatives.Where(r => r.Parameters.Count == 1).ToList();
        Assert.Equal(2, families.Count);
        var scaling = families.Single(r => r.Levi == "hyperbolic");
        Assert.Equal(["a ≥ −1/2"], scaling.Conditions);
        foreach (int a in new[] { 0, 1, -3 })
            AssertSameSpan([G("x", "2*t", $"({a})*u")], [Field(scaling, basis, ("a", a))]);
        var oscillator = families.Single(r => r.Levi == "elliptic");
        Assert.Equal(["a ∈ ℝ"], oscillator.Conditions);
        foreach (int a in new[] { 0, 2, -5 })
            Assert.Equal(1, Rank([Field(oscillator, basis, ("a", a)), G("4*t*x", "1 + 4*t^2", $"-(x^2 + 2*t)*u + ({a})*u")]));
        Assert.Equal(8, system.Representatives.Count);
        Assert.Equal(1, Rank([v5, basis[3]]));
    }

    [Fact]
    public void Burgers_equation_has_five_classes_one_per_kind_of_its_sl2_part()
    {
        // ∂x, ∂t, t∂x + ∂u, x∂x + 2t∂t − u∂u, tx∂x + t²∂t + (x − tu)∂u = 𝔰𝔩(2, ℝ) ⋉ ℝ²: the 𝔰𝔩(2, ℝ) part of a line is 0,
        // hyperbolic (the scaling), parabolic (∂t) or elliptic (∂t + the projective field); the radical ⟨∂x, t∂x + ∂u⟩
        // is removed from the hyperbolic and elliptic lines, and survives beside ∂t only as the boost, up to sign.
        var (basis, system) = Classify("u_t + u*u_x - u_xx", 3);
        AssertLines(basis, system.Representatives, G("1", "0", "0"), G("x", "2*t", "-u"), G("0", "1", "0"), G("t", "1", "1"),
            G("x*t", "1 + t^2", "x - t*u"));
        Assert.Equal(5, system.Representatives.Count);
    }

    [Fact]
    public void Poincare_algebra_of_sine_gordon_splits_translations_by_their_lorentz_norm()
    {
        // ∂x, ∂t and the boost t∂x + x∂t: a line with the boost is the boost's; translations a∂x + b∂t keep the sign of
        // a² − b² under boosts: spacelike ∂x, timelike ∂t, and the two light rays ∂x ± ∂t.
        var (basis, system) = Classify("u_tt - u_xx + sin(u)");
        AssertLines(basis, system.Representatives, G("1", "0", "0"), G("0", "1", "0"), G("t", "x", "0"), G("1", "1", "0"), G("1", "-1", "0"));
        Assert.Equal(5, system.Representatives.Count);
    }

    // Real three-dimensional algebras realised by vector fields, with the number of classes of their one-dimensional
    // subalgebras and how many of them are one-parameter families (Patera & Winternitz, J. Math. Phys. 18, 1449 (1977)).
    public static TheoryData<string[], int, int> Bianchi => new()
    {
        { ["1,0,0", "x,0,0", "x^2,0,0"], 3, 0 },       // 𝔰𝔩(2, ℝ) on the line: hyperbolic, parabolic, elliptic
        { ["1,0,0", "0,1,0", "x + t,t,0"], 3, 0 },     // Bianchi IV, a Jordan block: e3, e1, e2
        { ["1,0,0", "0,1,0", "x,t,0"], 3, 1 },         // Bianchi V, isotropic scaling: e3, e1, e2 + ae1
        { ["1,0,0", "x,0,0", "0,1,0"], 5, 1 },         // 𝔞𝔣𝔣(1) ⊕ ℝ: e2 + ae3, e1 + e3, e1 − e3, e1, e3
    };

    [Theory]
    [MemberData(nameof(Bianchi))]
    public void Three_dimensional_algebras_have_their_published_number_of_classes(string[] fields, int classes, int families)
    {
        var basis = fields.Select(f => f.Split(',')).Select(p => G(p[0], p[1], p[2])).ToArray();
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out _)!;
        string shown = string.Join("; ", system.Representatives.Select(r => r.ToUnicode() + " " + string.Join(",", r.Conditions)));
        Assert.True(classes == system.Representatives.Count, shown);
        Assert.True(families == system.Representatives.Count(r => r.Parameters.Count > 0), shown);
    }

    [Fact]
    public void Euclidean_rotation_turns_every_translation_onto_one()
    {
        // e(2) = ⟨∂x, ∂t, t∂x − x∂t⟩: a line with the rotation is the rotation's (it moves both translations); the rotation
        // carries any translation to a multiple of ∂x. Two classes — not ∂t and a family ∂x + a∂t.
        var basis = new[] { G("1", "0", "0"), G("0", "1", "0"), G("t", "-x", "0") };
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out _)!;
        AssertLines(basis, system.Representatives, G("1", "0", "0"), G("t", "-x", "0"));
        Assert.Equal(2, system.Representatives.Count);
    }

    [Fact]
    public void Rotations_of_space_are_one_class()
    {
        // 𝔰𝔬(3): every line is an axis of rotation, and the rotations carry any axis to any other.
        var basis = new[] { G("t", "-x", "0"), G("0", "u", "-t"), G("-u", "0", "x") };
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out _)!;
        var line = Assert.Single(system.Representatives);
        Assert.Equal("elliptic", line.Levi);
    }

    [Fact]
    public void Nonlinear_klein_gordon_keeps_the_light_ray_that_a_boost_with_scaling_fixes()
    {
        // u_tt = u_xx − u³: ∂x, ∂t, the scaling D = x∂x + t∂t − u∂u and the boost B = t∂x + x∂t. On the light rays
        // ∂x ± ∂t, ad(D + aB) has eigenvalues −1 ± a: for a ≠ ±1 both translations go (⟨D + aB⟩, a family); at a = ±1 one
        // ray stays, with either sign (D and B scale it, λ is spent): four lines D ± B ± (∂x ∓ ∂t). Without D: the boost,
        // and the translations by their Lorentz norm.
        var (basis, system) = Classify("u_tt - u_xx + u^3");
        var d = G("x", "t", "-u");
        var b = G("t", "x", "0");
        Generator Sum(params (int K, Generator G)[] terms) => Generator.Combine(terms.Select(p => p.G).ToList(), terms.Select(p => Expr.Num(p.K)).ToList());
        var dx = G("1", "0", "0");
        var dt = G("0", "1", "0");
        AssertLines(basis, system.Representatives, dx, dt, b, G("1", "1", "0"), G("1", "-1", "0"),
            Sum((1, d), (-1, b), (1, dx), (1, dt)), Sum((1, d), (-1, b), (-1, dx), (-1, dt)),
            Sum((1, d), (1, b), (1, dx), (-1, dt)), Sum((1, d), (1, b), (-1, dx), (1, dt)));
        var family = Assert.Single(system.Representatives, r => r.Parameters.Count > 0);
        Assert.Equal(["a ∈ ℝ"], family.Conditions);
        Assert.Equal(1, Rank([Field(family, basis, ("a", 3)), Sum((1, d), (3, b))]));
        Assert.Equal(10, system.Representatives.Count);
    }

    [Fact]
    public void Heisenberg_algebra_keeps_the_ratio_of_its_outer_coordinates()
    {
        // Kuramoto–Sivashinsky's ∂x, ∂t, t∂x + ∂u with [∂t, t∂x + ∂u] = ∂x central: the group moves only the ∂x coordinate,
        // so a line off the centre is fixed by [a : b] of a∂t + b(t∂x + ∂u) — a family ∂t + a(t∂x + ∂u) and t∂x + ∂u —
        // and the centre is one more.
        var (basis, system) = Classify("u_t + u*u_x + u_xx + u_xxxx");
        AssertLines(basis, system.Representatives, G("1", "0", "0"), G("t", "0", "1"));
        var family = Assert.Single(system.Representatives, r => r.Parameters.Count == 1);
        Assert.Equal(["a ∈ ℝ"], family.Conditions);
        foreach (int a in new[] { 0, 3, -2 })
            Assert.Equal(1, Rank([Field(family, basis, ("a", a)), G($"({a})*t", "1", $"{a}")]));
    }

    [Fact]
    public void A_linear_equations_centre_makes_signed_families()
    {
        // u_t = u_xxx: ∂x, ∂t, x∂x + 3t∂t and u∂u central (β∂u aside). With the scaling: S + au∂u. Without: u∂u's
        // coefficient is fixed once nonzero (λ is spent), and the scaling moves ∂x and ∂t by e^ε and e^(3ε): ±∂x + a∂t +
        // u∂u, ∂t ± u∂u, u∂u; with u∂u's coefficient 0 as well: ∂x ± ∂t, ∂x, ∂t.
        var (basis, system) = Classify("u_t - u_xxx");
        AssertLines(basis, system.Representatives, G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "u"), G("1", "1", "0"), G("1", "-1", "0"),
            G("0", "1", "u"), G("0", "1", "-u"));
        Assert.Equal(10, system.Representatives.Count);
        Assert.Equal(3, system.Representatives.Count(r => r.Conditions.SequenceEqual(["a ∈ ℝ"])));
    }

    [Fact]
    public void A_representative_is_the_same_classes_on_any_basis()
    {
        // KdV's algebra on a sheared, reordered basis W1 = V4 + V1, W2 = V3, W3 = V2 + V1, W4 = V1: the classification
        // runs on different constants and must still find six classes, the same lines but the scaling's, which it
        // writes as W1 (conjugate to V4 by exp(εV1)). Without lifting the layer ⟨W2, W3⟩ to eigenvectors of W1 in g
        // (W3 − W4 = ∂t), W1 acts on W3 as −3W3 + 2W4, no scaling there, and V2 ± V3 became a family W2 + aW3.
        var kdv = Compute("u_t + u*u_x + u_xxx").Generators;
        Generator Add(Generator a, Generator b) => new((a.Xi + b.Xi).Simplify(), (a.Tau + b.Tau).Simplify(), (a.Phi + b.Phi).Simplify());
        var sheared = new[] { Add(kdv[3], kdv[0]), kdv[2], Add(kdv[1], kdv[0]), kdv[0] };
        var system = OptimalSystem.Of(CommutatorTable.Compute(sheared), out _)!;
        AssertLines(sheared, system.Representatives, G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x + 1", "3*t", "-2*u"),
            G("t", "1", "1"), G("-t", "1", "-1"));
        Assert.Equal(6, system.Representatives.Count);
    }

    // exp(tA)·x by Taylor series on steps short enough to converge fast: independent of the classification's own
    // floating-point exponential (used only for the finite elements).
    static double[] Flow(Rational[,] a, double t, double[] x)
    {
        int n = x.Length;
        double norm = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) norm = Math.Max(norm, Math.Abs(a[i, j].ToDouble()));
        int steps = Math.Max(1, (int)Math.Ceiling(Math.Abs(t) * norm * n / 0.25));
        double h = t / steps;
        var y = (double[])x.Clone();
        for (int s = 0; s < steps; s++)
        {
            var term = (double[])y.Clone();
            var sum = (double[])y.Clone();
            for (int k = 1; k <= 30; k++)
            {
                var next = new double[n];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++) next[i] += h * a[i, j].ToDouble() * term[j] / k;
                term = next;
                for (int i = 0; i < n; i++) sum[i] += term[i];
            }
            y = sum;
        }
        return y;
    }

    [Theory]
    [InlineData("u_t + u*u_x + u_xxx", 2)]
    [InlineData("u_tt - u_xx + u^3", 2)]
    [InlineData("u_t - u_xxx", 2)]
    [InlineData("u_tt - u_xx + sin(u)", 2)]
    [InlineData("u_t - u_x^3", 2)]
    [InlineData("u_t + u*u_x + u_xx + u_xxxx", 2)]
    [InlineData("u_t - u_xx", 3)]
    [InlineData("u_t + u*u_x - u_xx", 3)]
    [InlineData("u_tt - u_xx", 2)]
    public void Concrete_elements_follow_the_case_analysis_to_a_leaf_that_holds_them(string equation, int degree)
    {
        // Elements — random ones, and conjugates of every representative by random elements of its class's stabiliser —
        // are taken through the case analysis with each step an actual group element (exp by the Taylor series above).
        // Where the analysis says a coordinate is 0 or a constant, the element must have it; where it says a form, the
        // element's value. A wrong slope, a map that moves a coordinate it was said to keep, or a substitution that does
        // not hold shows here.
        var (basis, system) = Classify(equation, degree);
        var frame = system.Working!;
        int n = frame.N;
        var columns = new Rational[n, n];
        for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) columns[k, i] = frame.Basis[i][k];
        var toWorking = RationalMatrix.Inverse(columns)!;
        var random = new Random(11);
        int traced = 0, classified = 0;
        foreach (var c in system.Cases)
        {
            var starts = new List<double[]>();
            for (int trial = 0; trial < 40; trial++)
            {
                // With two nonzero factor parts the second is c ≠ 0 times its representative.
                double scaled = random.Next(1, 4) * (random.Next(2) == 0 ? -1 : 1);
                starts.Add(Enumerable.Range(0, n).Select(i => i < frame.Levi ? c.Kind.Levi[i].ToDouble() + scaled * (c.Kind.Scaled?[i].ToDouble() ?? 0)
                    : random.Next(3) == 0 ? 0.0 : random.Next(-3, 4)).ToArray());
            }
            // The representatives of this class (Levi part equal to the class's), at parameter values in range, on the
            // working basis, each with the representative it must be classified as.
            var sources = new Dictionary<double[], (SubalgebraRepresentative, Dictionary<string, double>)>();
            foreach (var r in system.Representatives.Where(r => r.Levi == c.Kind.Name))
                foreach (int shift in new[] { 0, 1, 3 })
                {
                    var at = r.Ranges.ToDictionary(p => p.Name, p => p.Range.Sample() + (p.Range.Kind is RangeKind.AtMost or RangeKind.Less ? -shift : shift));
                    var table = r.At(at);
                    var working = Enumerable.Range(0, n).Select(k => Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc, q) => acc + toWorking[k, q] * table[q])).ToArray();
                    // Another multiple of the Levi part (or, with two factor parts, not the class's first part) is skipped.
                    var rest = Enumerable.Range(0, frame.Levi).Select(i => working[i] - c.Kind.Levi[i]).ToArray();
                    if (c.Kind.Scaled is null ? rest.Any(r => !r.IsZero) : Enumerable.Range(0, frame.Levi).Any(i => c.Kind.Levi[i].IsZero == false && !rest[i].IsZero)) continue;
                    var start = working.Select(w => w.ToDouble()).ToArray();
                    starts.Add(start);
                    sources[start] = (r, at.ToDictionary(kv => kv.Key, kv => kv.Value.ToDouble()));
                }
            var moves = c.Kind.Moves.Select(frame.Ad).ToList();
            foreach (var start in starts)
            {
                var x = start;
                // A finite element of the class's stabiliser (−1, or the Weyl element with λ = −1), where it keeps the Levi part.
                var (map, lambda) = c.Kind.Discrete[random.Next(c.Kind.Discrete.Count)];
                var moved = Enumerable.Range(0, n).Select(k => lambda * Enumerable.Range(0, n).Sum(j => map[k, j].ToDouble() * x[j])).ToArray();
                if (Enumerable.Range(0, frame.Levi).All(i => Math.Abs(moved[i] - x[i]) < 1e-12)) x = moved;
                for (int m = 0; m < 3; m++) x = Flow(moves[random.Next(moves.Count)], random.NextDouble() - 0.5, x);
                // A conjugate of a representative is classified as that representative, at the same parameter values.
                if (sources.TryGetValue(start, out var source))
                {
                    var found = system.Classify(c, x);
                    Assert.True(found is not null, $"{equation}: a conjugate of ⟨{source.Item1.ToUnicode()}⟩ is not classified");
                    Assert.Equal(source.Item1.ToUnicode(), found!.Value.Representative.ToUnicode());
                    foreach (var (name, value) in source.Item2) Assert.Equal(value, found.Value.Parameters[name], 6);
                    classified++;
                }
                if (x.Skip(frame.Levi).All(v => Math.Abs(v) < 1e-12) && c.Kind.Name == "0") continue;   // 0 is no line
                var (leaf, y, values) = c.Trace(x, Flow);
                double scale = Math.Max(1, x.Max(Math.Abs));
                double Value(AffineForm f) => f.Constant.ToDouble() + f.Terms.Sum(t => t.Value.ToDouble() * values[t.Key]);
                for (int k = 0; k < n; k++)
                    Assert.True(Math.Abs(Value(leaf.V[k]) - y[k]) < 1e-7 * scale, $"{equation}, {c.Kind.Name}: coordinate {k} is {y[k]}, the leaf says {Value(leaf.V[k])}");
                foreach (var f in leaf.NonZero)
                    Assert.True(Math.Abs(Value(f)) > 1e-9 * scale, $"{equation}: an assumption ≠ 0 fails at the leaf");
                traced++;
            }
        }
        Assert.True(traced > 40);
        Assert.True(classified >= system.Representatives.Count, $"{classified} conjugates classified");
    }

    [Theory]
    [InlineData("u_t - u_xx", 3)]
    [InlineData("u_t + u*u_x - u_xx", 3)]
    [InlineData("u_t - u^(-4/3)*u_xx + 4/3*u^(-7/3)*u_x^2", 2)]
    public void Elements_with_any_sl2_part_are_placed_and_their_conjugates_with_them(string equation, int degree)
    {
        var (basis, system) = Classify(equation, degree);
        AssertPlacedWithConjugates(basis, system, ["0", "hyperbolic", "parabolic", "elliptic"]);
    }

    [Fact]
    public void Wave_equation_elements_are_placed_factor_by_factor()
    {
        // 𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ) ⊕ ⟨u∂u⟩: each light-cone factor's part carried onto its own representative.
        var (basis, system) = Classify("u_tt - u_xx");
        AssertPlacedWithConjugates(basis, system, ["hyperbolic|hyperbolic", "elliptic|elliptic", "parabolic|hyperbolic"]);
    }

    [Fact]
    public void The_projective_line_places_every_element()
    {
        // 𝔰𝔩(2, ℝ) alone as ∂x, −x∂x, x²∂x: h = −x∂x makes ∂x the e (eigenvalue +1), so parabolic elements are carried
        // onto e — the other branch of the conjugation than the PDEs' above, whose parabolic representative is f.
        var basis = new[] { G("1", "0", "0"), G("-x", "0", "0"), G("x^2", "0", "0") };
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out _)!;
        AssertPlacedWithConjugates(basis, system, ["hyperbolic", "parabolic", "elliptic"]);
    }

    // Random elements, their 𝔰𝔩(2, ℝ) part anywhere: each is placed, and a conjugate by random unipotent elements of the
    // group (𝔰𝔩(2, ℝ)'s e and f among them) is placed at the same representative and parameter values. Every class of
    // the Levi part named comes up.
    static void AssertPlacedWithConjugates(IReadOnlyList<Generator> basis, OptimalSystem system, string[] expectedKinds)
    {
        int n = basis.Count;
        var table = CommutatorTable.Compute(basis).ExactConstants()!;
        Rational[,] Ad(int i)
        {
            var a = new Rational[n, n];
            for (int k = 0; k < n; k++) for (int j = 0; j < n; j++) a[k, j] = table[i, j, k];
            return a;
        }
        bool Nilpotent(Rational[,] a)
        {
            var p = a;
            for (int k = 1; k < n; k++) p = RationalMatrix.Multiply(p, a);
            return Enumerable.Range(0, n).All(r => Enumerable.Range(0, n).All(j => p[r, j].IsZero));
        }
        var random = new Random(3);
        var kinds = new HashSet<string>();
        for (int trial = 0; trial < 60; trial++)
        {
            var v = Enumerable.Range(0, n).Select(_ => (Rational)(random.Next(3) == 0 ? 0 : random.Next(-3, 4))).ToArray();
            if (v.All(c => c.IsZero)) continue;
            var placed = system.Classify(v);
            Assert.True(placed is not null, $"{string.Join(", ", v)} is not placed");
            kinds.Add(placed!.Value.Representative.Levi);
            // The conjugate by exp(t ad V_i) of generators whose ad is nilpotent (the 𝔰𝔩(2, ℝ) part's e and f among them),
            // summed exactly at rational t: the classification reads exact coefficients, and a parabolic part must stay one.
            var conjugate = v;
            foreach (int i in Enumerable.Range(0, 4).Select(_ => random.Next(n)).Where(i => Nilpotent(Ad(i))))
            {
                var t = new Rational(random.Next(-3, 4), random.Next(1, 4));
                var term = conjugate;
                var sum = (Rational[])conjugate.Clone();
                for (int k = 1; k <= n; k++)
                {
                    var a = Ad(i);
                    term = Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc, j) => acc + a[r, j] * term[j]) * t / k).ToArray();
                    for (int r = 0; r < n; r++) sum[r] += term[r];
                }
                conjugate = sum;
            }
            var again = system.Classify(conjugate);
            Assert.True(again is not null, $"the conjugate {string.Join(", ", conjugate)} of {string.Join(", ", v)} is not placed");
            Assert.Equal(placed.Value.Representative.ToUnicode(), again!.Value.Representative.ToUnicode());
            foreach (var (name, value) in placed.Value.Parameters) Assert.Equal(value, again.Value.Parameters[name], 4);
        }
        Assert.Superset(expectedKinds.ToHashSet(), kinds);
    }

    [Fact]
    public void Finite_elements_are_automorphisms_and_the_weyl_element_reverses_h()
    {
        var basis = Compute("u_t - u_xx", 3).Generators;
        var frame = OptimalSystem.Frame.Of(CommutatorTable.Compute(basis).ExactConstants()!, out _)!;
        var factor = Assert.Single(frame.Factors);
        var (weyl, minusOne) = (factor.Weyl!, factor.MinusOne!);
        int n = frame.N;
        Rational[] Apply(Rational[,] m, Rational[] v) => Enumerable.Range(0, n).Select(k => Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc, j) => acc + m[k, j] * v[j])).ToArray();
        Rational[] Bracket(Rational[] a, Rational[] b) => Enumerable.Range(0, n).Select(k =>
            Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc, i) => acc + Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc2, j) => acc2 + a[i] * b[j] * frame.C[i, j, k]))).ToArray();
        var units = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(k => (Rational)(k == i ? 1 : 0)).ToArray()).ToList();
        // Each preserves every bracket: D[e_i, e_j] = [De_i, De_j].
        foreach (var d in new[] { weyl, minusOne })
            foreach (var a in units)
                foreach (var b in units)
                    Assert.Equal(Apply(d, Bracket(a, b)), Bracket(Apply(d, a), Apply(d, b)));
        Assert.Equal(factor.H!.Select(x => -x), Apply(weyl, factor.H!));
        // −1 of SL(2, ℝ): identity on 𝔰𝔩(2, ℝ) and the centre, −1 on the spin-½ part ⟨∂x, the boost⟩.
        var diagonal = Enumerable.Range(0, n).Select(i => minusOne[i, i]).ToList();
        Assert.Equal(2, diagonal.Count(d => d == Rational.MinusOne));
        Assert.Equal(4, diagonal.Count(d => d == Rational.One));
        Assert.Equal(minusOne.Cast<Rational>(), RationalMatrix.Multiply(weyl, weyl).Cast<Rational>());
    }

    [Fact]
    public void Two_projective_lines_have_eighteen_classes()
    {
        // 𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ) as ∂x, x∂x, x²∂x and ∂t, t∂t, t²∂t: a line's parts are each 0, hyperbolic, parabolic or
        // elliptic. One part nonzero: 3 + 3 classes. Both: h + ch′ (c > 0: the Weyl element of the second flips h′),
        // h + e′ and e + h′ (e′ scaled by h′, its sign by −W with λ = −1), h + cX′ and X + ch′ (c > 0), e ± e′, e ± X′
        // and X ± e′ (e and −e are not conjugate), X + cX′ (c ≠ 0): 1 + 2 + 2 + 2 + 2 + 2 + 1 = 12. Eighteen, four of
        // them families.
        var basis = new[] { G("1", "0", "0"), G("x", "0", "0"), G("x^2", "0", "0"), G("0", "1", "0"), G("0", "t", "0"), G("0", "t^2", "0") };
        var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out var reason);
        Assert.True(system is not null, reason);
        string shown = string.Join("; ", system!.Representatives.Select(r => r.ToUnicode() + " " + string.Join(",", r.Conditions)));
        Assert.True(system.Representatives.Count == 18, shown);
        Assert.True(system.Representatives.Count(r => r.Parameters.Count > 0) == 4, shown);
    }

    [Fact]
    public void Algebras_outside_its_reach_say_why()
    {
        // Laplace's equation's conformal part is 𝔰𝔬(3, 1) ≅ 𝔰𝔩(2, ℂ), simple of dimension 6: no 3-dimensional ideals.
        var system = OptimalSystem.Of(CommutatorTable.Compute(Compute("u_tt + u_xx").Generators), out var reason);
        Assert.Null(system);
        Assert.Contains("Levi factor has dimension 6", reason);
        // An algebra the ansatz truncates has no table to classify.
        Assert.Null(OptimalSystem.Of(CommutatorTable.Compute(Compute("u_tt - u_xx", 3).Generators), out reason));
        Assert.Contains("not closed", reason);
    }
}
