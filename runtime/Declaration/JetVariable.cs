namespace PdeSym;

/// <summary>
/// A derivative of u on the jet space: <c>X</c> derivatives in x and <c>T</c> in t. Its canonical name lists
/// the x's first: u, u_x, u_t, u_xx, u_xt, u_xxx, ...
/// </summary>
public readonly record struct JetVariable(int X, int T)
{
    public static JetVariable U => new(0, 0);

    public int Order => X + T;

    public string Name => Order == 0 ? "u" : "u_" + new string('x', X) + new string('t', T);

    /// <summary>Parses u, u_x, u_tx, ... (x's and t's in any order); false for anything else.</summary>
    public static bool TryParse(string name, out JetVariable variable)
    {
        variable = default;
        if (name == "u") { variable = U; return true; }
        if (!name.StartsWith("u_", StringComparison.Ordinal) || name.Length == 2) return false;
        int x = 0, t = 0;
        foreach (char c in name.AsSpan(2))
        {
            if (c == 'x') x++;
            else if (c == 't') t++;
            else return false;
        }
        variable = new JetVariable(x, t);
        return true;
    }

    public override string ToString() => Name;
}
