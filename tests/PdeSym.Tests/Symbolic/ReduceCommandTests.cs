using System.Text.Json;
using PdeSym.Symbolic;
using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Symbolic;

/// <summary><c>pdesym reduce</c> end to end: the built app, run as a process.</summary>
public class ReduceCommandTests
{
    [Fact]
    public void Reduce_by_kdvs_scaling_prints_the_invariants_and_the_ode()
    {
        var (code, output, error) = RunPdesym("reduce", "kdv", "x", "3*t", " -2*u");
        Assert.True(code == 0, error);
        Assert.StartsWith("kdv: u_t + u u_x + u_xxx = 0", output);
        Assert.Contains("V = x∂x + 3t∂t − 2u∂u", output);
        Assert.Contains("z = x/t^(1/3)", output);
        Assert.Contains("u = f(z)/t^(2/3)", output);
        Assert.Contains("reduced ODE  f‴ + f·f′ − f′·z/3 − 2f/3 = 0 (order 3 in f(z))", output);
        Assert.Contains("factor       Δ on these u is 1/t^(5/3) times the ODE", output);
    }

    [Fact]
    public void Reduce_without_a_generator_takes_every_generator_of_the_algebra_and_its_json_reads_back()
    {
        var (code, output, error) = RunPdesym("reduce", "u_t - u_xx", "--degree", "3", "--json");
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var entries = document.RootElement.GetProperty("reductions").EnumerateArray().ToList();
        Assert.Equal(6, entries.Count);                                    // the heat algebra at degree 3
        var refused = Assert.Single(entries, e => e.GetProperty("refused").ValueKind == JsonValueKind.String);
        Assert.Equal("u∂u", refused.GetProperty("generator").GetString());
        // Each reduction read back: the ODE's order is its highest derivative of f, and the solutions hold f.
        foreach (var e in entries.Where(e => e.GetProperty("refused").ValueKind == JsonValueKind.Null))
        {
            var ode = Expr.Parse(e.GetProperty("ode").GetString()!);
            char variable = e.GetProperty("variable").GetString()![0];
            int order = Enumerable.Range(1, 8).Last(k => k == 1 || ode.Contains("f_" + new string(variable, k)));
            Assert.Equal(e.GetProperty("order").GetInt32(), order);
            Assert.True(Expr.Parse(e.GetProperty("solution").GetString()!).Contains(SimilarityReduction.Unknown), e.ToString());
        }
        var projective = Assert.Single(entries, e => e.GetProperty("generator").GetString()!.Contains("4t²∂t"));
        Assert.Equal("f_zz", projective.GetProperty("ode").GetString());
        Assert.Equal("x/t", projective.GetProperty("invariant").GetString());
    }

    [Fact]
    public void Reduce_solves_linear_odes_and_integrates_total_derivatives()
    {
        var heat = RunPdesym("reduce", "heat");
        Assert.True(heat.ExitCode == 0, heat.Error);
        Assert.Contains("solved       u = c₁·e^(−5x²/(2t))/√t (checked on the PDE)", heat.Output);  // ν = 1/10: the heat kernel
        var wave = RunPdesym("reduce", "kdv", "2", "1", "0");
        Assert.True(wave.ExitCode == 0, wave.Error);
        Assert.Contains("integrated   f″ + f²/2 − 2f = c₁, and with f′: f′²/2 + f³/6 − c₁·f − f² = c₂", wave.Output);
        Assert.Contains("solitary     u = 6·sech²((x − 2t)/√2) (constants 0; checked on the PDE)", wave.Output);
        var json = RunPdesym("reduce", "kdv", "t", "0", "1", "--json");
        using var document = JsonDocument.Parse(json.Output);
        var boost = document.RootElement.GetProperty("reductions")[0];
        Assert.True((Expr.Parse(boost.GetProperty("explicitSolution").GetString()!) - Expr.Parse("(x + c1)/t")).Expand().IsZero);
    }

