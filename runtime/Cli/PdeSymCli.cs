using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// The <c>pdesym</c> command line as a library entry point: any console app that references the runtime gets
/// the full CLI for the PDEs it declares by calling <see cref="Run"/> from Main.
/// </summary>
public static class PdeSymCli
{
    public static string Version =>
        typeof(PdeSymCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(PdeSymCli).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("pdesym");
            config.SetApplicationVersion(Version);
            config.SetExceptionHandler((e, _) => ReportError(e, args));
            config.UseStrictParsing();   // an unknown or misspelt option is an error, not a run with defaults
            Commands.Register(config);
        });
        return app.Run(args);
    }

    /// <summary>Prints an error as a message, never a stack trace; returns the exit code (2: the command line is wrong).</summary>
    internal static int ReportError(Exception e, IReadOnlyList<string> args)
    {
        var inner = e is CommandAppException || e is TargetInvocationException ? e.InnerException ?? e : e;
        var (message, code) = MalformedOptionValue.Describe(e, args) is { } malformed ? (malformed, 2)
            : UnknownOption.Describe(e, args) is { } unknown ? (unknown, 2)
            : inner is CommandAppException ? (inner.Message, 2)
            : inner is UserFacingException or UnknownPdeException ? (inner.Message, 1)
            : ($"{inner.GetType().Name}: {inner.Message}", 1);
        AnsiConsole.Console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return code;
    }
}
