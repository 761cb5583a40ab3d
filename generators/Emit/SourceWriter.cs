using System.Text;

namespace PdeSym.Generators.Emit;

/// <summary>Writes indented C# source, one line at a time.</summary>
internal sealed class SourceWriter
{
    readonly StringBuilder text = new();
    int indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0) text.Append(' ', indent * 4).Append(line);
        text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line).Line("{");
        indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => text.ToString();
}