    [Fact]
    public void Reduce_takes_a_combination_of_the_algebras_generators()
    {
        // KdV's basis ∂x, ∂t, t∂x + ∂u, x∂x + 3t∂t − 2u∂u: V2 − V1/2 + V3 = (t − 1/2)∂x + ∂t + ∂u.
        var (code, output, error) = RunPdesym("reduce", "kdv", "V2 - V1/2 + V3");
        Assert.True(code == 0, error);
        Assert.Contains("V = (t − 1/2)∂x + ∂t + ∂u", output);
        Assert.Contains("z = x − t²/2 + t/2", output);
        Assert.Contains("f‴ + f·f′ + f′/2 + 1 = 0", output);
        Assert.Contains("integrated   f″ + f²/2 + f/2 + z = c₁", output);
        Assert.Contains("V = 2∂x + ∂t", RunPdesym("reduce", "kdv", "V2 + 2*V1").Output);
    }

    [Fact]
    public void Reduce_takes_the_learned_algebra_of_a_run()
    {
        // A learn run's report.json: its learned algebra's verified elements are reduced (W1, W2), the unverified one is not.
        var folder = Path.Combine(Path.GetTempPath(), $"pdesym-reduce-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "report.json"), """
                { "learnedAlgebra": [
                  { "xi": "1", "tau": "0", "phi": "0", "verified": true },
                  { "xi": "t", "tau": "0", "phi": "1", "verified": true },
                  { "xi": "0", "tau": "0", "phi": "u^2", "verified": false } ] }
                """);
            var (code, output, error) = RunPdesym("reduce", "kdv", "--from", folder);
            Assert.True(code == 0, error);
            Assert.Contains("W2 = t∂x + ∂u", output);
            Assert.Contains("solved       u = x/t + c₁/t", output);
            Assert.DoesNotContain("W3", output);
            var both = RunPdesym("reduce", "kdv", "x", "0", "0", "--from", folder);
            Assert.Equal(2, both.ExitCode);
            Assert.Contains("give one of a generator, --from RUN and --optimal", Flat(both.Output + both.Error));
            var missing = RunPdesym("reduce", "kdv", "--from", Path.Combine(folder, "none"));
            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("no learning report at", missing.Output + missing.Error);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Reduce_writes_latex()
    {
        var (code, output, error) = RunPdesym("reduce", "kdv", "2", "1", "0", "--latex");
        Assert.True(code == 0, error);
        Assert.Contains("\\begin{align*}", output);
        Assert.Contains("z &= x - 2 t", output);
        Assert.Contains("0 &= f_{zzz} + f f_{z} - 2 f_{z}", output);
        Assert.Contains(@"c_1 &= \frac{f^{2}}{2} - 2 f + f_{zz}", output);
        Assert.Contains(@"u &= 6 \operatorname{sech}^{2}", output);
    }

    [Fact]
    public void Reduce_optimal_reduces_by_each_representative_and_names_the_families()
    {
        var kdv = RunPdesym("reduce", "kdv", "--optimal");
        Assert.True(kdv.ExitCode == 0, kdv.Error);
        Assert.Contains("⟨V2 + V3⟩ = t∂x + ∂t + ∂u", kdv.Output);
        Assert.Contains("reduced ODE  f‴ + f·f′ + 1 = 0 (order 3 in f(z))", kdv.Output);
        Assert.Contains("⟨V2 − V3⟩ = −t∂x + ∂t − ∂u", kdv.Output);
        var heat = RunPdesym("reduce", "u_t - u_xx", "--optimal", "--degree", "3");
        Assert.True(heat.ExitCode == 0, heat.Error);
        Assert.Contains("reduced ODE  f″ + fz = 0", heat.Output);                                 // ⟨V2 + V4⟩: Airy's equation
        // A family is reduced with its parameter kept, the values its generic case leaves out reduced on their own.
        Assert.Contains("⟨V3 + aV5⟩ = x∂x + 2t∂t + au∂u where a ≥ −1/2 invariant z = x/√t solutions u = t^(a/2)·f(z) reduced ODE f″ + f′·z/2 − af/2 = 0", Flat(heat.Output));
        var airy = RunPdesym("reduce", "u_t - u_xxx", "--optimal", "--degree", "3", "--json");
        using (var reductions = JsonDocument.Parse(airy.Output))
        {
            var entries = reductions.RootElement.GetProperty("reductions").EnumerateArray().ToList();
            Assert.Contains(entries, e => e.GetProperty("where").GetString() == "a ∈ ℝ, a ≠ 0" && e.GetProperty("invariant").GetString() == "x - t/a");
            Assert.Contains(entries, e => e.GetProperty("where").GetString() == "a = 0" && e.GetProperty("explicitSolution").GetString() == "c1*exp(x + t)");
        }
        // The projective family's members reduce: their characteristics integrate to logarithms and arctangents.
        var projectiveMember = RunPdesym("reduce", "u_t - u_xx", "V2 + V6 + V5", "--degree", "3");
        Assert.True(projectiveMember.ExitCode == 0, projectiveMember.Error);
        Assert.Contains("invariant    z = x/√(4t² + 1)", projectiveMember.Output);
        Assert.Contains("u = f(z)·e^(arctan(2t)/2 − x²t/(4t² + 1))/(4t² + 1)^(1/4)", Flat(projectiveMember.Output));
        // A combination is placed in the optimal system: KdV's travelling waves are stationary solutions seen from a
        // moving frame (the Galilean boost); heat's x∂x + 2t∂t − 2u∂u is the Weyl image of a = −2, a = 1.
        var wave = RunPdesym("reduce", "kdv", "V2 + 2V1");
        Assert.Contains("class ⟨V2⟩ of the optimal system", Flat(wave.Output));
        var scaling = RunPdesym("reduce", "u_t - u_xx", "V3 - 2V5", "--degree", "3", "--json");
        using (var classified = JsonDocument.Parse(scaling.Output))
            Assert.Equal("⟨V3 + aV5⟩ at a = 1", classified.RootElement.GetProperty("reductions")[0].GetProperty("optimalClass").GetString());
        // A combination that is not reduced here points at its representative when that one is.
        var projective = RunPdesym("reduce", "u_t - u_xx", "V6 + 2V3 + V1", "--degree", "3");
        Assert.Equal(1, projective.ExitCode);
        Assert.Contains("it is conjugate to ⟨V3 + aV5⟩ at a = −1/8 of the optimal system, which reduces: `pdesym reduce \"u_t - u_xx\" \"V3 - V5/8\" --degree 3`",
            Flat(projective.Output + projective.Error));
        var json = RunPdesym("reduce", "kdv", "--optimal", "--json");
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(6, document.RootElement.GetProperty("reductions").GetArrayLength());
        var both = RunPdesym("reduce", "kdv", "--optimal", "--from", "runs/kdv");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("give one of a generator, --from RUN and --optimal", Flat(both.Output + both.Error));
    }

    [Theory]
    [InlineData(1, "is not a symmetry", "reduce", "kdv", "0", "1", "u")]
    [InlineData(1, "τ = 2xt depends on x", "reduce", "u_tt - u_xx", "x^2 + t^2", "2*x*t", "0")]
    [InlineData(2, "give all three components", "reduce", "kdv", "x", "3*t")]
    [InlineData(2, "a combination of the exact algebra's generators", "reduce", "kdv", "x")]
    [InlineData(1, "'V7' names V7, but the algebra has V1 … V4", "reduce", "kdv", "V7")]
    [InlineData(1, "is not a combination of the algebra's generators", "reduce", "kdv", "V2 +")]
    [InlineData(1, "with constant coefficients", "reduce", "kdv", "V1*V2")]
    [InlineData(2, "--degree is -1", "reduce", "kdv", "--degree", "-1")]
    public void Reduce_refuses_with_the_reason(int exit, string reason, params string[] args)
    {
        var (code, output, error) = RunPdesym(args);
        Assert.Equal(exit, code);
        Assert.Contains(reason, string.Join(" ", (output + error).Split((char[])['\n', '\r'], StringSplitOptions.TrimEntries)));
        Assert.DoesNotContain("Exception", output + error);
    }
}
