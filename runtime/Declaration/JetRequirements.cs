namespace PdeSym;

/// <summary>What an equation reads from the jet: its derivatives of u and whether x or t appear explicitly.</summary>
public sealed record JetRequirements(IReadOnlyList<JetVariable> Variables, bool UsesX, bool UsesT)
{
    public int MaxOrderX => Variables.Count == 0 ? 0 : Variables.Max(v => v.X);
    public int MaxOrderT => Variables.Count == 0 ? 0 : Variables.Max(v => v.T);
    public int Order => Variables.Count == 0 ? 0 : Variables.Max(v => v.Order);
}
