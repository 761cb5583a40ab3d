using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Spectral;

/// <summary><c>pdesym bench</c> end to end on seconds-long runs: what it prints, not how fast it runs.</summary>
public class BenchCommandTests
{
    [Fact]
    public void Soliton_is_measured_against_the_exact_wave_and_the_comparison_names_the_transform_floor()
    {
        var (code, output, error) = RunPdesym(
            "bench", "kdv", "--soliton", "0.5", "--duration", "1", "--steps", "3", "--batch", "1", "--etd-steps", "0.1,0.05");
        Assert.True(code == 0, output + error);
        Assert.Contains("max error vs", output);
        Assert.Contains("exact", output);
        Assert.DoesNotContain("Richardson", output);
        Assert.Contains("│ etdrk4 h=0.05 ", output);
        var flat = Flat(output);
        // At h = 0.05 ETDRK4 is more accurate than dopri5 at 1e-9 (about 7e-8 against 1.5e-7).
        Assert.Contains("speed-up at equal or better accuracy:", flat);
        Assert.Contains("(etdrk4 h=0.05:", flat);
        Assert.Contains("transform floor: 3 FFTs per RHS call", flat);
    }

    [Fact]
    public void Random_data_use_the_Richardson_reference()
    {
        var (code, output, error) = RunPdesym(
            "bench", "kdv", "--nx", "64", "--duration", "2", "--steps", "5", "--batch", "2", "--etd-steps", "0.1", "--reference-step", "0.02", "--tol", "1e-6");
        Assert.True(code == 0, output + error);
        var flat = Flat(output);
        Assert.Contains("running reference: etdrk4 h = 0.02 and 0.04, Richardson-extrapolated", flat);
        Assert.Contains("│ reference:", output);
        Assert.Contains("estimated", output);
        Assert.Contains("│ etdrk4 h=0.1 ", output);
    }

    [Theory]
    [InlineData("nkdv", "'nkdv' has no constant-coefficient linear part, so ETDRK4 has nothing to gain; bench a PDE such as kdv or ks")]
    [InlineData("burgers --soliton 1", "--soliton needs KdV (u_t + u u_x + u_xxx = 0); 'burgers' has another evolution form")]
    [InlineData("kdv --soliton -1", "--soliton: the speed must be positive, got -1")]
    [InlineData("kdv --etd-steps 0.1,abc", "--etd-steps: 'abc' is not a positive number")]
    public void Bad_arguments_are_named_before_any_work(string arguments, string message)
    {
        var (code, output, error) = RunPdesym(["bench", .. arguments.Split(' ')]);
        Assert.NotEqual(0, code);
        var flat = Flat(output + error);
        Assert.Contains(message, flat);
        Assert.DoesNotContain("running", flat);
    }
}
