using System.Globalization;

namespace PdeSym.Symbolic;

/// <summary>
/// What kind of Lie algebra a closed commutator table describes, from its exact structure constants: the derived
/// algebra [g, g], the centre, whether it is abelian, nilpotent or solvable, the radical and Levi factor of one that
/// is not, and — in dimension ≤ 3, where the real Lie algebras are classified (Bianchi), and for the four semisimple
/// algebras of dimension 6, told apart by the signature of their Killing form — its name. KdV's periodic
/// ∂x, ∂t, t∂x + ∂u is the Heisenberg algebra 𝔥₃; translations and rotation of the plane, 𝔢(2); KdV's full algebra
/// with the scaling is solvable with derived algebra 𝔥₃; the heat equation's six generators are 𝔰𝔩(2, ℝ) ⋉ 𝔥₃ (the
/// Schrödinger algebra); the wave equation's conformal part is 𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ).
/// </summary>
public sealed class LieAlgebraStructure
{
    readonly Rational[,,] c; // [V_i, V_j] = Σ_k c[i, j, k] V_k

    public int Dimension { get; }

    /// <summary>A basis of [g, g] as coordinates on the table's basis.</summary>
    public IReadOnlyList<Rational[]> Derived { get; }

    /// <summary>A basis of the centre {x : [x, y] = 0 for all y}.</summary>
    public IReadOnlyList<Rational[]> Centre { get; }

    /// <summary>A basis of the radical, the largest solvable ideal: [g, g]'s orthogonal complement under the Killing form.</summary>
    public IReadOnlyList<Rational[]> Radical { get; }

    public bool Abelian => Derived.Count == 0;
    public bool Nilpotent { get; }
    public bool Solvable { get; }

    /// <summary>The algebra's name when it is classified here (dimension ≤ 3, semisimple of dimension 6), else null.</summary>
    public string? Name { get; }

    LieAlgebraStructure(Rational[,,] constants)
    {
        c = constants;
        Dimension = constants.GetLength(0);
        var all = Enumerable.Range(0, Dimension).Select(Unit).ToList();
        Derived = Brackets(all, all);
        Centre = CentreOf();
        Nilpotent = Terminates(all, s => Brackets(all, s));
        Solvable = Terminates(all, s => Brackets(s, s));
        Radical = Solvable ? all : RadicalOf();
        Name = Classify();
    }

    /// <summary>The structure of a closed table whose constants are all exact; null otherwise (nothing to classify).</summary>
    public static LieAlgebraStructure? Of(CommutatorTable table) =>
        table.ExactConstants() is { } constants ? new LieAlgebraStructure(constants) : null;

    internal static LieAlgebraStructure Of(Rational[,,] constants) => new(constants);

    /// <summary>One line: the name where known, then the facts, e.g. "Heisenberg algebra 𝔥₃ (Bianchi II): nilpotent;
    /// derived algebra ⟨W1⟩ = centre", or "dimension 6: not solvable; Levi factor 𝔰𝔩(2, ℝ) (Bianchi VIII), radical
    /// ⟨V1, V4, V5⟩ ≅ Heisenberg algebra 𝔥₃ (Bianchi II); centre ⟨V5⟩".</summary>
    /// <param name="name">The basis' names (<c>k => $"W{k + 1}"</c>).</param>
    public string Describe(Func<int, string> name)
    {
        if (Abelian) return Name!;
        string Span(IReadOnlyList<Rational[]> basis) => basis.Count == 0 ? "0" : "⟨" + string.Join(", ", basis.Select(v => CommutatorTable.Combination(v.Select(Expr.Num).ToArray(), name))) + "⟩";
        // A subalgebra named when it is small enough to classify.
        string Named(IReadOnlyList<Rational[]> basis) => basis.Count is > 1 and < 4 && Restricted(basis)?.Name is { } inner ? $" ≅ {inner}" : "";
        string centre = $"centre {Span(Centre)}";
        var facts = new List<string>();
        if (!Solvable)
        {
            int levi = Dimension - Radical.Count;
            facts.Add(Radical.Count == 0 ? "semisimple" : "not solvable");
            if (Name is null)
                facts.Add((Quotient()?.Name is { } factor ? $"Levi factor {factor}" : $"Levi factor of dimension {levi}") +
                          (Radical.Count == 0 ? "" : $", radical {Span(Radical)}{Named(Radical)}"));
            facts.Add(centre);
        }
        else
        {
            facts.Add(Nilpotent ? "nilpotent" : "solvable, not nilpotent");
            string derived = $"derived algebra {Span(Derived)}" + (Name is null ? Named(Derived) : "");
            facts.Add(SameSpan(Derived, Centre) ? derived + " = centre" : $"{derived}, {centre}");
        }
        return (Name ?? $"dimension {Dimension}") + ": " + string.Join("; ", facts);
    }

