using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// The Lie bracket and commutator tables, against the published tables (Olver, Applications of Lie Groups to
/// Differential Equations: KdV §2.4, heat equation §2.4) and the bracket's own identities.
/// </summary>
public class CommutatorTableTests
{
    static Generator G(string xi, string tau, string phi) => Generator.Parse(xi, tau, phi);

    static string[][] Entries(CommutatorTable table) =>
        Enumerable.Range(0, table.Basis.Count).Select(i => Enumerable.Range(0, table.Basis.Count).Select(j => table.Entry(i, j)).ToArray()).ToArray();

    [Fact]
    public void KdV_table_is_the_published_one()
    {
        // v1 = ∂x, v2 = ∂t, v3 = t∂x + ∂u, v4 = x∂x + 3t∂t − 2u∂u: [v1, v4] = v1, [v2, v3] = v1, [v2, v4] = 3v2,
        // [v3, v4] = −2v3, all others zero.
        var table = CommutatorTable.Compute([G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x", "3*t", "-2*u")]);
        Assert.True(table.Closed);
        Assert.Equal([
            ["0", "0", "0", "V1"],
            ["0", "0", "V1", "3V2"],
            ["0", "−V1", "0", "−2V3"],
            ["−V1", "−3V2", "2V3", "0"]], Entries(table));
    }

    [Fact]
    public void KdV_table_in_LaTeX_has_a_row_per_generator_and_balanced_braces()
    {
        var table = CommutatorTable.Compute([G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x", "3*t", "-2*u")]);
        var tex = table.ToLatex();
        Assert.Contains(@"\begin{tabular}{c|cccc}", tex);
        Assert.Contains(@"  $V_{2}$ & $0$ & $0$ & $V_{1}$ & $3V_{2}$ \\", tex);
        Assert.Contains(@"  $V_{3}$ & $0$ & $-V_{1}$ & $0$ & $-2V_{3}$ \\", tex);
        Assert.Contains(@"V_{4} &= x \partial_x + 3 t \partial_t - 2 u \partial_u", tex);
        Assert.Equal(tex.Count(ch => ch == '{'), tex.Count(ch => ch == '}'));
        Assert.Equal(4, tex.Split('\n').Count(line => line.TrimEnd().EndsWith(@"\\") && line.Contains('&') && line.Contains('$')));
        Assert.Single(tex.Split('\n'), line => line.TrimEnd().EndsWith(@"\hline"));
        // A half: ckdv's [V3, V2] = V2/2.
        var ckdv = CommutatorTable.Compute([G("2*sqrt(t + 1)", "0", "1/sqrt(t + 1)"), G("x", "3*t + 3", "-2*u")]);
        Assert.Equal(@"\tfrac{1}{2}V_{1}", ckdv.EntryLatex(1, 0));
    }

    [Fact]
    public void Heat_table_with_the_projective_generator_is_the_published_one()
    {
        // u_t = u_xx: v1 = ∂x, v2 = ∂t, v3 = u∂u, v4 = x∂x + 2t∂t, v5 = 2t∂x − xu∂u, v6 = 4xt∂x + 4t²∂t − (x² + 2t)u∂u.
        var basis = new[] { G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "u"), G("x", "2*t", "0"), G("2*t", "0", "-x*u"), G("4*x*t", "4*t^2", "-(x^2 + 2*t)*u") };
        var table = CommutatorTable.Compute(basis);
        Assert.True(table.Closed);
        var e = Entries(table);
        // Olver's table 1: [v1, v4] = v1, [v1, v5] = −v3, [v1, v6] = 2v5, [v2, v4] = 2v2, [v2, v5] = 2v1,
        // [v2, v6] = 4v4 − 2v3, [v4, v5] = v5, [v4, v6] = 2v6; v3 is central, [v5, v6] = 0.
        Assert.Equal(("V1", "−V3", "2V5"), (e[0][3], e[0][4], e[0][5]));
        Assert.Equal(("2V2", "2V1", "−2V3 + 4V4"), (e[1][3], e[1][4], e[1][5]));
        Assert.Equal(("V5", "2V6", "0"), (e[3][4], e[3][5], e[4][5]));
        Assert.All(Enumerable.Range(0, 6), k => Assert.Equal("0", e[2][k]));
    }

    [Fact]
    public void Bracket_is_antisymmetric_and_satisfies_Jacobi()
    {
        var a = G("x*t + u", "t^2", "x*u - 3");
        var b = G("exp(t/50)*u", "sqrt(t + 1)", "x^2");
        var c = G("u^2", "x", "t*u + x");
        var sum = LieBracket.Of(LieBracket.Of(a, b), c);
        var jacobi = new[] { LieBracket.Of(LieBracket.Of(b, c), a), LieBracket.Of(LieBracket.Of(c, a), b) }
            .Aggregate(sum, (s, g) => new Generator(s.Xi + g.Xi, s.Tau + g.Tau, s.Phi + g.Phi));
        var swapped = LieBracket.Of(b, a);
        var ab = LieBracket.Of(a, b);
        var random = new Random(3);
        for (int i = 0; i < 20; i++)
        {
            var p = new Dictionary<string, double> { ["x"] = random.NextDouble(), ["t"] = random.NextDouble(), ["u"] = 2 * random.NextDouble() - 1 };
            foreach (var (x, y) in new[] { (jacobi.Xi, Expr.Zero), (jacobi.Tau, Expr.Zero), (jacobi.Phi, Expr.Zero), (ab.Xi, -swapped.Xi), (ab.Phi, -swapped.Phi) })
                Assert.Equal(y.Evaluate(p), x.Evaluate(p), 9);
        }
        // Polynomial brackets cancel symbolically, not only at points.
        var polynomial = new[] { G("x*t + u", "t^2", "x*u - 3"), G("u^2", "x", "t*u + x"), G("t", "0", "1") };
        var (p1, p2, p3) = (polynomial[0], polynomial[1], polynomial[2]);
        var cyclic = new[] { LieBracket.Of(LieBracket.Of(p1, p2), p3), LieBracket.Of(LieBracket.Of(p2, p3), p1), LieBracket.Of(LieBracket.Of(p3, p1), p2) };
        Assert.True((cyclic[0].Xi + cyclic[1].Xi + cyclic[2].Xi).Expand().IsZero);
        Assert.True((cyclic[0].Phi + cyclic[1].Phi + cyclic[2].Phi).Expand().IsZero);
    }

    [Fact]
    public void A_span_missing_a_bracket_is_not_closed()
    {
        // ∂t and the boost without ∂x: [∂t, t∂x + ∂u] = ∂x is outside.
        var table = CommutatorTable.Compute([G("0", "1", "0"), G("t", "0", "1")]);
        Assert.False(table.Closed);
        Assert.Equal("outside", table.Entry(0, 1));
        Assert.Equal("0", table.Entry(1, 1));
    }

    [Fact]
    public void Time_dependent_generators_bracket_exactly()
    {
        // nKdV: [e^{−t/50}∂t, 50e^{t/50}∂x + ∂u] = ∂x; cKdV: [x∂x + (3t + 3)∂t − 2u∂u, 2√(t + 1)∂x + 1/√(t + 1)∂u] = half the boost.
        var nkdv = CommutatorTable.Compute([G("1", "0", "0"), G("50*exp(t/50)", "0", "1"), G("0", "exp(-t/50)", "0")]);
        Assert.Equal("V1", nkdv.Entry(2, 1));
        var ckdv = CommutatorTable.Compute([G("2*sqrt(t + 1)", "0", "1/sqrt(t + 1)"), G("x", "3*t + 3", "-2*u")]);
        Assert.Equal("V1/2", ckdv.Entry(1, 0));
    }
}
