namespace PdeSym.Symbolic;

/// <summary>A named variable: a coordinate x, t, the dependent variable u or a jet variable u_x, u_xt, ...</summary>
public sealed class Symbol : Expr
{
    internal Symbol(string name) => Name = name;

    public string Name { get; }

    /// <summary>The jet variable this symbol names, if it names one.</summary>
    public JetVariable? JetVariable => PdeSym.JetVariable.TryParse(Name, out var v) ? v : null;

    public override IReadOnlyList<Expr> Children => [];
    public override Expr With(IReadOnlyList<Expr> children) => this;
    public override bool Equals(Expr? other) => other is Symbol s && s.Name == Name;
    protected override int ComputeHash() => StringComparer.Ordinal.GetHashCode(Name);
}
