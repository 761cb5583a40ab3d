namespace PdeSym;

/// <summary>The name a user probably meant: the known name fewest edits away from a misspelt one (--epoch: --epochs).</summary>
internal static class NearestName
{
    /// <returns>The nearest of <paramref name="known"/> within a third of the name's length (at least 2 edits), or null.</returns>
    public static string? Of(string name, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Edits(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name != null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    // Levenshtein distance, one row at a time.
    static int Edits(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
