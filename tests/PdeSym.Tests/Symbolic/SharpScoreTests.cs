using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

public class SharpScoreTests
{
    static readonly Expr kdv = Expr.Parse("u_t + u*u_x + u_xxx");

    [Fact]
    public void Vanishes_for_every_KdV_generator()
    {
        foreach (var g in SymmetryAlgebraTests.KdV) Assert.Equal(Expr.Zero, SharpScore.Build(kdv, g));
    }

    [Fact]
    public void Is_the_closed_form_for_the_galilean_part_alone()
    {
        // Q = -t u_x: D_t Q = -u_x - t D_x(u_t), and F_*[Q] = -t D_x F, so C = -u_x.
        Assert.Equal(Expr.Parse("-u_x"), SharpScore.Build(kdv, G("t", "0", "0")));
    }

    [Fact]
    public void Tree_and_exact_paths_agree_at_random_jets()
    {
        var random = new Random(7);
        var g = G("x^2 + t", "t*u", "u^2 - x");
        var evolution = EvolutionEquation.From(kdv);
        var exact = SharpScore.Build(evolution, g);
        var tree = SharpScore.Tree(evolution, g);
        for (int i = 0; i < 20; i++)
        {
            var p = new[] { "x", "t", "u", "u_x", "u_xx", "u_xxx", "u_xxxx", "u_xxxxx", "u_xxxxxx" }.ToDictionary(n => n, _ => random.NextDouble() * 2 - 1);
            double a = exact.Evaluate(p), b = tree.Evaluate(p);
            Assert.True(Math.Abs(a - b) <= 1e-9 * (1 + Math.Abs(a)), $"{a} vs {b}");
        }
    }

    [Fact]
    public void Float_generators_get_a_tree_score_that_is_small_near_a_symmetry()
    {
        var c = SharpScore.Build(kdv, new Generator(Expr.Float(1e-3) * Expr.T + Expr.One, Expr.Zero, Expr.Float(1e-3)));
        var p = new Dictionary<string, double> { ["x"] = 0.3, ["t"] = 0.2, ["u"] = 0.5, ["u_x"] = 0.7, ["u_xx"] = 0.1, ["u_xxx"] = -0.4, ["u_xxxx"] = 0.2 };
        Assert.True(Math.Abs(c.Evaluate(p)) < 1e-12, c.ToPlain());
    }
}
