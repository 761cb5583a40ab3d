using System.Numerics;

namespace PdeSym.Symbolic;

/// <summary>
/// The case analysis behind <see cref="OptimalSystem"/> for one class of the Levi part: the element's radical
/// coordinates start as unknowns a_p, each adjoint map that moves one of them affinely removes it once its slope is
/// known not to vanish, a slope that may vanish splits the case, and what remains is normalised by scalings and signs.
/// </summary>
internal sealed class SubalgebraClassification(OptimalSystem.Frame frame, OptimalSystem.Kind kind)
{
    public OptimalSystem.Kind Kind => kind;

    readonly int n = frame.N;
    readonly List<Rational[,]> moves = kind.Moves.Select(frame.Ad).ToList();
    readonly List<Rational[,]> scalings = kind.Scalings.Select(frame.Ad).ToList();
    readonly Dictionary<int, int> depth = [];   // parameter → the depth of the coordinate it stands for
    readonly List<State> leaves = [];
    int nextParameter;

    AffineForm[]? start;

    /// <summary>The root of the case analysis, once <see cref="Run"/> has run.</summary>
    internal Node? Root { get; private set; }

    internal sealed record State(AffineForm[] V, List<AffineForm> NonZero);

    sealed record Candidate(int Move, int Target, AffineForm Slope, HashSet<int> Moved);

    /// <summary>A representative on the working basis (parameters local to it) and the ranges of its parameters.</summary>
    sealed record Found(AffineForm[] Working, Dictionary<int, ParameterRange> Ranges);

    public List<SubalgebraRepresentative> Run()
    {
        // The Levi part fixed — with two nonzero factor parts the second c times its representative, c ≠ 0 unknown —
        // and an unknown for each radical coordinate.
        var c = kind.Scaled is null ? null : Fresh(0);
        var v = Enumerable.Range(0, n).Select(i => i >= frame.Levi ? Fresh(i)
            : AffineForm.Of(kind.Levi[i]) + (c is null || kind.Scaled![i].IsZero ? AffineForm.Zero : kind.Scaled![i] * c)).ToArray();
        start = v;
        Root = Explore(new State(v, c is null ? [] : [c]));
        var found = leaves.SelectMany(Normalise).ToList();
        found = Merge(found);
        // Simplest first on the table's basis (fewest terms, lowest indices), so that of two lines a finite element
        // identifies the simpler stays.
        var representatives = found.ToDictionary(f => f, Representative);
        string Order(Found f) => $"{representatives[f].Coefficients.Count(c => !c.IsZero):D2}:{f.Ranges.Count}:" +
            string.Join(",", representatives[f].Coefficients.Select((c, k) => (c, k)).Where(p => !p.c.IsZero).Select(p => p.k.ToString("D2")));
        return WithoutFiniteImages(found.OrderBy(Order, StringComparer.Ordinal).ToList()).Select(f => representatives[f]).ToList();
    }

    AffineForm Fresh(int coordinate)
    {
        int p = nextParameter++;
        depth[p] = frame.Depth[coordinate];
        return AffineForm.Parameter(p);
    }

    int Priority(AffineForm f) => f.Terms.Keys.Select(p => depth[p]).DefaultIfEmpty(int.MaxValue).Min();

    static bool KnownNonZero(State s, AffineForm f) => f.IsConstant ? !f.IsZero : s.NonZero.Any(f.ProportionalTo);

    /// <summary>The case analysis as it ran: what a concrete element goes through (<see cref="Trace"/>).</summary>
    internal abstract record Node;

    /// <summary>Form ≠ 0 → NonZero; = 0 → Zero (null where that contradicts an assumption), with a_Parameter = Value.</summary>
    internal sealed record SplitNode(AffineForm Form, int Parameter, AffineForm Value, Node NonZero, Node? Zero) : Node;

    /// <summary>Ad(exp(εM)) with M = moves[Move], ε making coordinate Target 0 (Partner −1), or turning the plane
    /// (Partner, Target) onto Partner's axis; After holds the new unknowns where the map moved the element.</summary>
    internal sealed record StepNode(int Move, int Target, int Partner, AffineForm[] After, Node Next) : Node;

    internal sealed record LeafNode(State Leaf) : Node;

