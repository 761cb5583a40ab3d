using System.Reflection;
using static TorchSharp.torch;

namespace PdeSym.Tests.Declaration;

/// <summary>The catalogue PDEs as declared: found by name, residual equal to the user's method, evolution split as the equation says.</summary>
public class CatalogueTests
{
    public static TheoryData<string> Names => new() { "kdv", "ks", "burgers", "heat", "nkdv", "ckdv", "mkdv", "pburgers" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Residual_equals_the_declared_double_method_at_random_points(string name)
    {
        using var scope = NewDisposeScope();
        var pde = PdeCatalog.Get(name);
        var method = pde.GetType().GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.GetCustomAttribute<EquationAttribute>() != null);
        var random = new Random(11);
        const int n = 50;
        var x = new double[n];
        var t = new double[n];
        var values = method.GetParameters().ToDictionary(p => p.Name!, _ => new double[n]);
        for (int i = 0; i < n; i++)
        {
            x[i] = random.NextDouble() * pde.Domain.Length;
            t[i] = random.NextDouble() * pde.Domain.Duration;
            foreach (var v in values.Values) v[i] = 4 * random.NextDouble() - 2;
        }
        if (values.TryGetValue("x", out var px)) Array.Copy(px, x, n);
        if (values.TryGetValue("t", out var pt)) Array.Copy(pt, t, n);
        var derivatives = values.Where(kv => kv.Key is not ("x" or "t"))
            .ToDictionary(kv => JetVariable.TryParse(kv.Key, out var v) ? v : throw new InvalidOperationException(kv.Key), kv => tensor(kv.Value));
        var residual = pde.Residual(new JetTensors(tensor(x), tensor(t), derivatives)).data<double>().ToArray();

        for (int i = 0; i < n; i++)
        {
            var arguments = method.GetParameters().Select(p => (object)(p.Name switch
            {
                "x" => x[i],
                "t" => t[i],
                _ => values[p.Name!][i],
            })).ToArray();
            double expected = (double)method.Invoke(null, arguments)!;
            Assert.Equal(expected, residual[i], 1e-12 * (1 + Math.Abs(expected)));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Evolution_form_solves_the_equation_for_u_t(string name)
    {
        // u_t := L u + N(...) put back into the residual must give 0, at arbitrary jet values.
        using var scope = NewDisposeScope();
        var pde = PdeCatalog.Get(name);
        var form = pde.Evolution ?? throw new InvalidOperationException($"{name} has no evolution form");
        var generator = new TorchSharp.torch.Generator(5);
        var x = rand(64, dtype: float64, generator: generator) * pde.Domain.Length;
        var t = rand(64, dtype: float64, generator: generator) * pde.Domain.Duration;
        var derivatives = Enumerable.Range(0, Math.Max(form.Order, pde.Jet.MaxOrderX) + 1)
            .ToDictionary(k => new JetVariable(k, 0), _ => randn(64, dtype: float64, generator: generator));
        var ut = form.Nonlinear(new JetTensors(x, t, derivatives));
        for (int k = 0; k < form.Linear.Count; k++) ut = ut + form.Linear[k] * derivatives[new JetVariable(k, 0)];
        derivatives[new JetVariable(0, 1)] = ut;
        var residual = pde.Residual(new JetTensors(x, t, derivatives));
        Assert.True(residual.abs().max().item<double>() < 1e-12 * (1 + ut.abs().max().item<double>()));
    }

    [Theory]
    [InlineData("kdv", new double[] { 0, 0, 0, -1 }, "-u*u_x")]
    [InlineData("ks", new double[] { 0, 0, -1, 0, -1 }, "-u*u_x")]
    [InlineData("burgers", new double[] { 0, 0, 0.01 }, "-u*u_x")]
    [InlineData("heat", new double[] { 0, 0, 0.1 }, "0")]
    [InlineData("nkdv", new double[] { }, "-exp(t/50)*u*u_x - exp(t/50)*u_xxx")]
    [InlineData("ckdv", new double[] { 0, 0, 0, -1 }, "-u*u_x - 0.5*u/(t + 1)")]
    [InlineData("mkdv", new double[] { 0, 0, 0, -1 }, "-u^2*u_x")]
    [InlineData("pburgers", new double[] { 0, 0, 0.1 }, "0.1*u_x^2")]
    public void Evolution_split_is_what_the_equation_says(string name, double[] linear, string nonlinear)
    {
        var form = PdeCatalog.Get(name).Evolution!;
        Assert.Equal(linear, form.Linear);
        Assert.Equal(nonlinear, form.NonlinearText);
        Assert.All(form.NonlinearJet, v => Assert.Equal(0, v.T));
    }

    [Theory]
    [InlineData("kdv", "u_t + u*u_x + u_xxx", "u_t + u u_x + u_xxx = 0", 128, 100, 3, 1)]
    [InlineData("ks", "u_t + u*u_x + u_xx + u_xxxx", "u_t + u u_x + u_xx + u_xxxx = 0", 64, 100, 4, 1)]
    [InlineData("burgers", "u_t + u*u_x - 0.01*u_xx", "u_t + u u_x - 0.01 u_xx = 0", 2 * Math.PI, 18, 2, 1)]
    [InlineData("heat", "u_t - 0.1*u_xx", "u_t - 0.1 u_xx = 0", 2 * Math.PI, 1, 2, 1)]
    [InlineData("nkdv", "u_t + exp(t/50)*(u*u_x + u_xxx)", "u_t + exp(t/50) (u u_x + u_xxx) = 0", 128, 100, 3, 1)]
    [InlineData("ckdv", "u_t + u*u_x + u_xxx + u/(2*(t + 1))", "u_t + u u_x + u_xxx + u/(2 (t + 1)) = 0", 128, 100, 3, 1)]
    [InlineData("mkdv", "u_t + u^2*u_x + u_xxx", "u_t + u^2 u_x + u_xxx = 0", 128, 100, 3, 1)]
    [InlineData("pburgers", "u_t - 0.1*(u_xx + u_x*u_x)", "u_t - 0.1 (u_xx + u_x u_x) = 0", 2 * Math.PI, 1, 2, 1)]
    public void Declaration_reads_back_as_written(string name, string text, string pretty, double length, double duration, int orderX, int orderT)
    {
        var pde = PdeCatalog.Get(name);
        Assert.Equal(name, pde.Name);
        Assert.Equal(text, pde.EquationText);
        Assert.Equal(pretty, pde.Pretty);
        Assert.Equal(new PdeDomain(length, duration), pde.Domain);
        Assert.Equal(orderX, pde.Jet.MaxOrderX);
        Assert.Equal(orderT, pde.Jet.MaxOrderT);
    }

    [Theory]
    [InlineData("kdv", "-u_xxx")]
    [InlineData("ks", "-u_xx - u_xxxx")]
    [InlineData("burgers", "0.01*u_xx")]
    [InlineData("nkdv", "0")]
    public void Linear_part_prints_in_the_plain_syntax(string name, string text) =>
        Assert.Equal(text, PdeCatalog.Get(name).Evolution!.LinearText);

    [Fact]
    public void Residual_is_differentiable()
    {
        // KdV: ∂Δ/∂u = u_x, ∂Δ/∂u_x = u, ∂Δ/∂u_t = ∂Δ/∂u_xxx = 1, by autograd through the generated code.
        using var scope = NewDisposeScope();
        var generator = new TorchSharp.torch.Generator(9);
        var names = new[] { "u", "u_x", "u_t", "u_xxx" };
        var values = names.ToDictionary(n => n, _ => randn(16, dtype: float64, generator: generator).requires_grad_(true));
        var jet = new JetTensors(zeros(16, dtype: float64), zeros(16, dtype: float64),
            values.ToDictionary(kv => JetVariable.TryParse(kv.Key, out var v) ? v : default, kv => kv.Value));
        PdeCatalog.Get("kdv").Residual(jet).sum().backward();
        Assert.True(values["u"].grad!.allclose(values["u_x"].detach()));
        Assert.True(values["u_x"].grad!.allclose(values["u"].detach()));
        Assert.True(values["u_t"].grad!.allclose(ones(16, dtype: float64)));
        Assert.True(values["u_xxx"].grad!.allclose(ones(16, dtype: float64)));
    }

    [Fact]
    public void Constants_are_read_from_the_class()
    {
        Assert.Equal(0.01, PdeCatalog.Get("burgers").Constants["Nu"]);
        Assert.Empty(PdeCatalog.Get("kdv").Constants);
    }

    [Fact]
    public void Unknown_name_lists_the_known_ones()
    {
        var e = Assert.Throws<UnknownPdeException>(() => PdeCatalog.Get("kdw"));
        Assert.Contains("kdv", e.Message);
    }
}
