using System.ComponentModel;
using PdeSym.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym analyse &lt;pde&gt; [--degree d] [--latex] [--out FILE]</c>: the exact core's whole account of one equation as Markdown (or LaTeX).</summary>
internal sealed class AnalyseCommand : Command<AnalyseCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an equation Δ in the plain syntax such as \"u_t - u_xx\".")]
        public string Pde { get; init; } = "";

        [CommandOption("--degree <d>")]
        [Description("Highest total degree in x, t, u of the symmetries' polynomial ansatz (default 2).")]
        [DefaultValue(2)]
        public int Degree { get; init; } = 2;

        [CommandOption("--latex")]
        [Description("LaTeX instead of Markdown: sections with align* and tabular, ASCII only, for a paper's appendix.")]
        public bool Latex { get; init; }

        [CommandOption("-o|--out <file>")]
        [Description("Write the Markdown to this file (written whole or not at all); without it, print it.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() => Degree is >= 0 and <= 8
            ? ValidationResult.Success()
            : ValidationResult.Error($"--degree is {Degree}; use 0 to 8 (default 2)");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation, declared) = SymmetriesCommand.Resolve(settings.Pde);
        var markdown = settings.Latex
            ? SymmetryAnalysisReport.ToLatex(name, equation, settings.Degree)
            : SymmetryAnalysisReport.ToMarkdown(name, equation, declared?.Pretty ?? equation.ToUnicode() + " = 0", settings.Degree);
        if (settings.Out is not { } path)
        {
            Console.Out.Write(markdown);
            return 0;
        }
        if (Directory.Exists(path)) throw new UserFacingException($"--out {path} is a folder; give a file name such as {Path.Combine(path, "analysis.md")}");
        AtomicFile.WriteAllText(path, markdown);
        AnsiConsole.MarkupLine($"wrote {Markup.Escape(path)}");
        return 0;
    }
}
