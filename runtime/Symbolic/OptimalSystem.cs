namespace PdeSym.Symbolic;

/// <summary>
/// An optimal system of one-dimensional subalgebras (Olver, §3.3): every line ⟨V⟩ of the algebra is carried by the
/// adjoint group onto a representative's (onto exactly one in every published list it is tested against) — so one
/// reduction per representative gives every group-invariant solution up to symmetry. KdV's: ⟨V4⟩, ⟨V2 + V3⟩,
/// ⟨V2 − V3⟩, ⟨V3⟩, ⟨V2⟩, ⟨V1⟩, as derived by hand in Olver's manner.
/// <para>
/// The classification runs on exact structure constants, as Olver does it by hand. The Levi factor's part of V is
/// classified first (it is Ad-equivariant; 𝔰𝔩(2, ℝ)'s lines are 0, hyperbolic, parabolic or elliptic by the sign of its
/// Killing form; with two simple factors, as the wave equation's, each part on its own). Then, on the radical's coordinates, each one in turn is removed by an Ad(exp(εV_i)) that moves it
/// affinely in ε with a slope known not to vanish — the others it moves become fresh unknowns, those already removed
/// must not move — and where the slope is a form that may vanish the case splits (slope ≠ 0 | slope = 0, the latter
/// substituted). What is left is normalised: magnitudes to 1 by the scalings among the Ad(exp(εV_i)) and V ↦ λV, signs by
/// λ = −1 and the finite elements of the group (exp(πX) for an elliptic X of 𝔰𝔩(2, ℝ), −1 on its half-integer
/// representations, and the Weyl element that maps h to −h).
/// </para>
/// <para>
/// Every step is an actual group element and the splits cover every case, so the list is complete by construction;
/// representatives left that a composite group element would identify are merged where a finite element shows it
/// (the heat equation's ∂x and its Galilean boost). Parameters that survive are invariants (the heat equation's
/// ⟨x∂x + 2t∂t + au∂u⟩, a ≥ −1/2: a and −1 − a are one class through the Weyl element, which Olver's Example 3.13,
/// a ∈ ℝ, does not use).
/// </para>
/// </summary>
public sealed partial class OptimalSystem
{
    /// <summary>The representatives, coefficients on the table's basis V1 … Vn (in the parameters' names).</summary>
    public IReadOnlyList<SubalgebraRepresentative> Representatives { get; }

    /// <summary>The working basis and the case analysis of each class of the Levi part, for tracing an element.</summary>
    internal Frame? Working { get; private init; }
    internal IReadOnlyList<SubalgebraClassification> Cases { get; private init; } = [];

    OptimalSystem(IReadOnlyList<SubalgebraRepresentative> representatives) => Representatives = representatives;

    /// <summary>An itemize of ⟨representative⟩ with the parameters' ranges, for a paper.</summary>
    public string ToLatex()
    {
        var tex = new System.Text.StringBuilder();
        tex.AppendLine(@"\begin{itemize}");
        foreach (var r in Representatives)
            tex.AppendLine($@"  \item $\langle {r.ToLatex()} \rangle$" + string.Concat(r.Conditions.Select(c => $", ${Latex(c)}$")));
        tex.AppendLine(@"\end{itemize}");
        return tex.ToString();
    }

    internal static string Latex(string condition) => condition.Replace("∈ ℝ", @"\in \mathbb{R}").Replace("≥", @"\geq").Replace("≤", @"\leq")
        .Replace("≠", @"\neq").Replace("−", "-");

    /// <summary>The optimal system of a closed table with exact constants; null, with the reason, when there is none
    /// here (a table not closed, or a Levi factor other than 0 and sums of one or two of 𝔰𝔩(2, ℝ), 𝔰𝔬(3)).</summary>
    public static OptimalSystem? Of(CommutatorTable table, out string? reason)
    {
        if (table.ExactConstants() is not { } c)
        {
            reason = "the commutator table is not closed with exact constants";
            return null;
        }
        return Of(c, out reason);
    }

    internal static OptimalSystem? Of(Rational[,,] c, out string? reason)
    {
        var frame = Frame.Of(c, out reason);
        if (frame is null) return null;
        var cases = frame.Kinds().Select(kind => new SubalgebraClassification(frame, kind)).ToList();
        var results = cases.SelectMany(c => c.Run()).ToList();
        return new OptimalSystem(results) { Working = frame, Cases = cases };
    }

    /// <summary>
    /// The representative whose class holds ⟨v⟩ (v on the table's basis), and its parameters' values there: v is taken
    /// through the case analysis with actual group elements and normalised as the representatives were (KdV's
    /// ⟨V2 + 2V1⟩, the travelling waves, is ⟨V2⟩: the Galilean boost carries them to stationary ones). An 𝔰𝔩(2, ℝ) part
    /// anywhere is first conjugated onto its class's representative (Burgers' V5 + 3V2 is elliptic, ⟨V2 + V5⟩). Null when
    /// v is 0, or its Levi part is 𝔰𝔬(3)'s and not the class's start.
    /// </summary>
    public (SubalgebraRepresentative Representative, IReadOnlyDictionary<string, double> Parameters)? Classify(IReadOnlyList<Rational> v)
    {
        var frame = Working!;
        int n = frame.N;
        var w = Enumerable.Range(0, n).Select(k => Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc, q) => acc + frame.ToWorking[k, q] * v[q])).ToArray();
        if (w.All(x => x.IsZero)) return null;
        foreach (var c in Cases.Where(c => c.Kind.Scaled is null))
        {
            // λ with λ·(v's Levi part) = the class's.
            int lead = Array.FindIndex(c.Kind.Levi, x => !x.IsZero);
            if (lead < 0 ? w.Take(frame.Levi).Any(x => !x.IsZero) : w[lead].IsZero) continue;
            var lambda = lead < 0 ? Rational.One : c.Kind.Levi[lead] / w[lead];
            if (Enumerable.Range(0, frame.Levi).Any(i => lambda * w[i] != c.Kind.Levi[i])) continue;
            return Classify(c, w.Select(x => (lambda * x).ToDouble()).ToArray());
        }
        // A Levi part elsewhere: conjugated onto its class's first (actual group elements again), then placed.
        return frame.OntoLeviRepresentative(w) is var (name, x) && x is not null ? Classify(Cases.First(c => c.Kind.Name == name), x) : null;
    }

    /// <summary>As <see cref="Classify(IReadOnlyList{Rational})"/> for an element on the working basis whose Levi part is
    /// the class's own.</summary>
    internal (SubalgebraRepresentative Representative, IReadOnlyDictionary<string, double> Parameters)? Classify(SubalgebraClassification c, double[] working)
    {
        var frame = Working!;
        var (leaf, traced, _) = c.Trace(working, Frame.Flow);
        var normal = c.Normalised(leaf, traced);
        // The representative, or one that a finite element maps it to (the simpler of two such was kept).
        foreach (var image in c.Kind.Discrete.Select(d => Apply(d.Map, normal)).Prepend(normal))
        {
            var table = Enumerable.Range(0, frame.N).Select(k => Enumerable.Range(0, frame.N).Sum(j => image[j] * frame.Basis[j][k].ToDouble())).ToArray();
            foreach (var r in Representatives.Where(r => r.Levi == c.Kind.Name))
                if (r.Match(table) is { } values) return (r, values);
        }
        return null;
    }

    static double[] Apply(Rational[,] m, double[] x) =>
        Enumerable.Range(0, x.Length).Select(k => Enumerable.Range(0, x.Length).Sum(j => m[k, j].ToDouble() * x[j])).ToArray();
}