    Node Explore(State s)
    {
        var candidates = Candidates(s).ToList();
        if (Best(s, candidates) is { } ready)
        {
            var next = Eliminate(s, ready);
            return new StepNode(ready.Move, ready.Target, -1, next.V, Explore(next));
        }
        if (Rotation(s) is (var move, var j, var k, { } rotated))
            return new StepNode(move, k, j, rotated.V, Explore(rotated));
        var blocked = candidates.OrderBy(c => Priority(c.Slope)).ThenBy(c => frame.Depth[c.Target]).ThenBy(c => c.Target).ThenBy(c => c.Move).FirstOrDefault();
        if (blocked is not null) return Split(s, blocked.Slope);
        var unknown = Enumerable.Range(0, n).Where(k => !s.V[k].IsConstant && !KnownNonZero(s, s.V[k]))
            .OrderBy(k => Priority(s.V[k])).ThenBy(k => k).Select(k => s.V[k]).FirstOrDefault();
        if (unknown is not null) return Split(s, unknown);
        leaves.Add(s);
        return new LeafNode(s);
    }

    /// <summary>
    /// The leaf a concrete element reaches (working coordinates, its Levi part this class's representative), and the
    /// element there: each step applied as an actual group element, exp(tM)·x computed by <paramref name="flow"/>, each
    /// split decided by its form's value. What the case analysis claims can be checked on the result: the coordinates
    /// the leaf holds 0 are 0, its forms take the element's values.
    /// </summary>
    internal (State Leaf, double[] Element, Dictionary<int, double> Values) Trace(double[] v, Func<Rational[,], double, double[], double[]> flow)
    {
        var values = new Dictionary<int, double>();
        var node = Root ?? throw new InvalidOperationException("Run first");
        var x = (double[])v.Clone();
        void Learn(AffineForm[] after)
        {
            for (int k = 0; k < n; k++)
                if (after[k] is { Constant.IsZero: true, Terms.Count: 1 } f && !values.ContainsKey(f.Terms.Keys.First()))
                    values[f.Terms.Keys.First()] = x[k] / f.Terms.Values.First().ToDouble();
        }
        double Value(AffineForm f) => f.Constant.ToDouble() + f.Terms.Sum(t => t.Value.ToDouble() * values[t.Key]);
        double scale = x.Max(Math.Abs);
        Learn(start!);
        while (true)
        {
            switch (node)
            {
                case LeafNode leaf:
                    return (leaf.Leaf, x, values);
                case SplitNode split:
                    if (Math.Abs(Value(split.Form)) > 1e-9 * scale) node = split.NonZero;
                    else
                    {
                        values[split.Parameter] = Value(split.Value);
                        node = split.Zero ?? throw new InvalidOperationException("the element reaches a case the analysis ruled out");
                    }
                    break;
                case StepNode step:
                    var a = moves[step.Move];
                    int k = step.Target;
                    if (step.Partner < 0)
                    {
                        // (exp(−εA)x)_k = e^(−με)(x_k − ε((A − μ)x)_k), μ = A_kk.
                        double slope = 0;
                        for (int j = 0; j < n; j++) slope += (a[k, j] - (j == k ? a[k, k] : Rational.Zero)).ToDouble() * x[j];
                        x = flow(a, -x[k] / slope, x);
                    }
                    else
                    {
                        // On the plane (j, k), exp(tA) turns by ωt with ω² = −A_jk·A_kj; x_k vanishes at tan(ωt) = −ωx_k/(A_kj·x_j).
                        int j = step.Partner;
                        double akj = a[k, j].ToDouble(), omega = Math.Sqrt(-(a[j, k] * a[k, j]).ToDouble());
                        x = flow(a, Math.Atan2(-omega * x[k], akj * x[j]) / omega, x);
                    }
                    Learn(step.After);
                    node = step.Next;
                    break;
            }
        }
    }

