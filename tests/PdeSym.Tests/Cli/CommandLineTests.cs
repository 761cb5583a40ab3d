using System.ComponentModel;
using System.Reflection;
using PdeSym.Cli;
using Spectre.Console;
using Spectre.Console.Cli;
using static PdeSym.Tests.Declaration.ListCommandTests;

namespace PdeSym.Tests.Cli;

/// <summary>
/// The command line as a user meets it before any work starts: every help page renders, a value of the wrong type
/// names its option, and a value out of range is refused before data are generated or read.
/// </summary>
public class CommandLineTests
{
    public static TheoryData<string> Commands => new()
    {
        "bench", "list", "show", "symmetries", "conservation", "check", "reduce", "analyse", "generalized", "learn", "augment", "generate", "image", "image train", "image learn",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_prints_its_help(string command)
    {
        var (code, output, error) = RunPdesym([.. command.Split(' '), "--help"]);
        Assert.True(code == 0, output + error);
        Assert.Contains("USAGE:", output);
        Assert.DoesNotContain("error:", output + error);
    }

    /// <summary>Help text is console markup: a bare "[0, T]" in a description is read as a style and the help page throws.</summary>
    [Fact]
    public void Every_option_description_is_valid_markup()
    {
        var settings = typeof(PdeSymCli).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t)).ToList();
        Assert.True(settings.Count >= 10, $"found only {settings.Count} settings types");
        foreach (var type in settings)
            foreach (var property in type.GetProperties())
                if (property.GetCustomAttribute<DescriptionAttribute>() is { } description)
                {
                    var e = Record.Exception(() => new Markup(description.Description));
                    Assert.True(e is null, $"{type.Name}.{property.Name}: {e?.Message}");
                }
    }

    [Theory]
    [InlineData("--generators takes a whole number, not 'abc'", "learn", "kdv", "--generators", "abc")]
    [InlineData("--lr takes a number (such as 0.5 or 1e-3), not 'fast'", "learn", "kdv", "--lr=fast")]
    [InlineData("--degree takes a whole number, not 'x'", "symmetries", "kdv", "--degree", "x")]
    public void A_value_of_the_wrong_type_names_its_option(string message, params string[] args)
    {
        var (code, output, error) = RunPdesym(args);
        Assert.Equal(2, code);
        Assert.Contains(message, Flat(output + error));
        Assert.DoesNotContain("Exception", output + error);
    }

    [Theory]
    [InlineData("pdesym learn takes no option --epoch; did you mean --epochs?", "learn", "kdv", "--epoch", "3")]
    [InlineData("pdesym learn takes no option --epoch; did you mean --epochs?", "learn", "kdv", "--epoch=3")]
    [InlineData("pdesym image learn takes no option --step; did you mean --steps?", "image", "learn", "--step", "3")]
    [InlineData("pdesym generate takes no option --trian; did you mean --train?", "generate", "kdv", "--trian", "3")]
    [InlineData("pdesym symmetries takes no option --bogus (`pdesym symmetries --help` lists its options)", "symmetries", "kdv", "--bogus")]
    [InlineData("'-u_x' reads as an option (it starts with a minus sign); write a component that starts with one with a leading space (\" -u_x\")", "check", "kdv", "0", "0", "-u_x")]
    [InlineData("pdesym check takes no option -x (`pdesym check --help` lists its options); a component that starts with a minus sign needs a leading space (\" -x\")", "check", "kdv", "-x", "0", "0")]
    public void A_misspelt_option_is_refused_with_the_one_meant(string message, params string[] args)
    {
        // Not a run with the defaults: refused before any work.
        var (code, output, error) = RunPdesymWithin(TimeSpan.FromSeconds(60), new Dictionary<string, string>(), args);
        Assert.Equal(2, code);
        Assert.Contains(message, Flat(output + error));
        Assert.DoesNotContain("Exception", output + error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_names_itself_when_it_refuses_an_option(string command)
    {
        var (code, output, error) = RunPdesym([.. command.Split(' '), "--no-such-option"]);
        Assert.Equal(2, code);
        Assert.Contains($"pdesym {command} takes no option --no-such-option", Flat(output + error));
    }

    [Theory]
    [InlineData("--tol must be positive", "bench", "--tol", "0")]
    [InlineData("--tolerance is -1", "check", "kdv", "1", "0", "0", "--tolerance", "-1")]
    [InlineData("--lr is 0; use a positive learning rate", "image", "train", "--lr", "0", "-o", "{cache}")]
    [InlineData("--lr is -1; use a positive learning rate", "image", "learn", "--lr", "-1", "-o", "{cache}")]
    [InlineData("--width, --modes, --history and --future must be at least 1", "augment", "kdv", "--none", "--modes", "0", "--out", "{cache}")]
    [InlineData("--patience must be at least 1", "augment", "kdv", "--none", "--patience", "0", "--out", "{cache}")]
    [InlineData("--max-step sets ETDRK4's step; dopri5 chooses its own steps from --tol", "generate", "kdv", "--train", "1", "--integrator", "dopri5", "--max-step", "0.1", "--out", "{cache}")]
    [InlineData("--tol sets dopri5's tolerance", "generate", "kdv", "--train", "1", "--integrator", "etdrk4", "--tol", "1e-6", "--out", "{cache}")]
    public void A_value_out_of_range_is_refused_before_any_work(string message, params string[] args)
    {
        // Data and output go to an empty folder that must stay empty: nothing was simulated or written.
        string cache = Directory.CreateTempSubdirectory("pdesym-cli-").FullName;
        try
        {
            var (code, output, error) = RunPdesymWithin(TimeSpan.FromSeconds(60), new Dictionary<string, string> { ["PDESYM_CACHE"] = cache },
                [.. args.Select(a => a.Replace("{cache}", cache))]);
            Assert.True(code > 0, $"exit code {code}: {output}{error}");
            Assert.Contains(message, Flat(output + error));
            Assert.DoesNotContain("Exception", output + error);
            Assert.Empty(Directory.EnumerateFileSystemEntries(cache));
        }
        finally { Directory.Delete(cache, true); }
    }

    [Fact]
    public void A_wrong_learning_run_is_reported_before_the_data_are_generated()
    {
        string root = Directory.CreateTempSubdirectory("pdesym-cli-").FullName;
        try
        {
            string cache = Path.Combine(root, "cache");
            var (code, output, error) = RunPdesymWithin(TimeSpan.FromSeconds(60), new Dictionary<string, string> { ["PDESYM_CACHE"] = cache },
                "augment", "kdv", "--symmetries", Path.Combine(root, "no-run"));
            Assert.Equal(1, code);
            Assert.Contains("no learning report at", Flat(output + error));
            Assert.DoesNotContain("generating", output);
            Assert.False(Directory.Exists(cache) && Directory.EnumerateFileSystemEntries(cache).Any(), "data were generated before the error");
        }
        finally { Directory.Delete(root, true); }
    }

    [Theory]
    [InlineData("learn", "kdv", "--data")]
    [InlineData("augment", "kdv", "--none", "--data")]
    public void A_folder_given_as_data_says_to_pass_the_file_in_it(params string[] args)
    {
        string folder = Directory.CreateTempSubdirectory("pdesym-cli-").FullName;
        try
        {
            var (code, output, error) = RunPdesym([.. args, folder]);
            Assert.Equal(1, code);
            Assert.Contains($"'{folder}' is a folder; pass the .h5 file in it", Flat(output + error));
        }
        finally { Directory.Delete(folder, true); }
    }
}
