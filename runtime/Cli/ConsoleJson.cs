using System.Text.Encodings.Web;
using System.Text.Json;

namespace PdeSym.Cli;

/// <summary>The JSON the commands print with --json: camelCase, indented, and '+' left as it is (this output is not HTML).</summary>
internal static class ConsoleJson
{
    static readonly JsonSerializerOptions options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, options));
}