    // The maps Ad(exp(εM)) that move one unknown coordinate k as e^(−με)(v_k − ε((M − μ)v)_k) — μ = M_kk, nothing of
    // order ε² in the bracket, so it vanishes at one ε — and leave every known coordinate (the Levi part, the zeros)
    // alone. μ = 0 is a unipotent move (Ad(exp(εV1))V4 = V4 − εV1); μ ≠ 0 a Jordan block (Bianchi IV's
    // ad e3: e2 ↦ −e1 − e2 removes e1 from a e1 + b e2 at b ≠ 0). (Mᵐv)_k is an affine form; n consecutive zeros of a
    // sequence obeying M's characteristic recurrence make all the rest zero, so powers up to n + 1 decide.
    IEnumerable<Candidate> Candidates(State s)
    {
        for (int m = 0; m < moves.Count; m++)
        {
            var powers = Powers(moves[m], s.V);
            if (powers.Count == 0) continue;
            var moved = Enumerable.Range(0, n).Where(k => powers.Any(p => !p[k].IsZero)).ToHashSet();
            if (moved.Any(k => s.V[k].IsConstant)) continue;
            foreach (int k in moved)
            {
                var shifted = moves[m][k, k].IsZero ? powers : Powers(Shift(moves[m], moves[m][k, k]), s.V);
                if (shifted.Count > 0 && !shifted[0][k].IsZero && shifted.Skip(1).All(p => p[k].IsZero))
                    yield return new Candidate(m, k, shifted[0][k], moved);
            }
        }
    }

    // Of the removals possible now, the one after which removing goes furthest (the most zeros when each next step
    // takes the first possible one), then top coordinates first: an early removal can block a later one whose map
    // would move a zero (Bianchi IV: e2 must go by e2's map, which shifts e1, before e1 goes by e1's).
    Candidate? Best(State s, List<Candidate> candidates)
    {
        var ready = candidates.Where(c => KnownNonZero(s, c.Slope))
            .OrderBy(c => frame.Depth[c.Target]).ThenBy(c => c.Target).ThenBy(c => c.Move).ToList();
        if (ready.Count < 2) return ready.FirstOrDefault();
        int Reach(State t)
        {
            while (Candidates(t).FirstOrDefault(c => KnownNonZero(t, c.Slope)) is { } next) t = Eliminate(t, next);
            return t.V.Count(f => f.IsZero);
        }
        return ready.OrderByDescending(c => Reach(Eliminate(s, c))).First();
    }

    // Mv, M²v, … up to n + 1 or the first zero vector.
    List<AffineForm[]> Powers(Rational[,] a, AffineForm[] v)
    {
        var powers = new List<AffineForm[]>();
        for (int power = 1; power <= n + 1; power++)
        {
            v = AffineForm.Apply(a, v);
            if (v.All(f => f.IsZero)) break;
            powers.Add(v);
        }
        return powers;
    }

    Rational[,] Shift(Rational[,] a, Rational mu)
    {
        var b = (Rational[,])a.Clone();
        for (int i = 0; i < n; i++) b[i, i] -= mu;
        return b;
    }

    // A move that turns one plane of unknown coordinates (j, k) like a rotation — M maps it into itself with M² = −ω²
    // there — and leaves every other coordinate alone turns (v_j, v_k) onto the j-axis: e(2)'s rotation carries every
    // translation to a multiple of ∂x. v_k becomes 0 and v_j an unknown (0 only when both were).
    (int Move, int J, int K, State? After) Rotation(State s)
    {
        for (int m = 0; m < moves.Count; m++)
        {
            var a = moves[m];
            for (int j = 0; j < n; j++)
                for (int k = j + 1; k < n; k++)
                {
                    if (s.V[j].IsConstant || s.V[k].IsConstant) continue;
                    if (!a[j, j].IsZero || !a[k, k].IsZero || (a[j, k] * a[k, j]).Sign >= 0) continue;
                    bool planeKept = Enumerable.Range(0, n).All(q => q == j || q == k || a[q, j].IsZero && a[q, k].IsZero);
                    bool restFixed = Enumerable.Range(0, n).All(q => q == j || q == k || s.V[q].IsZero || Enumerable.Range(0, n).All(r => a[r, q].IsZero));
                    if (!planeKept || !restFixed) continue;
                    var v = (AffineForm[])s.V.Clone();
                    v[k] = AffineForm.Zero;
                    v[j] = Fresh(j);
                    return (m, j, k, s with { V = v });
                }
        }
        return (-1, -1, -1, null);
    }

    // v_k − ε·slope = 0 at ε = v_k/slope; the other coordinates the map moves become unknowns again.
    State Eliminate(State s, Candidate c)
    {
        var v = (AffineForm[])s.V.Clone();
        foreach (int k in c.Moved) v[k] = k == c.Target ? AffineForm.Zero : Fresh(k);
        return s with { V = v };
    }

