using PdeSym.Spectral;
using static TorchSharp.torch;

namespace PdeSym.Tests.Spectral;

public class SpectralDerivativeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Derivatives_of_a_trigonometric_field_are_exact(int order)
    {
        using var scope = NewDisposeScope();
        var grid = new PeriodicGrid(10, 32);
        using var d = new SpectralDerivative(grid);
        double k1 = 2 * Math.PI * 3 / 10, k2 = 2 * Math.PI * 5 / 10;
        var x = grid.X();
        var u = stack([(k1 * x).sin(), 0.5 * (k2 * x + 1).cos()]);
        // d^n/dx^n sin(kx) = k^n sin(kx + nπ/2)
        var exact = stack([Math.Pow(k1, order) * (k1 * x + order * Math.PI / 2).sin(), 0.5 * Math.Pow(k2, order) * (k2 * x + 1 + order * Math.PI / 2).cos()]);
        double error = (d.Apply(u, order) - exact).abs().max().item<double>();
        Assert.True(error < 1e-9 * Math.Pow(k2, order), $"order {order}: error {error:e2}");
    }

    [Fact]
    public void Odd_derivatives_drop_the_Nyquist_mode_and_even_ones_keep_it()
    {
        using var scope = NewDisposeScope();
        var grid = new PeriodicGrid(2 * Math.PI, 8);
        using var d = new SpectralDerivative(grid);
        var nyquist = (4 * grid.X()).cos().unsqueeze(0); // (-1)^j
        Assert.Equal(0, d.Apply(nyquist, 1).abs().max().item<double>(), 12);
        Assert.Equal(0, (d.Apply(nyquist, 2) + 16 * nyquist).abs().max().item<double>(), 10);
    }

    [Fact]
    public void Two_thirds_rule_keeps_the_lower_modes_only()
    {
        using var scope = NewDisposeScope();
        using var d = new SpectralDerivative(new PeriodicGrid(1, 12), dealias: true);
        Assert.Equal([1.0, 1, 1, 1, 1, 0, 0], d.DealiasMask.data<double>().ToArray());
    }

    [Theory]
    [InlineData(255)]
    [InlineData(2)]
    [InlineData(0)]
    public void Unsupported_grids_are_rejected_with_the_fix(int nx)
    {
        var e = Assert.Throws<UserFacingException>(() => new PeriodicGrid(128, nx));
        Assert.Contains($"nx = {nx}", e.Message);
        Assert.Contains("even number of grid points", e.Message);
    }
}
