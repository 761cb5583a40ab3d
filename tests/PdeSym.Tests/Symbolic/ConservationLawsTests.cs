using System.Text.Json;
using PdeSym.Symbolic;
using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Conservation laws by the multiplier method against the published ones: KdV's mass, momentum, energy and Galilean
/// law (Miura, Gardner &amp; Kruskal 1968; Olver, Example 4.36), the heat equation's multipliers = solutions of the adjoint
/// equation Λ_t = −νΛ_xx, viscous Burgers' and Kuramoto–Sivashinsky's mass alone, mKdV's mass and momentum without KdV's
/// Galilean law. Every density is checked on its own: D_t T on solutions must be a total x-derivative.
/// </summary>
public class ConservationLawsTests
{
    static List<string> Multipliers(string equation, int degree = 2) =>
        ConservationLaws.Compute(Expr.Parse(equation), degree).Laws.Select(l => l.Multiplier.ToUnicode()).ToList();

    [Fact]
    public void Kdv_has_mass_momentum_energy_and_the_galilean_law()
    {
        var laws = ConservationLaws.Compute(PdeCatalog.Get("kdv").Equation()).Laws;
        Assert.Equal(["1", "x − tu", "u", "u² + 2·u_xx"], laws.Select(l => l.Multiplier.ToUnicode()));
        Assert.Equal(["u", "xu − tu²/2", "u²/2", "u³/3 − u_x²"], laws.Select(l => l.Density!.ToUnicode()));   // the energy as books write it
        Assert.All(laws, l => Assert.True(ConservationLaws.IsConservedDensity(PdeCatalog.Get("kdv").Equation(), l.Density!), l.Density!.ToUnicode()));
    }

    [Theory]
    [InlineData("u_t - 0.1*u_xx", new[] { "1", "x", "t − 5x²" })]            // Λ_t = −Λ_xx/10: 1, x, x² − t/5
    [InlineData("u_t + u*u_x - 0.01*u_xx", new[] { "1" })]
    [InlineData("u_t + u*u_x + u_xx + u_xxxx", new[] { "1" })]
    [InlineData("u_t + u^2*u_x + u_xxx", new[] { "1", "u" })]                // no Galilean law: mKdV has no boost
    public void Other_equations_have_their_published_multipliers(string equation, string[] expected)
    {
        Assert.Equal(expected, Multipliers(equation));
        foreach (var law in ConservationLaws.Compute(Expr.Parse(equation)).Laws)
            Assert.True(ConservationLaws.IsConservedDensity(Expr.Parse(equation), law.Density!), law.Density!.ToUnicode());
    }

    [Theory]
    [InlineData("x*u")]          // d/dt ∫xu = ∫u²/2: not conserved
    [InlineData("u^3")]
    [InlineData("t*u^2")]
    public void Densities_that_are_not_conserved_are_told_apart(string density) =>
        Assert.False(ConservationLaws.IsConservedDensity(PdeCatalog.Get("kdv").Equation(), Expr.Parse(density)));

    public static TheoryData<string, string[]> SecondOrderInTime => new()
    {
        // Wave: mass and its moments (Λ solves the wave equation), momentum u_x, energy u_t, the Lorentz (centre of
        // energy) and dilation laws, a higher energy u_xxt, and two of the Riemann-invariant laws f(u_t ± u_x).
        { "u_tt - u_xx", ["1", "x", "t", "u_x", "u_t", "u_xxt", "x² + t²", "xt", "x·u_x + t·u_t", "x·u_t + t·u_x", "u_x² + u_t²", "u_x·u_t"] },
        { "u_tt - u_xx + u^3", ["u_x", "u_t", "x·u_t + t·u_x"] },           // φ⁴: momentum, energy, Lorentz
        { "u_tt + u*u_xx + u_x^2 + u_xxxx", ["1", "x", "t", "xt"] },        // Boussinesq: its local laws at this degree
        { "u_tt - u_xx + u_t/(t + 1)", ["t + 1", "xt + x", "t·u_x + u_x"] }, // a damped wave: (t + 1)u_t, … (a denominator cleared)
    };

