namespace PdeSym.Symbolic;

/// <summary>
/// The infinite-dimensional part of the algebra of a linear equation u_{t^m} = L[u] + g: β(x, t)∂u for every solution
/// β of the homogeneous equation β_{t^m} = L[β] (β_t = L[β] for an evolution equation). <see cref="Rhs"/> is L[u]
/// written in the jet variables of u.
/// </summary>
public sealed record SolutionFamily(Expr Rhs, int TimeOrder = 1)
{
    /// <summary>L[β] with β's derivatives named beta, beta_x, beta_xx, ... (plain syntax).</summary>
    public string RhsPlain => Rename(Rhs, "beta").ToPlain();

    string Leading => "_" + new string('t', TimeOrder);

    /// <summary><c>β(x,t)∂u for every solution β of β_t = β_xx/10</c>.</summary>
    public string ToUnicode() => $"β(x,t)∂u for every solution β of β{Leading} = {Rename(Rhs, "β").ToUnicode()}";

    public string ToPlain() => $"beta(x,t)*d_u for every solution beta of beta{Leading} = {RhsPlain}";

    static Expr Rename(Expr e, string name) => e.Substitute(e.Symbols()
        .Where(n => JetVariable.TryParse(n, out _))
        .ToDictionary(n => n, n => Expr.Sym(name + n[1..])));
}
