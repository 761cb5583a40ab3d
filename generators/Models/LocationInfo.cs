using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PdeSym.Generators.Models;

/// <summary>A source span kept as plain values, so a diagnostic can travel through the pipeline without syntax trees.</summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));

    public static LocationInfo? From(SyntaxNode? node) => node == null ? null : From(node.GetLocation());

    public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());

    public static LocationInfo? From(Location location)
    {
        if (location.SourceTree == null) return null;
        var lines = location.GetLineSpan().Span;
        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan.Start, location.SourceSpan.Length,
            lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
    }
}
