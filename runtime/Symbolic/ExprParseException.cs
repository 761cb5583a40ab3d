namespace PdeSym.Symbolic;

/// <summary>A malformed expression: where (0-based <see cref="Position"/>) and what was expected there.</summary>
public sealed class ExprParseException(string text, int position, string expected, string found)
    : UserFacingException(Describe(text, position, expected, found))
{
    public string Text { get; } = text;
    public int Position { get; } = position;
    public string Expected { get; } = expected;

    static string Describe(string text, int position, string expected, string found) =>
        $"cannot read the expression: expected {expected} at position {position + 1}, found {found}\n" +
        $"  {text}\n  {new string(' ', position)}^";
}