    [Theory]
    [MemberData(nameof(SecondOrderInTime))]
    public void Equations_second_order_in_time_have_their_laws_and_densities(string equation, string[] multipliers)
    {
        var laws = ConservationLaws.Compute(Expr.Parse(equation)).Laws;
        Assert.Equal(multipliers, laws.Select(l => l.Multiplier.ToUnicode()));
        Assert.All(laws, l => Assert.True(l.Density is { } d && ConservationLaws.IsConservedDensity(Expr.Parse(equation), d), l.Multiplier.ToUnicode()));
    }

    [Theory]
    [InlineData("u_tt - u_xx", "u_x²/2 + u_t²/2")]
    [InlineData("u_tt - u_xx + u^3", "u⁴/4 + u_x²/2 + u_t²/2")]
    [InlineData("u_tt - u_xx + sin(u)", "u_x²/2 + u_t²/2 − cos(u)")]      // sine-Gordon: 1 − cos u up to a constant
    [InlineData("u_tt - u_xx - exp(u)", "u_x²/2 + u_t²/2 − e^u")]          // Liouville
    public void The_energy_of_u_t_reads_as_the_textbook_writes_it(string equation, string energy) =>
        Assert.Equal(energy, ConservationLaws.Compute(Expr.Parse(equation)).Laws.Single(l => l.Multiplier.ToUnicode() == "u_t").Density!.ToUnicode());

    [Fact]
    public void Potential_burgers_conserves_the_integral_of_e_to_the_u()
    {
        // u_t = ν(u_xx + u_x²): w = e^u solves w_t = νw_xx, so Λ = β e^u for every β of the adjoint β_t = −νβ_xx —
        // 1, x, x² − 2νt up to degree 2 — and ∫e^u dx is conserved. No polynomial multiplier exists.
        var pde = PdeCatalog.Get("pburgers");
        var result = ConservationLaws.Compute(pde.Equation());
        Assert.Contains("also times e^u", result.Ansatz);
        Assert.Equal(3, result.Laws.Count);
        var exp = Expr.Parse("exp(u)");
        foreach (var expected in new[] { "exp(u)", "x*exp(u)", "(5*x^2 - t)*exp(u)" })             // whole numbers, as printed
            Assert.Contains(result.Laws, l => (l.Multiplier - Expr.Parse(expected)).Expand().IsZero || (l.Multiplier + Expr.Parse(expected)).Expand().IsZero);
        var mass = Assert.Single(result.Laws, l => l.Multiplier.Equals(exp));
        Assert.Equal(exp, mass.Density);
        Assert.True(ConservationLaws.IsConservedDensity(pde.Equation(), exp));
        Assert.False(ConservationLaws.IsConservedDensity(pde.Equation(), Expr.Parse("exp(2*u)")));
        // And on simulated data: ∫e^u dx stays put along the solver's trajectories.
        using var scope = TorchSharp.torch.NewDisposeScope();
        var grid = new PdeSym.Spectral.PeriodicGrid(pde.Domain.Length, 64);
        var u0 = new PdeSym.Spectral.SineSeries(3, 1, 2, MaxAmplitude: 0.5).Sample(grid, 2, 5);
        double[] times = [0, 0.25, 0.5, 0.75, 1];
        var u = PdeSym.Spectral.Trajectories.Simulate(pde, u0, grid, times);
        Assert.True(PdeSym.Data.ConservedQuantities.Drift(exp, u, times, grid) < 1e-10);
        Assert.True(PdeSym.Data.ConservedQuantities.Drift(Expr.Parse("u"), u, times, grid) > 1e-4);   // the mass of u is not
    }

