namespace PdeSym;

/// <summary>The name a user probably meant: the known name fewest edits away from a misspelt one (--epoch: --epochs).</summary>
internal static class NearestName
{
    /// <returns>The nearest of <paramref name="known"/> within a third of the name's length (at least one edit, fewer than its length), or null.</returns>
    public static string? Of(string name, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Edits(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name != null && best.Distance <= Math.Max(1, name.Length / 3) && best.Distance < name.Length ? best.Name : null;
    }

    // Edit distance with adjacent transpositions as one edit (optimal string alignment): "trian" is one edit from "train".
    static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
