using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// The parser says "Unknown option 'epoch'." and nothing more; this names the command, the option it probably meant,
/// and where its options are listed. (Strict parsing: a misspelt option must not quietly run with the defaults.)
/// </summary>
internal static partial class UnknownOption
{
    [GeneratedRegex(@"^Unknown option '(?<name>[^']+)'")]
    private static partial Regex ParserMessage();

    /// <returns>The message for an option the command does not take, or null when <paramref name="e"/> is another error.</returns>
    public static string? Describe(Exception e, IReadOnlyList<string> args)
    {
        for (Exception? x = e; x != null; x = x.InnerException)
        {
            // "-u_x" as a component: the parser takes it for a short option and has no name for it.
            if (x.Message.StartsWith("Short option does not have a valid name", StringComparison.Ordinal) &&
                args.FirstOrDefault(a => a.Length > 1 && a[0] == '-' && a[1] != '-' && !a[1..].All(char.IsLetter)) is { } component)
                return $"'{component}' reads as an option (it starts with a minus sign); write a component that starts with one " +
                       $"with a leading space (\" {component}\") or in parentheses (\"({component})\")";
            if (ParserMessage().Match(x.Message) is not { Success: true } m) continue;
            string name = m.Groups["name"].Value;
            string written = args.FirstOrDefault(a => a.TrimStart('-').Split('=')[0] == name && a.StartsWith('-'))?.Split('=')[0] ?? "--" + name;
            var path = CommandPath(args);
            string command = path.Count == 0 ? "pdesym" : "pdesym " + string.Join(' ', path);
            var options = SettingsOf(path) is { } settings ? Options(settings) : [];
            string? meant = NearestName.Of(name, options.Select(o => o.TrimStart('-')));
            return $"{command} takes no option {written}" + (meant != null ? $"; did you mean {options.First(o => o.TrimStart('-') == meant)}?" : "") +
                   $" (`{command} --help` lists its options)" +
                   (written.StartsWith("--", StringComparison.Ordinal) ? "" : $"; a component that starts with a minus sign needs a leading space (\" {written}\")");
        }
        return null;
    }

    // The command words before the first argument that is not one: "image learn", "learn" (a branch such as "image" on its own too).
    static List<string> CommandPath(IReadOnlyList<string> args)
    {
        var path = new List<string>();
        foreach (var a in args)
        {
            string longer = string.Join(' ', [.. path, a]);
            if (a.StartsWith('-') || !Commands.ByPath.Keys.Any(k => k == longer || k.StartsWith(longer + " ", StringComparison.Ordinal))) break;
            path.Add(a);
        }
        return path;
    }

    static Type? SettingsOf(IReadOnlyList<string> path)
    {
        for (var t = Commands.ByPath.GetValueOrDefault(string.Join(' ', path)); t != null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings)) return settings;
        return null;
    }

    /// <summary>The long (--epochs) and short (-n) option names a settings class declares.</summary>
    internal static List<string> Options(Type settings) => settings.GetProperties()
        .Select(p => p.GetCustomAttribute<CommandOptionAttribute>()).OfType<CommandOptionAttribute>()
        .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n))).ToList();
}