    [Fact]
    public void Mkdvs_energy_needs_degree_three()
    {
        var laws = ConservationLaws.Compute(Expr.Parse("u_t + u^2*u_x + u_xxx"), degree: 3).Laws;
        Assert.Contains(laws, l => l.Multiplier.ToUnicode() == "u³ + 3·u_xx");
    }

    [Theory]
    [InlineData("u_tt + u_xtt", "beside u_tt")]
    [InlineData("u_t + sin(2*u)*u_x", "outside the reach")]
    public void Equations_outside_the_method_are_refused_with_the_reason(string equation, string reason)
    {
        var e = Assert.Throws<SymmetryAnalysisException>(() => ConservationLaws.Compute(Expr.Parse(equation)));
        Assert.Contains(reason, e.Message);
    }

    [Theory]
    [InlineData("kdv", "u^3/6 - u_x^2/2", 0)]                              // KdV's energy as textbooks write it
    [InlineData("kdv", "u^3/3 - u_x^2/2", 1)]                              // a wrong weight
    [InlineData("u_tt - u_xx + sin(u)", "u_t^2/2 + u_x^2/2 + 1 - cos(u)", 0)]
    public void Density_checks_one_law_from_a_paper(string pde, string density, int exit)
    {
        var (code, output, error) = RunPdesym("conservation", pde, "--density", density);
        Assert.True(code == exit, output + error);
        Assert.Contains(exit == 0 ? "conserved (exact" : "not conserved (exact", Flat(output));
    }

    [Theory]
    [InlineData("u_t", "reads 'u_t'; a density may read x, t, u and its x-derivatives")]
    [InlineData("sin(x)*u", "is outside the exact ring: it holds sin(x)")]
    public void A_density_the_check_cannot_take_is_refused_with_the_reason(string density, string reason)
    {
        var (code, output, error) = RunPdesym("conservation", "kdv", "--density", density);
        Assert.Equal(1, code);
        Assert.Contains(reason, Flat(output + error));
        Assert.DoesNotContain("Exception", output + error);
    }

    [Fact]
    public void Conservation_command_prints_the_laws_and_their_json_reads_back()
    {
        var (code, output, error) = RunPdesym("conservation", "kdv", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var densities = document.RootElement.GetProperty("laws").EnumerateArray().Select(l => Expr.Parse(l.GetProperty("density").GetString()!)).ToList();
        Assert.Equal(4, densities.Count);
        Assert.All(densities, d => Assert.True(ConservationLaws.IsConservedDensity(PdeCatalog.Get("kdv").Equation(), d), d.ToPlain()));
        // The Hamiltonian pairing: H, and each law's symmetry, read back and checked on the equation.
        Assert.True((Expr.Parse(document.RootElement.GetProperty("hamiltonian").GetString()!) - Expr.Parse("u_x^2/2 - u^3/6")).Expand().IsZero);
        Assert.All(document.RootElement.GetProperty("laws").EnumerateArray(), l =>
            Assert.True(GeneralizedSymmetries.Criterion(PdeCatalog.Get("kdv").Equation(), Expr.Parse(l.GetProperty("symmetry").GetString()!)).IsZero));
        var text = RunPdesym("conservation", "burgers");
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("burgers: u_t + u u_x - 0.01 u_xx = 0", Flat(text.Output));
        Assert.Contains("each: D_t T + D_x X = Λ·(u_t − F)", Flat(text.Output));
        Assert.DoesNotContain("Hamiltonian", text.Output);                                  // Burgers' is dissipative
        var latex = RunPdesym("conservation", "kdv", "--latex");
        Assert.True(latex.ExitCode == 0, latex.Error);
        Assert.StartsWith("\\begin{align*}", latex.Output);
        Assert.Contains("\\Lambda_{4} &= u^{2} + 2 u_{xx}, & T_{4} &= \\frac{u^{3}}{3} - u_{x}^{2}", latex.Output);
        var refused = RunPdesym("conservation", "kdv", "--degree", "9");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the multiplier degree must be between 0 and 6", Flat(refused.Output + refused.Error));
    }
}