    // slope ≠ 0 | slope = 0, the latter solved for its deepest parameter and substituted.
    SplitNode Split(State s, AffineForm form)
    {
        var nonZeroCase = Explore(s with { NonZero = [.. s.NonZero, form] });
        int p = form.Terms.Keys.OrderByDescending(q => depth[q]).ThenByDescending(q => q).First();
        var value = (-Rational.One / form.Terms[p]) * form.Substitute(p, AffineForm.Zero);
        var nonZero = s.NonZero.Select(f => f.Substitute(p, value)).ToList();
        // An assumption that becomes 0 contradicts it: no such case.
        var zeroCase = nonZero.Any(f => f.IsZero) ? null
            : Explore(new State(s.V.Select(f => f.Substitute(p, value)).ToArray(), nonZero.Where(f => !f.IsConstant).ToList()));
        return new SplitNode(form, p, value, nonZeroCase, zeroCase);
    }

    // What normalising a leaf takes: its unknown coordinates grouped by the parameter they are multiples of, the
    // scalings that act diagonally there, the groups whose magnitude they reach (pivots) and the sign flips.
    sealed record Normalisation(
        List<List<int>> Groups, Dictionary<int, Rational> Multiples, List<Dictionary<int, Rational>> Rows,
        List<Dictionary<int, Rational>> Freedom, List<int> Pivots, List<int> Ordered, HashSet<int> Flips,
        List<int> Patterns, HashSet<int> Positive)
    {
        public int PivotMask => (1 << Pivots.Count) - 1;

        // The canonical pattern of a pivot sign pattern's orbit: the fewest minus signs, on the last pivots first.
        public int Canonical(int sigma) =>
            Flips.Select(g => sigma ^ (g & PivotMask)).OrderBy(x => BitOperations.PopCount((uint)x)).ThenBy(x => Reverse(x, Pivots.Count)).First();
    }

    readonly Dictionary<State, Normalisation> normalisations = [];

    Normalisation Prepare(State s)
    {
        if (normalisations.TryGetValue(s, out var known)) return known;
        var support = Enumerable.Range(0, n).Where(k => !s.V[k].IsZero).ToList();
        var fixedCoordinates = support.Where(k => s.V[k].IsConstant).ToList();
        // The unknown coordinates by the parameter they are multiples of (c_j·a_p: one value, its coordinates in fixed
        // ratios — a case split's substitution a₄ = a₃ must not free them from each other); any other form stands alone.
        var groups = support.Where(k => !s.V[k].IsConstant)
            .GroupBy(k => s.V[k] is { Constant.IsZero: true, Terms.Count: 1 } f ? f.Terms.Keys.First() : -1 - k)
            .Select(g => g.ToList()).OrderBy(g => Priority(s.V[g[0]])).ThenBy(g => g[0]).ToList();
        var multiples = support.Where(k => !s.V[k].IsConstant)
            .ToDictionary(k => k, k => s.V[k] is { Constant.IsZero: true, Terms.Count: 1 } f ? f.Terms.Values.First() : Rational.One);
        var weights = scalings.Where(a => support.All(j => Enumerable.Range(0, n).All(k => k == j || a[k, j].IsZero)))
            .Select(a => support.ToDictionary(j => j, j => a[j, j])).ToList();
        int variables = 1 + weights.Count;
        // Coordinate j is multiplied by exp(Σ_i row_j[i]·z_i): z_0 = log λ, z_i the scalings' ε (Ad(exp(εM))e_j = e^(−εw_j)e_j).
        var rows = Enumerable.Range(0, n).Select(j => support.Contains(j)
            ? Enumerable.Range(0, variables).ToDictionary(i => i, i => i == 0 ? Rational.One : -weights[i - 1][j]) : []).ToList();
        // Group elements that fix the known coordinates and scale each group's coordinates alike.
        var constraints = new RationalEchelon(variables);
        foreach (int j in fixedCoordinates) constraints.Add(rows[j]);
        foreach (var g in groups)
            foreach (int j in g.Skip(1)) constraints.Add(Enumerable.Range(0, variables).ToDictionary(i => i, i => rows[j][i] - rows[g[0]][i]));
        var freedom = constraints.Nullspace();
        var reach = new RationalEchelon(freedom.Count);
        var pivots = new List<int>();   // indices into groups
        for (int b = 0; b < groups.Count; b++)
            if (freedom.Count > 0 && reach.Add(OnFreedom(rows[groups[b][0]], freedom))) pivots.Add(b);
        var free = Enumerable.Range(0, groups.Count).Except(pivots).ToList();
        var ordered = pivots.Concat(free).ToList();
        // Flips as bit masks over pivot groups then free ones; the group they generate.
        var flips = new HashSet<int> { 0 };
        foreach (var (map, lambda) in kind.Discrete)
        {
            if (!support.All(j => Enumerable.Range(0, n).All(k => k == j || map[k, j].IsZero) && map[j, j].Abs().IsOne)) continue;
            if (fixedCoordinates.Any(j => lambda * map[j, j] != Rational.One)) continue;
            if (groups.Any(g => g.Any(j => map[j, j] != map[g[0], g[0]]))) continue;
            int mask = 0;
            for (int b = 0; b < ordered.Count; b++) if (lambda * map[groups[ordered[b]][0], groups[ordered[b]][0]] == Rational.MinusOne) mask |= 1 << b;
            foreach (var g in flips.ToList()) flips.Add(g ^ mask);
        }
        // Flips that fix every pivot restrict free groups' signs: one positive per independent flip.
        int pivotMask = (1 << pivots.Count) - 1;
        var positive = new HashSet<int>();
        var kernel = flips.Where(g => (g & pivotMask) == 0).Select(g => g >> pivots.Count).Where(g => g != 0).ToList();
        while (kernel.Count > 0)
        {
            int g = kernel[0], low = BitOperations.TrailingZeroCount(g);
            positive.Add(free[low]);
            kernel = kernel.Select(h => (h >> low & 1) == 1 ? h ^ g : h).Where(h => h != 0).Distinct().ToList();
        }
        var normalisation = new Normalisation(groups, multiples, rows, freedom, pivots, ordered, flips, [], positive);
        normalisation.Patterns.AddRange(Enumerable.Range(0, 1 << pivots.Count).Select(normalisation.Canonical).Distinct());
        return normalisations[s] = normalisation;
    }

