using System.Text.Json;
using PdeSym.Symbolic;
using static PdeSym.Tests.Declaration.ListCommandTests;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary><c>pdesym symmetries</c> and <c>pdesym check</c> end to end: the built app, run as a process.</summary>
public class SymmetryCommandTests
{
    static List<Generator> GeneratorsOf(JsonDocument symmetries) => symmetries.RootElement.GetProperty("generators").EnumerateArray()
        .Select(g => G(g.GetProperty("xi").GetString()!, g.GetProperty("tau").GetString()!, g.GetProperty("phi").GetString()!))
        .ToList();

    [Fact]
    public void Symmetries_json_components_read_back_as_the_algebra()
    {
        var (code, output, error) = RunPdesym("symmetries", "burgers", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var generators = GeneratorsOf(document);
        AssertSameSpan(
            [G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x", "2*t", "-u"), G("t*x", "t^2", "x - t*u")], generators);
        Assert.Equal("∂x", document.RootElement.GetProperty("generators")[0].GetProperty("unicode").GetString());
        // Its commutator table: closed, antisymmetric, and [∂t, t∂x + ∂u] = ∂x whatever the generators' order.
        var commutators = document.RootElement.GetProperty("commutators").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetString()!).ToArray()).ToArray();
        Assert.True(document.RootElement.GetProperty("closed").GetBoolean());
        int dt = generators.FindIndex(g => g.Tau.ToPlain() == "1" && g.Xi.IsZero), boost = generators.FindIndex(g => g.Xi.ToPlain() == "t" && g.Tau.IsZero);
        int dx = generators.FindIndex(g => g.Xi.ToPlain() == "1" && g.Tau.IsZero);
        Assert.Equal($"V{dx + 1}", commutators[dt][boost]);
        Assert.Equal($"−V{dx + 1}", commutators[boost][dt]);
        // Burgers' algebra is 𝔰𝔩(2, ℝ) acting on the plane of ∂x and the boost.
        Assert.Contains("Levi factor 𝔰𝔩(2, ℝ)", document.RootElement.GetProperty("structure").GetString());
    }

    [Fact]
    public void Symmetries_of_a_radical_of_a_derivative_are_printed_with_their_table()
    {
        // u_t = u_x^(3/2): the two scalings x → ax, u → bu, t → a^(3/2)b^(−1/2)t beside the translations.
        var (code, output, error) = RunPdesym("symmetries", "u_t - u_x^(3/2)", "--json");
        Assert.True(code == 0, output + error);
        using var document = JsonDocument.Parse(output);
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("0", "0", "1"), G("2*x", "3*t", "0"), G("0", "-t", "2*u")], GeneratorsOf(document));
        Assert.True(document.RootElement.GetProperty("closed").GetBoolean());
    }

    [Theory]
    [InlineData("kdb", "unknown PDE 'kdb'; did you mean kdv? known PDEs: burgers,")]
    [InlineData("u_x - u", "the equation u_x - u = 0 has no u_t")]              // an equation, though it has no u_t
    public void A_name_or_equation_that_is_neither_says_which_it_was_read_as(string pde, string message)
    {
        var (code, output, error) = RunPdesym("symmetries", pde);
        Assert.Equal(1, code);
        Assert.Contains(message, Flat(output + error));
    }

    [Fact]
    public void Generalized_prints_the_next_flow_and_json_reads_back()
    {
        var (code, output, error) = RunPdesym("generalized", "kdv");
        Assert.True(code == 0, output + error);
        Assert.Contains("Q1 = u_xxxxx + 5u·u_xxx/3 + 10·u_x·u_xx/3 + 5u²·u_x/6   (order 5)", output);
        Assert.Contains("point symmetries: ∂x, ∂t, t∂x + ∂u, x∂x + 3t∂t − 2u∂u", output);
        (code, output, error) = RunPdesym("generalised", "ks", "--json", "--order", "4", "--degree", "3");
        Assert.True(code == 0, output + error);
        using var document = JsonDocument.Parse(output);
        Assert.Empty(document.RootElement.GetProperty("generalized").EnumerateArray());
        Assert.Equal(3, document.RootElement.GetProperty("point").GetArrayLength());
        (code, output, error) = RunPdesym("generalized", "kdv", "--order", "7", "--degree", "4");
        Assert.True(code == 0, output + error);
        Assert.Contains("brackets: [Qi, Qj] = 0 for every pair — the flows commute", Flat(output));
        (code, output, error) = RunPdesym("generalized", "kdv", "--check", "u_xxxxx + 10*u*u_xxx + 20*u_x*u_xx + 30*u^2*u_x");
        Assert.Equal(1, code);                                                             // the unscaled Lax flow is not KdV's here
        Assert.Contains("not a symmetry (exact)", output);
        (code, output, error) = RunPdesym("generalized", "mkdv", "--latex");
        Assert.True(code == 0, output + error);
        Assert.StartsWith("\\begin{align*}\n  Q_{1} &= u_{xxxxx} + ", output);
        (code, output, error) = RunPdesym("generalized", "u_ttt - u_x");
        Assert.Equal(1, code);
        Assert.Contains("computed for u_t = F and u_tt = F", Flat(output + error));
    }

    [Fact]
    public void Symmetries_adjoint_prints_the_adjoint_table()
    {
        var (code, output, error) = RunPdesym("symmetries", "kdv", "--adjoint");
        Assert.True(code == 0, error);
        Assert.Contains("adjoint action Ad(exp(εVi))Vj", output);
        Assert.Contains("e^(3ε) V2", output);
        Assert.Contains("V4 − 3ε V2", output);
        var json = RunPdesym("symmetries", "kdv", "--json");
        using var document = JsonDocument.Parse(json.Output);
        var adjoint = document.RootElement.GetProperty("adjoint");
        Assert.Equal("e^(−2ε) V3", adjoint[3][2].GetString());
        Assert.Equal("V3 − ε V1", adjoint[1][2].GetString());
        var latex = RunPdesym("symmetries", "kdv", "--latex", "--adjoint");
        Assert.Contains(@"$V_{4}$ & $e^{\varepsilon } V_{1}$ & $e^{3 \varepsilon } V_{2}$ & $e^{-2 \varepsilon } V_{3}$ & $V_{4}$ \\", latex.Output);
    }

    [Fact]
    public void Symmetries_optimal_prints_the_optimal_system_in_text_json_and_latex()
    {
        var (code, output, error) = RunPdesym("symmetries", "u_t - u_xx", "--degree", "3", "--optimal");
        Assert.True(code == 0, error);
        Assert.Contains("optimal system of one-dimensional subalgebras (8;", output);
        Assert.Contains("⟨V3 + aV5⟩, a ≥ −1/2", output);
        Assert.Contains("⟨V2 + aV5 + V6⟩, a ∈ ℝ", output);
        var json = RunPdesym("symmetries", "kdv", "--json");
        using var document = JsonDocument.Parse(json.Output);
        var plain = document.RootElement.GetProperty("optimal").EnumerateArray().Select(e => e.GetProperty("plain").GetString()).ToList();
        Assert.Equal(["V1", "V2", "V3", "V4", "V2 + V3", "V2 - V3"], plain);
        var latex = RunPdesym("symmetries", "kdv", "--latex", "--optimal");
        Assert.Contains(@"\item $\langle V_{2} + V_{3} \rangle$", latex.Output);
        var laplace = RunPdesym("symmetries", "u_tt + u_xx", "--optimal");
        Assert.Equal(0, laplace.ExitCode);
        Assert.Contains("no optimal system: its Levi factor has dimension 6", Flat(laplace.Output));
    }

    [Fact]
    public void Symmetries_of_heat_name_the_family_and_take_the_degree()
    {
        var (code, output, error) = RunPdesym("symmetries", "heat", "--degree", "3");
        Assert.True(code == 0, error);
        Assert.StartsWith("heat: u_t - 0.1 u_xx = 0", output); // as declared
        Assert.Contains("V6 = ", output);
        Assert.DoesNotContain("V7", output);
        Assert.Contains("β(x,t)∂u for every solution β", output);
        Assert.Contains("periodic on [0, 6.28319): β = e^(−t/10)cos(x), e^(−t/10)sin(x),", output);
        Assert.Contains("commutators [Vi, Vj]", output);
        Assert.Contains("structure: dimension 6: not solvable; Levi factor 𝔰𝔩(2, ℝ)", output);
        // The periodic members in the JSON: each read back is a symmetry of the declared equation.
        var json = RunPdesym("symmetries", "heat", "--json");
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        var periodic = document.RootElement.GetProperty("family").GetProperty("periodicSolutions").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.Equal(4, periodic.Count);
        Assert.All(periodic, b => Assert.True(SymmetryCheck.Verify(PdeCatalog.Get("heat").Equation(), G("0", "0", b)).IsSymmetry, b));
        var latex = RunPdesym("symmetries", "heat", "--latex");
        Assert.True(latex.ExitCode == 0, latex.Error);
        Assert.StartsWith("% structure: dimension 5: solvable", latex.Output);
        Assert.Contains(@"\begin{align*}", latex.Output);
        Assert.Contains(@"\begin{tabular}{c|ccccc}", latex.Output);
    }

    [Fact]
    public void Symmetries_say_which_generators_respect_the_declared_period()
    {
        var (code, output, error) = RunPdesym("symmetries", "kdv", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var generators = GeneratorsOf(document);
        var respecting = document.RootElement.GetProperty("respectPeriod").EnumerateArray().Select(v => generators[int.Parse(v.GetString()![1..]) - 1]).ToList();
        // ∂x, ∂t and the Galilean boost map [0, 128) to itself; the scaling x∂x + 3t∂t − 2u∂u does not.
        AssertSameSpan([G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1")], respecting);
        var heat = RunPdesym("symmetries", "heat");
        Assert.Contains("respect the period [0, 6.28319): V1, V2, V5, and β∂u for the periodic β", Flat(heat.Output));
        var text = RunPdesym("symmetries", "u_t - u_xx");
        Assert.DoesNotContain("respect the period", text.Output);
    }

    [Fact]
    public void Check_exits_zero_for_a_symmetry_and_one_otherwise()
    {
        var yes = RunPdesym("check", "ckdv", "2*sqrt(t + 1)", "0", "1/sqrt(t + 1)");
        Assert.True(yes.ExitCode == 0, yes.Output + yes.Error);
        Assert.Contains("residual: 0", yes.Output);
        var no = RunPdesym("check", "ckdv", "t", "0", "1");
        Assert.Equal(1, no.ExitCode);
        Assert.Contains("not a symmetry", no.Output);
    }

    [Fact]
    public void Period_gives_an_equation_written_as_text_its_periodic_family_members()
    {
        var (code, output, error) = RunPdesym("symmetries", "u_t - 0.5*u_xx", "--period", "3.141592653589793", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var periodic = document.RootElement.GetProperty("family").GetProperty("periodicSolutions").EnumerateArray().Select(b => b.GetString()!).ToList();
        // k = 2πm/π = 2m, λ = −k²/2: e^(−2t)cos(2x), e^(−2t)sin(2x), e^(−8t)cos(4x), ...
        Assert.Equal("exp(-2*t)*cos(2*x)", periodic[0]);
        Assert.All(periodic, b =>
        {
            Assert.True(SymmetryCheck.Verify(Expr.Parse("u_t - 0.5*u_xx"), G("0", "0", b)).IsSymmetry, b);
            var beta = Expr.Parse(b);
            Assert.Equal(0, (beta.Substitute("x", Expr.Parse("x + 3.141592653589793")) - beta).Evaluate(new Dictionary<string, double> { ["x"] = 0.3, ["t"] = 0.2 }), 9);
        });
        var refused = RunPdesym("symmetries", "u_t - u_xx", "--period", "-1");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--period is -1; give the positive length L", Flat(refused.Output + refused.Error));
    }

    [Fact]
    public void The_wave_equation_is_taken_in_its_u_tt_form_end_to_end()
    {
        var (code, output, error) = RunPdesym("symmetries", "u_tt - u_xx", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var generators = GeneratorsOf(document);
        Assert.Equal(7, generators.Count);
        Assert.Contains(generators, g => g.ToUnicode() == "t∂x + x∂t");                  // the Lorentz boost
        Assert.All(generators, g => Assert.True(SymmetryCheck.Verify(Expr.Parse("u_tt - u_xx"), g).IsSymmetry, g.ToUnicode()));
        var family = document.RootElement.GetProperty("family");
        Assert.Equal(2, family.GetProperty("timeOrder").GetInt32());
        Assert.Equal("beta_xx", family.GetProperty("rhs").GetString());
        Assert.Contains("Levi factor 𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ)", document.RootElement.GetProperty("structure").GetString());

        var boost = RunPdesym("check", "u_tt - u_xx", "t", "x", "0");
        Assert.True(boost.ExitCode == 0, boost.Output + boost.Error);
        var galilean = RunPdesym("check", "u_tt - u_xx", "t", "0", "1");
        Assert.Equal(1, galilean.ExitCode);
        Assert.Contains("criterion D_t² Q − F_*[Q] =", Flat(galilean.Output));
    }

    [Fact]
    public void Check_points_at_a_malformed_expression()
    {
        var (code, output, error) = RunPdesym("check", "kdv", "x", "3*t +", "u");
        Assert.Equal(1, code);
        var text = output + error;
        Assert.Contains("position 6", text);
        Assert.Contains("  3*t +\n", text.Replace("\r", ""));
        Assert.Contains("\n       ^", text.Replace("\r", ""));
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void Refusals_are_messages_not_stack_traces()
    {
        var (code, output, error) = RunPdesym("symmetries", "u_t + sin(x)*u_xx");
        Assert.Equal(1, code);
        Assert.Contains("outside the reach", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }
}
