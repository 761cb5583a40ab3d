using PdeSym.Symbolic;
using static TorchSharp.torch;

namespace PdeSym.Tests.Symbolic;

/// <summary>Properties over seeded random expressions: printing round-trips, simplification is a fixed point, derivatives agree with finite differences.</summary>
public class ExprPropertyTests
{
    [Fact]
    public void Print_then_parse_is_structurally_equal()
    {
        var gen = new RandomExpressions(1);
        for (int i = 0; i < 400; i++)
        {
            var e = gen.Next();
            var text = e.ToPlain();
            Assert.True(e.Equals(Expr.Parse(text)), $"{text} reads back as {Expr.Parse(text).ToPlain()}");
        }
    }

    [Fact]
    public void Simplify_and_expand_are_idempotent_and_keep_the_value()
    {
        var gen = new RandomExpressions(2);
        for (int i = 0; i < 300; i++)
        {
            var e = gen.Next();
            var s = e.Simplify();
            Assert.Equal(s, s.Simplify());
            var x = e.Expand();
            Assert.Equal(x, x.Expand());
            var p = gen.Point();
            double v = e.Evaluate(p);
            Assert.Equal(v, s.Evaluate(p), 1e-9 * (1 + Math.Abs(v)));
            Assert.True(Math.Abs(v - x.Evaluate(p)) <= 1e-8 * (1 + Math.Abs(v)), $"{e} expands to {x}");
        }
    }

    [Fact]
    public void Derivatives_agree_with_central_differences()
    {
        var gen = new RandomExpressions(3);
        for (int i = 0; i < 300; i++)
        {
            var e = gen.Next();
            var p = gen.Point();
            foreach (var v in new[] { "x", "u_x" })
            {
                const double h = 1e-5;
                var plus = new Dictionary<string, double>(p) { [v] = p[v] + h };
                var minus = new Dictionary<string, double>(p) { [v] = p[v] - h };
                double numeric = (e.Evaluate(plus) - e.Evaluate(minus)) / (2 * h);
                double exact = e.Derivative(v).Evaluate(p);
                Assert.True(Math.Abs(numeric - exact) <= 1e-5 * (1 + Math.Abs(exact)), $"d/d{v} of {e}: {exact} vs {numeric}");
            }
        }
    }

    [Fact]
    public void Total_derivative_follows_the_jet()
    {
        var f = Expr.Parse("x*u*u_x + t*u_xx");
        Assert.Equal(Expr.Parse("u*u_x + x*u_x^2 + x*u*u_xx + t*u_xxx"), f.TotalDerivative("x"));
        Assert.Equal(Expr.Parse("x*u_t*u_x + x*u*u_xt + u_xx + t*u_xxt"), f.TotalDerivative("t"));
    }

    [Fact]
    public void Evaluation_on_a_jet_reads_coordinates_and_derivatives()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new[] { 1.0, 2.0 }, float64);
        var t = tensor(new[] { 0.5, 0.25 }, float64);
        var jet = new JetTensors(x, t, new Dictionary<JetVariable, TorchSharp.torch.Tensor>
        {
            [JetVariable.U] = tensor(new[] { 3.0, 4.0 }, float64),
            [new JetVariable(1, 0)] = tensor(new[] { -1.0, 2.0 }, float64),
        });
        var values = Expr.Parse("x*u_x + t*u^2").Evaluate(jet).data<double>().ToArray();
        Assert.Equal(new[] { 1 * -1.0 + 0.5 * 9, 2 * 2.0 + 0.25 * 16 }, values);
    }

    [Fact]
    public void Tensor_evaluation_is_differentiable()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new[] { 0.5, 2.0 }, float64).requires_grad_();
        var y = Expr.Parse("x^3 + sqrt(x) + exp(2*x)").Evaluate(name => x);
        y.sum().backward();
        var expected = new[] { 0.5, 2.0 }.Select(v => 3 * v * v + 0.5 / Math.Sqrt(v) + 2 * Math.Exp(2 * v)).ToArray();
        var grad = x.grad!.data<double>().ToArray();
        for (int i = 0; i < 2; i++) Assert.Equal(expected[i], grad[i], 1e-12);
    }

    [Fact]
    public void Tensor_evaluation_matches_double_evaluation()
    {
        var gen = new RandomExpressions(4);
        var points = Enumerable.Range(0, 16).Select(_ => gen.Point()).ToList();
        using var scope = NewDisposeScope();
        var tensors = new[] { "x", "t", "u", "u_x" }.ToDictionary(n => n, n => tensor(points.Select(p => p[n]).ToArray(), float64));
        for (int i = 0; i < 100; i++)
        {
            var e = gen.Next();
            var values = (e.Evaluate(name => tensors[name]) + zeros(points.Count, float64)).data<double>().ToArray();
            Assert.Equal(points.Count, values.Length);
            for (int k = 0; k < points.Count; k++)
            {
                double expected = e.Evaluate(points[k]);
                Assert.True(Math.Abs(expected - values[k]) <= 1e-9 * (1 + Math.Abs(expected)), $"{e} at point {k}");
            }
        }
    }
}
