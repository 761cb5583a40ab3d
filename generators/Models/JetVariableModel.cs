namespace PdeSym.Generators.Models;

/// <summary>A derivative of u: X derivatives in x and T in t. Mirrors the runtime's JetVariable.</summary>
internal sealed record JetVariableModel(int X, int T)
{
    public int Order => X + T;

    /// <summary>Canonical name, x's before t's: u, u_x, u_t, u_xx, u_xt, ...</summary>
    public string Name => Order == 0 ? "u" : "u_" + new string('x', X) + new string('t', T);

    /// <summary>Parses u, u_x, u_tx, ... (x's and t's in any order); null for anything else.</summary>
    public static JetVariableModel? TryParse(string name)
    {
        if (name == "u") return new JetVariableModel(0, 0);
        if (!name.StartsWith("u_") || name.Length == 2) return null;
        int x = 0, t = 0;
        for (int i = 2; i < name.Length; i++)
        {
            if (name[i] == 'x') x++;
            else if (name[i] == 't') t++;
            else return null;
        }
        return new JetVariableModel(x, t);
    }
}