    // A coordinate's log-scale row on the basis of the freedom left once the known coordinates are held.
    static Dictionary<int, Rational> OnFreedom(Dictionary<int, Rational> row, List<Dictionary<int, Rational>> freedom) =>
        Enumerable.Range(0, freedom.Count).ToDictionary(q => q, q => freedom[q].Aggregate(Rational.Zero, (acc, kv) => acc + row[kv.Key] * kv.Value));

    // Magnitudes to 1 where the scalings and λ reach them with the known coordinates fixed; signs up to λ = −1 and the
    // finite elements that act by ±1 on the support.
    IEnumerable<Found> Normalise(State s)
    {
        if (s.V.All(f => f.IsZero)) yield break; // 0 spans no line
        var z = Prepare(s);
        foreach (int sigma in z.Patterns)
        {
            var working = s.V.Select(f => f.IsConstant ? f : AffineForm.Zero).ToArray();
            var ranges = new Dictionary<int, ParameterRange>();
            for (int b = 0; b < z.Groups.Count; b++)
            {
                // The group's value: ±1 at a pivot, else a parameter; each coordinate its multiple of it.
                int p = z.Pivots.IndexOf(b);
                var value = p >= 0 ? AffineForm.Of((sigma >> p & 1) == 1 ? Rational.MinusOne : Rational.One) : AffineForm.Parameter(ranges.Count);
                if (p < 0) ranges[ranges.Count] = z.Positive.Contains(b) ? new ParameterRange(RangeKind.Greater, 0) : new ParameterRange(RangeKind.NotEqual, 0);
                foreach (int k in z.Groups[b]) working[k] = z.Multiples[k] * value;
            }
            yield return new Found(working, ranges);
        }
    }

