namespace PdeSym.Symbolic;

/// <summary>
/// The adjoint action of the symmetry group on its algebra, Ad(exp(εV_i))V_j = Σₙ (−ε)ⁿ/n! ad(V_i)ⁿV_j (Olver, §3.3, the
/// table that classifies the reductions: V and Ad(g)V reduce the equation to equivalent ODEs). In closed form:
/// Y(ε) = exp(−ε ad V_i) solves Y′ = −ad(V_i)·Y with Y(0) = I, so by Cayley–Hamilton each entry solves the scalar ODE
/// whose characteristic polynomial is that of −ad V_i; its <see cref="LinearOde.FundamentalSystem"/> B_b(ε) (e^(λε),
/// εʲe^(λε), …) is fitted to Y^(m)(0) = (−ad V_i)^m, exactly over ℚ. KdV's row of the scaling reads e^ε V1, e^(3ε) V2,
/// e^(−2ε) V3, as in Olver's Table 3.1.
/// </summary>
public sealed class AdjointAction
{
    /// <summary>The group parameter's name.</summary>
    public const string Parameter = "ε";

    AdjointAction(Expr[]?[,] entries) => Entries = entries;

    /// <summary>Entries[i, j][k]: the coefficient (in ε) of V_k in Ad(exp(εV_i))V_j; a row is null where ad V_i has
    /// eigenvalues this does not write (a factor of degree above 2, or irrational ones outside one quadratic factor).</summary>
    public Expr[]?[,] Entries { get; }

    public int Dimension => Entries.GetLength(0);

    /// <summary>The action for a closed table with exact constants; null otherwise.</summary>
    public static AdjointAction? Of(CommutatorTable table)
    {
        if (table.ExactConstants() is not { } c) return null;
        int n = c.GetLength(0);
        var entries = new Expr[]?[n, n];
        for (int i = 0; i < n; i++)
        {
            var minusAd = new Rational[n, n];
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++) minusAd[k, j] = -c[i, j, k];
            if (Exponential(minusAd) is not { } y) continue;
            for (int j = 0; j < n; j++) entries[i, j] = Enumerable.Range(0, n).Select(k => y[k, j]).ToArray();
        }
        return new AdjointAction(entries);
    }

    /// <summary>The entry as a combination of the basis names: <c>V4 − 3ε V2</c>, <c>e^(3ε) V2</c>; "—" when not written.</summary>
    public string Entry(int i, int j, Func<int, string>? name = null) =>
        Combination(i, j, e => e.ToUnicode(), "−", name ?? (k => $"V{k + 1}"));

    /// <summary>The entry in LaTeX: <c>V_{4} - 3 \varepsilon V_{2}</c>.</summary>
    public string EntryLatex(int i, int j) =>
        Combination(i, j, e => e.ToLatex().Replace(Parameter, @"\varepsilon "), "-", k => $"V_{{{k + 1}}}").Replace("  ", " ");

    /// <summary>A tabular of Ad(exp(εV_i))V_j, row i and column j, for a paper.</summary>
    public string ToLatex()
    {
        int n = Dimension;
        var tex = new System.Text.StringBuilder();
        tex.AppendLine($@"\begin{{tabular}}{{c|{new string('c', n)}}}");
        tex.AppendLine(@"  $\mathrm{Ad}(e^{\varepsilon V_i}) V_j$ & " + string.Join(" & ", Enumerable.Range(1, n).Select(k => $"$V_{{{k}}}$")) + @" \\ \hline");
        for (int i = 0; i < n; i++)
            tex.AppendLine($"  $V_{{{i + 1}}}$ & " + string.Join(" & ", Enumerable.Range(0, n).Select(j => $"${EntryLatex(i, j)}$")) + @" \\");
        tex.AppendLine(@"\end{tabular}");
        return tex.ToString();
    }

    // V_j first, as Olver writes V4 − εV1; 3V2 as in the commutator table; e^ε V1, 3ε V2 and (1 + ε) V3 with a space
    // where the coefficient holds ε.
    string Combination(int i, int j, Func<Expr, string> print, string minus, Func<int, string> name) =>
        Entries[i, j] is not { } c ? "—" : CommutatorTable.Join(c, minus,
            (magnitude, k) => magnitude.IsOne ? name(k) : magnitude is Number ? print(magnitude) + name(k)
                : magnitude is Sum ? $"({print(magnitude)}) {name(k)}" : $"{print(magnitude)} {name(k)}",
            Enumerable.Range(0, c.Length).OrderBy(k => k != j));

    // exp(εA) for a rational matrix A, or null when its characteristic polynomial has no fundamental system here.
    static Expr[,]? Exponential(Rational[,] a)
    {
        int n = a.GetLength(0);
        var epsilon = Expr.Sym(Parameter);
        if (LinearOde.FundamentalSystem(RationalMatrix.CharacteristicPolynomial(a), epsilon) is not { } basis || basis.Count != n) return null;
        // Wronskian at 0: W[m, b] = B_b^(m)(0); rational when every exponent is.
        var w = new Rational[n, n];
        for (int b = 0; b < n; b++)
        {
            var d = basis[b];
            for (int m = 0; m < n; m++, d = d.Derivative(Parameter))
            {
                if (d.Substitute(Parameter, Expr.Zero) is not Number { IsExact: true } value) return null;
                w[m, b] = value.Exact;
            }
        }
        if (RationalMatrix.Inverse(w) is not { } inverse) return null;
        var powers = new List<Rational[,]> { RationalMatrix.Identity(n) };
        for (int m = 1; m < n; m++) powers.Add(RationalMatrix.Multiply(a, powers[^1]));
        var y = new Expr[n, n];
        for (int k = 0; k < n; k++)
            for (int j = 0; j < n; j++)
            {
                // Y[k, j](ε) = Σ_b B_b(ε) Σ_m W⁻¹[b, m] (A^m)[k, j].
                var terms = new List<Expr>();
                for (int b = 0; b < n; b++)
                {
                    var coefficient = Rational.Zero;
                    for (int m = 0; m < n; m++) coefficient += inverse[b, m] * powers[m][k, j];
                    if (!coefficient.IsZero) terms.Add(Expr.Num(coefficient) * basis[b]);
                }
                y[k, j] = Expr.Add(terms).Expand();
            }
        return y;
    }
}