    string? Classify()
    {
        int n = Dimension, d = Derived.Count;
        if (Abelian) return n == 1 ? "ℝ" : $"abelian ℝ{Superscript(n)}";
        if (n == 2) return "𝔞𝔣𝔣(1), the non-abelian 2-dimensional algebra";
        if (n == 6 && Radical.Count == 0) return SemisimpleSix();
        if (n != 3) return null;
        if (d == 1) return SameSpan(Derived, Centre) ? "Heisenberg algebra 𝔥₃ (Bianchi II)" : "𝔞𝔣𝔣(1) ⊕ ℝ (Bianchi III)";
        if (d == 3) return KillingDefinite() ? "𝔰𝔬(3) (Bianchi IX)" : "𝔰𝔩(2, ℝ) (Bianchi VIII)";
        // [g, g] is an abelian plane; an element outside it acts on it by a 2 × 2 matrix M, known up to scale.
        var outside = Enumerable.Range(0, n).Select(Unit).First(v => !InSpan(v, Derived));
        var m = new Rational[2, 2];
        for (int col = 0; col < 2; col++)
        {
            var image = Coordinates(Bracket(outside, Derived[col]), Derived);
            m[0, col] = image[0];
            m[1, col] = image[1];
        }
        Rational trace = m[0, 0] + m[1, 1], det = m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0], discriminant = trace * trace - 4 * det;
        if (discriminant.IsZero)
            return m[0, 1].IsZero && m[1, 0].IsZero && m[0, 0] == m[1, 1] ? "Bianchi V" : "Bianchi IV";
        if (discriminant.Sign < 0) return trace.IsZero ? "𝔢(2), the Euclidean motions of the plane (Bianchi VII₀)" : "Bianchi VIIₕ";
        if (trace.IsZero) return "𝔢(1, 1), the Poincaré algebra of 1 + 1 dimensions (Bianchi VI₀)";
        double root = Math.Sqrt((double)discriminant.Numerator / (double)discriminant.Denominator), t = (double)trace.Numerator / (double)trace.Denominator;
        double a = (t + root) / 2, b = (t - root) / 2, ratio = Math.Abs(a) >= Math.Abs(b) ? b / a : a / b;
        return $"Bianchi VIₕ (eigenvalues of the action on [g, g] in the ratio {ratio.ToString("G3", CultureInfo.InvariantCulture)})";
    }

    // The semisimple real algebras of dimension 6 are the real forms of 𝔰𝔩(2, ℂ) ⊕ 𝔰𝔩(2, ℂ); the Killing form's signature
    // tells the four apart (𝔰𝔩(2, ℝ) contributes (2, 1), 𝔰𝔬(3) (0, 3), 𝔰𝔩(2, ℂ) as a real algebra (3, 3)).
    string SemisimpleSix() => Signature(Killing()) switch
    {
        (4, 2) => "𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ) ≅ 𝔰𝔬(2, 2)",
        (2, 4) => "𝔰𝔩(2, ℝ) ⊕ 𝔰𝔬(3)",
        (0, 6) => "𝔰𝔬(3) ⊕ 𝔰𝔬(3) ≅ 𝔰𝔬(4)",
        (3, 3) => "𝔰𝔬(3, 1) ≅ 𝔰𝔩(2, ℂ), the Lorentz algebra",
        var s => throw new InvalidOperationException($"a semisimple algebra of dimension 6 with Killing signature {s}"),
    };

    // (positive, negative) of a symmetric rational form, exactly: congruence to a diagonal (Sylvester's law of inertia).
    static (int Positive, int Negative) Signature(Rational[,] form)
    {
        int n = form.GetLength(0);
        var a = (Rational[,])form.Clone();
        int positive = 0, negative = 0;
        for (int i = 0; i < n; i++)
        {
            if (a[i, i].IsZero)
            {
                // A later diagonal entry to swap in, or an off-diagonal a[i, j] with which e_i + e_j has a[i, i] = 2a[i, j] ≠ 0.
                int j = Enumerable.Range(i + 1, n - i - 1).FirstOrDefault(k => !a[k, k].IsZero, -1);
                if (j >= 0) Swap(a, i, j);
                else if (Enumerable.Range(i + 1, n - i - 1).FirstOrDefault(k => !a[i, k].IsZero, -1) is var k and >= 0)
                {
                    for (int m = 0; m < n; m++) a[i, m] += a[k, m];
                    for (int m = 0; m < n; m++) a[m, i] += a[m, k];
                }
                else continue; // a null direction: degenerate
            }
            if (a[i, i].Sign > 0) positive++; else negative++;
            for (int r = i + 1; r < n; r++)
            {
                var f = a[r, i] / a[i, i];
                if (f.IsZero) continue;
                for (int m = i; m < n; m++) a[r, m] -= f * a[i, m];
                for (int m = i; m < n; m++) a[m, r] -= f * a[m, i];
            }
        }
        return (positive, negative);
    }

    static void Swap(Rational[,] a, int i, int j)
    {
        int n = a.GetLength(0);
        for (int m = 0; m < n; m++) (a[i, m], a[j, m]) = (a[j, m], a[i, m]);
        for (int m = 0; m < n; m++) (a[m, i], a[m, j]) = (a[m, j], a[m, i]);
    }

    // K(a, b) = tr(ad a ad b) on the basis, with (ad a)_{ij} = c[a, j, i].
    internal Rational[,] Killing()
    {
        int n = Dimension;
        var k = new Rational[n, n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                Rational sum = 0;
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        sum += c[a, j, i] * c[b, i, j];
                k[a, b] = sum;
            }
        return k;
    }

    // Negative definite (leading minors −, +, −) for 𝔰𝔬(3) only among the simple 3-dimensional algebras.
    internal bool KillingDefinite()
    {
        var k = Killing();
        var m1 = k[0, 0];
        var m2 = k[0, 0] * k[1, 1] - k[0, 1] * k[1, 0];
        var m3 = k[0, 0] * (k[1, 1] * k[2, 2] - k[1, 2] * k[2, 1]) - k[0, 1] * (k[1, 0] * k[2, 2] - k[1, 2] * k[2, 0])
                 + k[0, 2] * (k[1, 0] * k[2, 1] - k[1, 1] * k[2, 0]);
        return m1.Sign < 0 && m2.Sign > 0 && m3.Sign < 0;
    }

    // Over ℝ the radical is [g, g]^⊥ under the Killing form: x with Σ_ab x_a K_ab d_b = 0 for each d in [g, g].
    List<Rational[]> RadicalOf()
    {
        var k = Killing();
        var system = new RationalEchelon(Dimension);
        foreach (var d in Derived)
            system.Add(Enumerable.Range(0, Dimension).ToDictionary(a => a, a =>
            {
                Rational sum = 0;
                for (int b = 0; b < Dimension; b++) sum += k[a, b] * d[b];
                return sum;
            }));
        return Basis(system.Nullspace().Select(v => Enumerable.Range(0, Dimension).Select(i => v.GetValueOrDefault(i, Rational.Zero)).ToArray()));
    }

    // g / radical, the Levi factor up to isomorphism: on the unit vectors at the columns that are not the radical's
    // pivots, a vector's class is read off once the radical's rows have cleared its pivot entries.
    LieAlgebraStructure? Quotient()
    {
        var pivots = Radical.Select(r => Array.FindIndex(r, x => !x.IsZero)).ToList();
        var rest = Enumerable.Range(0, Dimension).Where(i => !pivots.Contains(i)).ToList();
        if (rest.Count is 0 or > 3 and not 6) return null;
        var constants = new Rational[rest.Count, rest.Count, rest.Count];
        for (int i = 0; i < rest.Count; i++)
            for (int j = 0; j < rest.Count; j++)
            {
                var v = Bracket(Unit(rest[i]), Unit(rest[j]));
                for (int r = 0; r < Radical.Count; r++)
                {
                    var f = v[pivots[r]];
                    if (!f.IsZero) for (int k = 0; k < Dimension; k++) v[k] -= f * Radical[r][k];
                }
                for (int k = 0; k < rest.Count; k++) constants[i, j, k] = v[rest[k]];
            }
        return new LieAlgebraStructure(constants);
    }

    Rational[] Unit(int i) => StructureConstants.Unit(Dimension, i);

    Rational[] Bracket(Rational[] a, Rational[] b) => StructureConstants.Bracket(c, a, b);

    // A reduced basis of span{[a, b] : a ∈ A, b ∈ B}.
    List<Rational[]> Brackets(IReadOnlyList<Rational[]> a, IReadOnlyList<Rational[]> b) => Basis(a.SelectMany(x => b.Select(y => Bracket(x, y))));

    List<Rational[]> Basis(IEnumerable<Rational[]> vectors) => StructureConstants.Basis(Dimension, vectors);

    // Σ_i x_i c[i, j, k] = 0 for every j and k.
    List<Rational[]> CentreOf()
    {
        var system = new RationalEchelon(Dimension);
        for (int j = 0; j < Dimension; j++)
            for (int k = 0; k < Dimension; k++)
                system.Add(Enumerable.Range(0, Dimension).ToDictionary(i => i, i => c[i, j, k]));
        return system.Nullspace().Select(v => Enumerable.Range(0, Dimension).Select(k => v.GetValueOrDefault(k, Rational.Zero)).ToArray()).ToList();
    }

    // The series s, next(s), next(next(s)), … reaches 0 (it stops shrinking within the dimension, or falls to 0).
    bool Terminates(IReadOnlyList<Rational[]> start, Func<IReadOnlyList<Rational[]>, List<Rational[]>> next)
    {
        var s = start;
        for (int step = 0; step <= Dimension && s.Count > 0; step++)
        {
            var following = next(s);
            if (following.Count == s.Count) return false;
            s = following;
        }
        return s.Count == 0;
    }

    bool InSpan(Rational[] v, IReadOnlyList<Rational[]> basis) => Basis(basis.Append(v)).Count == basis.Count;

    bool SameSpan(IReadOnlyList<Rational[]> a, IReadOnlyList<Rational[]> b) => a.Count == b.Count && a.All(v => InSpan(v, b));

    // Coordinates of v (in the span) on a reduced echelon basis, as Basis makes them: each vector's first nonzero
    // entry is a 1 that the others lack, so v's entry there is its coordinate.
    static Rational[] Coordinates(Rational[] v, IReadOnlyList<Rational[]> basis) =>
        basis.Select(b => v[Array.FindIndex(b, x => !x.IsZero)]).ToArray();

    // The algebra that a subalgebra given by a reduced basis is, on its own.
    LieAlgebraStructure? Restricted(IReadOnlyList<Rational[]> basis)
    {
        int m = basis.Count;
        var constants = new Rational[m, m, m];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
            {
                var bracket = Bracket(basis[i], basis[j]);
                if (!InSpan(bracket, basis)) return null;
                var coordinates = Coordinates(bracket, basis);
                for (int k = 0; k < m; k++) constants[i, j, k] = coordinates[k];
            }
        return new LieAlgebraStructure(constants);
    }

    static string Superscript(int n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
}
