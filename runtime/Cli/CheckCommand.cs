using System.ComponentModel;
using System.Globalization;
using PdeSym.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym check &lt;pde&gt; "&lt;xi&gt;" "&lt;tau&gt;" "&lt;phi&gt;"</c>: is V = ξ∂x + τ∂t + φ∂u a symmetry? Exit code 0 when it
/// is, 1 when it is not; prints the verdict and the relative residual.
/// </summary>
internal sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an equation Δ in the plain syntax.")]
        public string Pde { get; init; } = "";

        [CommandArgument(1, "<xi>")]
        [Description("ξ, the ∂x component, in the plain syntax (a leading minus needs a space or parentheses: \" -u\").")]
        public string Xi { get; init; } = "";

        [CommandArgument(2, "<tau>")]
        [Description("τ, the ∂t component.")]
        public string Tau { get; init; } = "";

        [CommandArgument(3, "<phi>")]
        [Description("φ, the ∂u component.")]
        public string Phi { get; init; } = "";

        [CommandOption("--tolerance <r>")]
        [Description("Largest relative residual accepted as a symmetry when the check is numeric (default 1e-9).")]
        [DefaultValue(1e-9)]
        public double Tolerance { get; init; } = 1e-9;

        [CommandOption("--json")]
        [Description("Print the verdict as JSON.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() => Tolerance >= 0
            ? ValidationResult.Success()
            : ValidationResult.Error($"--tolerance is {Tolerance}; use a residual of 0 or more (default 1e-9)");
    }

    internal sealed record Output(string Pde, string Generator, bool Symmetry, string Method, double Residual, string Criterion);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation, _) = SymmetriesCommand.Resolve(settings.Pde);
        var generator = Generator.Parse(settings.Xi, settings.Tau, settings.Phi);
        var result = SymmetryCheck.Verify(equation, generator, settings.Tolerance);
        if (settings.Json)
        {
            ConsoleJson.Write(new Output(
                name, generator.ToUnicode(), result.IsSymmetry, result.Method.ToString().ToLowerInvariant(), result.Residual,
                result.Criterion.ToPlain()));
        }
        else
        {
            AnsiConsole.MarkupLine($"V = {Markup.Escape(generator.ToUnicode())} on {Markup.Escape(name)}: " +
                                   (result.IsSymmetry ? "[green]" : "[red]") + Markup.Escape(result.Summary) + "[/]");
            AnsiConsole.MarkupLine($"residual: {result.Residual.ToString("G3", CultureInfo.InvariantCulture)}");
            if (!result.IsSymmetry && result.Method == CheckMethod.Exact)
            {
                string dt = EvolutionEquation.Solve(equation.Rationalize()).TimeOrder switch { 1 => "D_t", 2 => "D_t²", var m => $"D_t^{m}" };
                AnsiConsole.MarkupLine(Markup.Escape($"criterion {dt} Q − F_*[Q] = {result.Criterion.ToUnicode()}"));
            }
        }
        return result.IsSymmetry ? 0 : 1;
    }
}
