using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Learning;

/// <summary><c>pdesym bench-learn</c> (hidden) end to end: one timed step of the default configuration, and its errors.</summary>
public class BenchLearnCommandTests
{
    [Fact]
    public void Times_each_stage_of_a_step_for_the_chosen_configuration()
    {
        var (code, output, error) = RunPdesym("bench-learn", "kdv", ReferenceData.Path, "--steps", "1", "--threads", "1", "--configurations", "default");
        Assert.True(code == 0, output + error);
        foreach (var column in new[] { "network", "flow", "jets", "residual", "backward" }) Assert.Contains(column, output);
        Assert.Contains("│ default ", output);
        Assert.Matches(@"│ default +│ \d+\.\d{3} +│ \d+\.\d{3} ", output); // seconds per stage
        Assert.DoesNotContain("authors'", output);
    }

    [Theory]
    [InlineData("--configurations", "default,fast", "--configurations: unknown 'fast'; choose from default, free, authors")]
    [InlineData("--steps", "0", "--steps must be at least 1, got 0")]
    public void Bad_arguments_are_named(string option, string value, string message)
    {
        var (code, output, error) = RunPdesym("bench-learn", "kdv", ReferenceData.Path, option, value);
        Assert.NotEqual(0, code);
        Assert.Contains(message, Flat(output + error));
    }

    [Fact]
    public void Missing_data_file_is_named()
    {
        var (code, output, _) = RunPdesym("bench-learn", "kdv", "no-such-file.h5", "--configurations", "default");
        Assert.Equal(1, code);
        Assert.Contains("'no-such-file.h5' does not exist", output);
    }
}
