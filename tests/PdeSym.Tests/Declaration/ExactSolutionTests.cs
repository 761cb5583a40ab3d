using PdeSym.Pdes;
using static TorchSharp.torch;

namespace PdeSym.Tests.Declaration;

/// <summary>The generated residuals vanish on exact solutions (derivatives by autograd of the closed form) and not on near misses.</summary>
public class ExactSolutionTests
{
    static double RelativeResidual(string pde, Func<Tensor, Tensor, Tensor> u, double length, double duration)
    {
        var equation = PdeCatalog.Get(pde);
        var (x, t) = AutogradJet.Points(400, 0, length, 0, duration, seed: 7);
        var jet = AutogradJet.Of(u, x, t, equation.Jet.Variables);
        var residual = equation.Residual(jet);
        double scale = jet[new JetVariable(0, 1)].abs().max().item<double>();
        return residual.abs().max().item<double>() / scale;
    }

    // KdV soliton u = 12k² sech²(k(x − 4k²t − x0)).
    static Func<Tensor, Tensor, Tensor> Soliton(double k, double speed) =>
        (x, t) => 12 * k * k * cosh(k * (x - speed * t - 40)).pow(-2);

    [Fact]
    public void Kdv_soliton_is_a_solution()
    {
        using var scope = NewDisposeScope();
        const double k = 0.5;
        Assert.True(RelativeResidual("kdv", Soliton(k, 4 * k * k), 128, 10) < 1e-10);
    }

    [Fact]
    public void Kdv_soliton_at_the_wrong_speed_is_not()
    {
        using var scope = NewDisposeScope();
        const double k = 0.5;
        Assert.True(RelativeResidual("kdv", Soliton(k, 1.1 * 4 * k * k), 128, 10) > 0.05);
    }

    // Heat kernel u = exp(−(x − x0)² / (4ν(t + t0))) / sqrt(4πν(t + t0)).
    static Func<Tensor, Tensor, Tensor> Gaussian(double nu) =>
        (x, t) => exp(-(x - Math.PI).pow(2) / (4 * nu * (t + 0.5))) / sqrt(4 * Math.PI * nu * (t + 0.5));

    [Fact]
    public void Heat_gaussian_is_a_solution()
    {
        using var scope = NewDisposeScope();
        Assert.True(RelativeResidual("heat", Gaussian(Heat.Nu), 2 * Math.PI, 1) < 1e-10);
        Assert.True(RelativeResidual("heat", Gaussian(2 * Heat.Nu), 2 * Math.PI, 1) > 0.05);
    }

    // Cole–Hopf: u = −2ν φ_x / φ with φ = 2 + exp(−νt) cos x, a solution of φ_t = ν φ_xx.
    static Func<Tensor, Tensor, Tensor> ColeHopf(double nu, double heatNu) =>
        (x, t) => -2 * nu * (-exp(-heatNu * t) * sin(x)) / (2 + exp(-heatNu * t) * cos(x));

    [Fact]
    public void Burgers_cole_hopf_solution_is_a_solution()
    {
        using var scope = NewDisposeScope();
        Assert.True(RelativeResidual("burgers", ColeHopf(Burgers.Nu, Burgers.Nu), 2 * Math.PI, 18) < 1e-10);
        Assert.True(RelativeResidual("burgers", ColeHopf(Burgers.Nu, 2 * Burgers.Nu), 2 * Math.PI, 18) > 0.05);
    }
}