    /// <summary>
    /// A concrete element at a leaf (<see cref="Trace"/>) normalised as <see cref="Normalise"/> writes that leaf's
    /// representatives: the scalings that bring each pivot group's value to ±1, then the flip to the canonical sign
    /// pattern and the positive free values. The result is one of the leaf's representatives at its free values.
    /// </summary>
    internal double[] Normalised(State leaf, double[] x)
    {
        var z = Prepare(leaf);
        int q = z.Freedom.Count;
        var y = (double[])x.Clone();
        if (z.Pivots.Count > 0)
        {
            // Σ_f α_f·shift_b[f] = log|multiple/x| for each pivot group b: solved by elimination (the shifts are independent).
            var m = new double[z.Pivots.Count, q + 1];
            for (int r = 0; r < z.Pivots.Count; r++)
            {
                int lead = z.Groups[z.Pivots[r]][0];
                var shift = OnFreedom(z.Rows[lead], z.Freedom);
                for (int f = 0; f < q; f++) m[r, f] = shift[f].ToDouble();
                m[r, q] = Math.Log(Math.Abs(z.Multiples[lead].ToDouble() / x[lead]));
            }
            var (alpha, _) = FloatingGaussJordan.Solve(m, z.Pivots.Count, q);   // the shifts are independent: full rank
            for (int j = 0; j < n; j++)
            {
                if (z.Rows[j].Count == 0) continue;
                double exponent = 0;
                for (int f = 0; f < q; f++) exponent += alpha[f] * z.Freedom[f].Sum(kv => z.Rows[j][kv.Key].ToDouble() * kv.Value.ToDouble());
                y[j] *= Math.Exp(exponent);
            }
        }
        // Signs: bit b set when group b's value is negative; the flip to the canonical pattern, then the free positives.
        int sigma = 0;
        for (int b = 0; b < z.Ordered.Count; b++)
            if (y[z.Groups[z.Ordered[b]][0]] / z.Multiples[z.Groups[z.Ordered[b]][0]].ToDouble() < 0) sigma |= 1 << b;
        int pivotSigns = sigma & z.PivotMask, target = z.Canonical(pivotSigns);
        var flip = z.Flips.Where(g => ((pivotSigns ^ g) & z.PivotMask) == target)
            .OrderBy(g => z.Positive.Count(b => ((sigma ^ g) >> z.Ordered.IndexOf(b) & 1) == 1)).First();
        for (int b = 0; b < z.Ordered.Count; b++)
            if ((flip >> b & 1) == 1) foreach (int k in z.Groups[z.Ordered[b]]) y[k] = -y[k];
        return y;
    }

    static int Reverse(int x, int bits)
    {
        int r = 0;
        for (int b = 0; b < bits; b++) if ((x >> b & 1) == 1) r |= 1 << (bits - 1 - b);
        return r;
    }

    // A family whose parameter set to 0 is another representative absorbs it: a ≠ 0 and a = 0 make a ∈ ℝ, a > 0 and
    // a = 0 make a ≥ 0. Duplicates go.
    static List<Found> Merge(List<Found> found)
    {
        found = found.DistinctBy(Key).ToList();
        while (Absorbable(found) is var (f, p, other) && f is not null)
        {
            f.Ranges[p] = new ParameterRange(f.Ranges[p].Kind == RangeKind.NotEqual ? RangeKind.Real : RangeKind.AtLeast, 0);
            found.Remove(other!);
        }
        // A line that is a member of a family goes (u_tt = u_xx + u³: V3 + V4 is V3 + aV4 at a = 1).
        return found.Where(f => f.Ranges.Count > 0 || !found.Any(g => g.Ranges.Count > 0 && Member(f.Working, g))).ToList();
    }

    // Whether the constant vector's line meets the family: scaled to agree with the family's first constant coordinate,
    // every coordinate a form in at most one parameter, the values consistent and in range.
    static bool Member(AffineForm[] line, Found family)
    {
        int k = Array.FindIndex(family.Working, f => f.IsConstant && !f.IsZero);
        if (k < 0 || line[k].Constant.IsZero) return false;
        var scale = family.Working[k].Constant / line[k].Constant;
        var values = new Dictionary<int, Rational>();
        for (int j = 0; j < line.Length; j++)
        {
            var target = scale * line[j].Constant;
            var f = family.Working[j];
            if (f.IsConstant) { if (f.Constant != target) return false; continue; }
            if (f.Terms.Count != 1) return false;
            var (p, c) = f.Terms.First();
            var value = (target - f.Constant) / c;
            if (values.TryGetValue(p, out var other) && other != value || !family.Ranges[p].Allows(value)) return false;
            values[p] = value;
        }
        return true;
    }

    static (Found? Family, int Parameter, Found? Zero) Absorbable(List<Found> found)
    {
        foreach (var f in found)
            foreach (var (p, range) in f.Ranges.Where(r => r.Value.Bound.IsZero && r.Value.Kind is RangeKind.NotEqual or RangeKind.Greater))
            {
                var zero = new Found(f.Working.Select(x => x.Substitute(p, AffineForm.Zero)).ToArray(), f.Ranges.Where(r => r.Key != p).ToDictionary());
                var key = Key(zero);
                if (found.FirstOrDefault(g => g != f && Key(g) == key) is { } other) return (f, p, other);
            }
        return (null, 0, null);
    }

