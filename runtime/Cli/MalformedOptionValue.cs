using System.Text.RegularExpressions;

namespace PdeSym.Cli;

/// <summary>
/// The parser's type converters say "abc is not a valid value for Int32." and nothing about which option took
/// it; this names the option from the command line and says what it takes.
/// </summary>
internal static partial class MalformedOptionValue
{
    [GeneratedRegex(@"^(?<value>.*) is not a valid value for (?<type>\w+)\.")]
    private static partial Regex ConverterMessage();

    /// <returns>The message for a value the parser could not convert, or null when <paramref name="e"/> is another error.</returns>
    public static string? Describe(Exception e, IReadOnlyList<string> args)
    {
        for (Exception? x = e; x != null; x = x.InnerException)
        {
            if (x is not (ArgumentException or FormatException) || ConverterMessage().Match(x.Message) is not { Success: true } m) continue;
            string value = m.Groups["value"].Value;
            string expected = m.Groups["type"].Value switch
            {
                "Int32" or "Int64" => "a whole number",
                "Double" or "Single" or "Decimal" => "a number (such as 0.5 or 1e-3)",
                "Boolean" => "true or false",
                var type => $"a {type}",
            };
            return OptionTaking(value, args) is { } option
                ? $"{option} takes {expected}, not '{value}'"
                : $"'{value}' is not {expected}";
        }
        return null;
    }

    /// <summary>The option written before <paramref name="value"/> (<c>--nx abc</c>) or around it (<c>--nx=abc</c>).</summary>
    static string? OptionTaking(string value, IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == value && i > 0 && args[i - 1].StartsWith('-')) return args[i - 1];
            if (args[i].StartsWith('-') && args[i].EndsWith("=" + value, StringComparison.Ordinal)) return args[i][..^(value.Length + 1)];
        }
        return null;
    }
}
