using System.Text.Json;
using PdeSym.Data;
using PdeSym.Spectral;
using PdeSym.Symbolic;
using static PdeSym.Tests.Declaration.ListCommandTests;
using static TorchSharp.torch;

namespace PdeSym.Tests.Data;

/// <summary>∫T dx along trajectories against integrals done by hand, and the drift of KdV's laws on the authors' data.</summary>
public class ConservedQuantitiesTests
{
    static readonly PeriodicGrid Grid = new(2 * Math.PI, 64);
    static readonly double[] Times = [0, 0.5, 1];

    // u(x, t) = a e^(−bt) sin(x − ct) on [0, 2π), [1, 3, 64].
    static Tensor Wave(double a, double b, double c) => stack(Times.Select(t =>
        a * Math.Exp(-b * t) * sin(Grid.X() - c * t)).ToArray()).unsqueeze(0);

    [Fact]
    public void Integrals_match_those_done_by_hand()
    {
        using var scope = NewDisposeScope();
        var u = Wave(2, 0.5, 1);
        // u = 2e^{−t/2} sin(x − t): ∫u² = ∫u_x² = 4π e^{−t}, ∫t dx = 2πt, ∫u = 0.
        var squares = ConservedQuantities.Integrals(Expr.Parse("u^2"), u, Times, Grid);
        var slopes = ConservedQuantities.Integrals(Expr.Parse("u_x^2 + t"), u, Times, Grid);
        for (int k = 0; k < Times.Length; k++)
        {
            Assert.Equal(4 * Math.PI * Math.Exp(-Times[k]), squares[0, k].item<double>(), 10);
            Assert.Equal(4 * Math.PI * Math.Exp(-Times[k]) + 2 * Math.PI * Times[k], slopes[0, k].item<double>(), 10);
            Assert.Equal(0, ConservedQuantities.Integrals(Expr.Parse("u"), u, Times, Grid)[0, k].item<double>(), 12);
        }
    }

    [Fact]
    public void Drift_is_zero_for_a_travelling_wave_and_the_decay_for_a_damped_one()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(0, ConservedQuantities.Drift(Expr.Parse("u^2"), Wave(1, 0, 3), Times, Grid), 12);
        // ∫u² = π e^{−2t}: drift (π − π e^{−2})/π.
        Assert.Equal(1 - Math.Exp(-2), ConservedQuantities.Drift(Expr.Parse("u^2"), Wave(1, 1, 0), Times, Grid), 10);
        var e = Assert.Throws<UserFacingException>(() => ConservedQuantities.Drift(Expr.Parse("u_t"), Wave(1, 0, 1), Times, Grid));
        Assert.Contains("reads 'u_t'", e.Message);
    }

    [Fact]
    public void The_reference_kdv_data_keep_mass_momentum_and_energy()
    {
        var (code, output, error) = RunPdesym("conservation", "kdv", "--data", Fixtures.Path("kdv_reference_train_2.h5"), "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var drift = document.RootElement.GetProperty("laws").EnumerateArray()
            .ToDictionary(l => l.GetProperty("multiplier").GetString()!, l => l.GetProperty("drift").GetDouble());
        Assert.True(drift["1"] < 1e-12, $"mass {drift["1"]}");
        Assert.True(drift["u"] < 1e-6, $"momentum {drift["u"]}");
        Assert.True(drift["u^2 + 2*u_xx"] < 1e-5, $"energy {drift["u^2 + 2*u_xx"]}");
        Assert.True(drift["x - t*u"] > 1e-2, $"the Galilean law reads x and holds on the line only: {drift["x - t*u"]}");
    }
}