    // The representative with its parameters renamed in order of appearance, with their ranges.
    static string Key(Found f)
    {
        var names = new Dictionary<int, int>();
        foreach (var x in f.Working) foreach (var p in x.Terms.Keys) names.TryAdd(p, names.Count);
        return string.Join(";", f.Working.Select(x => $"{x.Constant}" + string.Concat(x.Terms.Select(t => $"+{t.Value}p{names[t.Key]}")))) + "|" +
               string.Join(";", names.OrderBy(kv => kv.Value).Select(kv => f.Ranges[kv.Key].ToString()));
    }

    // Of two parameter-free representatives one that a finite element maps to the other's line goes (the Weyl element
    // carries the heat equation's ⟨V5⟩ to ⟨V1⟩); the simpler one, found first, stays.
    List<Found> WithoutFiniteImages(List<Found> found)
    {
        var kept = new List<Found>();
        foreach (var f in found)
        {
            if (f.Ranges.Count == 0 && kept.Any(k => k.Ranges.Count == 0 && kind.Discrete.Any(d => Proportional(
                    AffineForm.Apply(d.Map, k.Working).Select(x => x.Constant).ToArray(), f.Working.Select(x => x.Constant).ToArray()))))
                continue;
            kept.Add(f);
        }
        return kept;
    }

    static bool Proportional(Rational[] a, Rational[] b)
    {
        int i = Array.FindIndex(a, x => !x.IsZero);
        if (i < 0 || b[i].IsZero) return false;
        var ratio = b[i] / a[i];
        return a.Zip(b).All(p => ratio * p.First == p.Second);
    }

    // On the table's basis, each parameter that sits in one coefficient alone renamed to that coefficient (V4 − V3/2 + bV3
    // with b ≥ 0 reads V4 + aV3 with a ≥ −1/2), named a, b, c, ….
    SubalgebraRepresentative Representative(Found f)
    {
        var table = Enumerable.Range(0, n).Select(k => Enumerable.Range(0, n).Aggregate(AffineForm.Zero,
            (acc, j) => f.Working[j].IsZero || frame.Basis[j][k].IsZero ? acc : acc + frame.Basis[j][k] * f.Working[j])).ToArray();
        var ranges = new Dictionary<int, ParameterRange>(f.Ranges);
        foreach (var p in f.Ranges.Keys)
        {
            var holders = Enumerable.Range(0, n).Where(k => table[k].Terms.ContainsKey(p)).ToList();
            if (holders.Count != 1 || table[holders[0]].Terms.Count != 1) continue;
            var form = table[holders[0]];
            ranges[p] = ranges[p].Shifted(form.Constant, form.Terms[p]);
            table[holders[0]] = AffineForm.Parameter(p);
        }
        // A line read from a positive first coefficient where the parameters' ranges allow (−V1 + aV2 + V4 is
        // V1 + aV2 − V4 with a renamed −a).
        if (table.FirstOrDefault(x => !x.IsZero) is { IsConstant: true, Constant.Sign: < 0 } &&
            ranges.Values.All(r => r.Kind == RangeKind.Real || r.Kind == RangeKind.NotEqual && r.Bound.IsZero))
            table = table.Select(x => x.Terms.Keys.Aggregate(Rational.MinusOne * x, (acc, p) => acc.Substitute(p, Rational.MinusOne * AffineForm.Parameter(p)))).ToArray();
        if (table.All(x => x.IsConstant))
        {
            // A line: its coefficients as coprime integers, the first positive (2V1 is ⟨V1⟩).
            var scale = Rational.CoprimeIntegerScale(table.Select(x => x.Constant).Where(x => !x.IsZero));
            if (table.First(x => !x.IsZero).Constant.Sign < 0) scale = -scale;
            table = table.Select(x => scale * x).ToArray();
        }
        var names = new Dictionary<int, string>();
        foreach (var x in table) foreach (var p in x.Terms.Keys) names.TryAdd(p, ((char)('a' + names.Count)).ToString());
        return new SubalgebraRepresentative(
            table.Select(x => x.ToExpr(p => names[p])).ToList(),
            names.Select(kv => SubalgebraRepresentative.Range(kv.Value, ranges[kv.Key])).ToList(),
            kind.Name) { Ranges = names.Select(kv => (kv.Value, ranges[kv.Key])).ToList() };
    }
}
