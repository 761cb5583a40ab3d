namespace PdeSym.Tests.Cli;

/// <summary>The suggestion behind "did you mean …?": close misspellings find their name, unrelated words find none.</summary>
public class NearestNameTests
{
    static readonly string[] Pdes = ["burgers", "ckdv", "heat", "kdv", "ks", "mkdv", "nkdv", "pburgers"];

    [Theory]
    [InlineData("kdb", "kdv")]            // one substitution
    [InlineData("burger", "burgers")]     // one deletion
    [InlineData("haet", "heat")]          // one transposition
    [InlineData("KdV", "kdv")]            // case is no edit
    [InlineData("pburger", "pburgers")]   // the nearest, not the first close one
    public void A_close_misspelling_finds_its_name(string typed, string meant) => Assert.Equal(meant, NearestName.Of(typed, Pdes));

    [Theory]
    [InlineData("")]
    [InlineData("u")]                     // two edits from ks, but a one-letter word is no misspelling of it
    [InlineData("wave")]
    [InlineData("kuramoto")]
    public void An_unrelated_word_finds_none(string typed) => Assert.Null(NearestName.Of(typed, Pdes));
}
