namespace PdeSym.Symbolic;

public sealed partial class OptimalSystem
{
    /// <summary>The working basis: a Levi subalgebra's (h, e, f for 𝔰𝔩(2, ℝ)) then the radical's, built along its
    /// derived series so that each radical vector has a depth (0 at the top); the constants on it; the finite elements.</summary>
    internal sealed class Frame
    {
        public int N { get; init; }
        public int Levi { get; init; }                       // the first Levi coordinates of the working basis
        public required Rational[][] Basis { get; init; }    // working basis vectors on the table's basis
        public required Rational[,] ToWorking { get; init; } // coordinates on the table's basis → working coordinates
        public required Rational[,,] C { get; init; }        // structure constants on the working basis
        public required int[] Depth { get; init; }           // −1 on the Levi coordinates
        public bool Compact;                                 // 𝔰𝔬(3)
        public Rational[]? H, Parabolic, Elliptic;            // working coordinates of the 𝔰𝔩(2, ℝ) representatives
        public Rational[,]? Weyl, MinusOne;                   // finite elements: Ad on the working basis
        Rational[]? e, f;                                     // [h, e] = μe, [h, f] = −μf, [e, f] = κh
        Rational mu, kappa;
        int sigma;

        Rational[] Pad(Rational[] s) => [.. s, .. Enumerable.Repeat(Rational.Zero, N - 3)];

        /// <summary>
        /// An element whose 𝔰𝔩(2, ℝ) part X = αh + βe + γf is not 0, carried by exp(te), exp(tf), exp(th) (and the Weyl
        /// element between e and f) and a factor onto its class's representative: the class's name and the element.
        /// With exp(t ad e)X = (α + tκγ)h + (β − tμα − t²κμγ/2)e + γf and the mirror for f, the parabolic and hyperbolic
        /// cases remove f's (or e's) coefficient by a root of that quadratic, real when the Killing form is ≥ 0, then the
        /// other's linearly; the elliptic case removes h's, then scales e and f to the representative's ratio.
        /// </summary>
        public (string? Name, double[]? Element) OntoLeviRepresentative(Rational[] w)
        {
            if (Levi != 3 || Compact || e is null || f is null || H is null) return (null, null);
            var levi = w.Take(3).ToArray();
            if (levi.All(x => x.IsZero)) return (null, null);
            // α, β, γ on (h, e, f).
            var columns = new Rational[3, 3];
            for (int k = 0; k < 3; k++) { columns[k, 0] = H[k]; columns[k, 1] = e[k]; columns[k, 2] = f[k]; }
            var inverse = RationalMatrix.Inverse(columns)!;
            var abc = Enumerable.Range(0, 3).Select(r => Enumerable.Range(0, 3).Aggregate(Rational.Zero, (acc, k) => acc + inverse[r, k] * levi[k])).ToArray();
            var (alpha, beta, gamma) = (abc[0].ToDouble(), abc[1].ToDouble(), abc[2].ToDouble());
            // Killing form ∝ μ²α² + 2κμβγ (the sign of the discriminant below).
            var killing = mu * mu * abc[0] * abc[0] + 2 * kappa * mu * abc[1] * abc[2];
            double m = mu.ToDouble(), k2 = kappa.ToDouble();
            var x = w.Select(r => r.ToDouble()).ToArray();
            var adE = Ad(Pad(e));
            var adF = Ad(Pad(f));
            void Move(Rational[,] ad, double t) => x = Flow(ad, t, x);
            double[] Coefficients()
            {
                var l = x.Take(3).ToArray();
                return Enumerable.Range(0, 3).Select(r => Enumerable.Range(0, 3).Sum(k => inverse[r, k].ToDouble() * l[k])).ToArray();
            }
            // A root of c + b t + a t² = 0 (a may be 0), exact where the discriminant is a rational square (a parabolic
            // element's double root is ill-conditioned in floating point), else the smaller in size.
            static double Root(Rational c, Rational b, Rational a)
            {
                if (a.IsZero) return (-c / b).ToDouble();
                var discriminant = b * b - 4 * a * c;
                if (discriminant.TryRoot(2, out var r)) return ((-b + r) / (2 * a)).ToDouble();
                double d = Math.Sqrt(Math.Max(0, discriminant.ToDouble())), q = -0.5 * (b.ToDouble() + Math.Sign(b.ToDouble() == 0 ? 1 : b.ToDouble()) * d);
                return Math.Abs(q) > 1e-300 ? c.ToDouble() / q : q / a.ToDouble();
            }
            string name;
            Rational[] target;
            if (killing.Sign >= 0)
            {
                bool toE = Parabolic!.SequenceEqual(Pad(e));
                if (toE)
                {
                    // γ + tμα − t²κμβ/2 = 0 by exp(t ad f), then β by exp(t ad e) where α ≠ 0.
                    if (gamma != 0 && (alpha != 0 || beta != 0)) Move(adF, Root(abc[2], mu * abc[0], -kappa * mu * abc[1] / 2));
                    var c = Coefficients();
                    if (killing.Sign > 0) Move(adE, c[1] / (m * c[0]));
                }
                else
                {
                    if (beta != 0 && (alpha != 0 || gamma != 0)) Move(adE, Root(abc[1], -mu * abc[0], -kappa * mu * abc[2] / 2));
                    var c = Coefficients();
                    if (killing.Sign > 0) Move(adF, -c[2] / (m * c[0]));
                }
                name = killing.Sign > 0 ? "hyperbolic" : "parabolic";
                target = killing.Sign > 0 ? H : Parabolic!;
                // A parabolic element may have landed on the other of e and f: the Weyl element swaps them.
                var now = Coefficients();
                if (killing.Sign == 0 && Math.Abs(toE ? now[1] : now[2]) < 1e-9 * x.Max(Math.Abs))
                {
                    if (Weyl is null) return (null, null);
                    x = Enumerable.Range(0, N).Select(r => Enumerable.Range(0, N).Sum(j => Weyl[r, j].ToDouble() * x[j])).ToArray();
                }
            }
            else
            {
                // α by exp(t ad e) (slope κγ, γ ≠ 0 when elliptic), then e and f to the representative's ratio by exp(t ad h).
                Move(adE, -alpha / (k2 * gamma));
                var c = Coefficients();
                // (β′e^(tμ)) : (γe^(−tμ)) = 1 : σ, the representative e + σf's.
                Move(Ad(H), Math.Log(c[2] / (sigma * c[1])) / (2 * m));
                name = "elliptic";
                target = Elliptic!;
            }
            // The factor that makes the Levi part the representative's, which it now is up to rounding.
            int lead = Array.FindIndex(target, z => !z.IsZero);
            double scale = target[lead].ToDouble() / x[lead];
            x = x.Select(z => z * scale).ToArray();
            if (Enumerable.Range(0, 3).Any(i => Math.Abs(x[i] - target[i].ToDouble()) > 1e-8 * Math.Max(1, x.Max(Math.Abs)))) return (null, null);
            for (int i = 0; i < 3; i++) x[i] = target[i].ToDouble();
            return (name, x);
        }
        public IEnumerable<Kind> Kinds()
        {
            var zero = new Rational[N];
            Array.Fill(zero, Rational.Zero);
            var all = Enumerable.Range(0, N).Select(i => StructureConstants.Unit(N, i)).ToList();
            var radical = all.Skip(Levi).ToList();
            var finite = new[] { Weyl, MinusOne }.OfType<Rational[,]>().ToList();
            // λ = −1 with the identity, the finite elements with either sign: those fixing the Levi part are kept.
            var discrete = new List<(Rational[,] Map, int Lambda)> { (RationalMatrix.Identity(N), -1) };
            foreach (var d in finite) discrete.AddRange([(d, 1), (d, -1)]);
            yield return new Kind("0", zero, all, all, discrete);
            if (Levi == 0) yield break;
            if (Compact)
            {
                yield return new Kind("elliptic", all[0], [.. radical, all[0]], [.. radical, all[0]], discrete);
                yield break;
            }
            yield return new Kind("hyperbolic", H!, [.. radical, H!], [.. radical, H!], discrete);
            yield return new Kind("parabolic", Parabolic!, [.. radical, Parabolic!], [.. radical, Parabolic!, H!], discrete);
            yield return new Kind("elliptic", Elliptic!, [.. radical, Elliptic!], [.. radical, Elliptic!], discrete);
        }

        public Rational[,] Ad(Rational[] x)
        {
            var a = new Rational[N, N];
            for (int k = 0; k < N; k++)
                for (int j = 0; j < N; j++)
                {
                    var sum = Rational.Zero;
                    for (int i = 0; i < N; i++) if (!x[i].IsZero) sum += x[i] * C[i, j, k];
                    a[k, j] = sum;
                }
            return a;
        }

        public static Frame? Of(Rational[,,] c, out string? reason)
        {
            reason = null;
            int n = c.GetLength(0);
            if (n == 0)
            {
                reason = "the algebra is 0";
                return null;
            }
            var structure = LieAlgebraStructure.Of(c);
            var levi = structure.Solvable ? [] : LeviFactor.Of(c, structure.Radical);
            if (levi is null)
            {
                reason = "no Levi subalgebra was found";
                return null;
            }
            if (levi.Count is not (0 or 3))
            {
                reason = $"its Levi factor has dimension {levi.Count}; one-dimensional subalgebras are classified here when it is 0, 𝔰𝔩(2, ℝ) or 𝔰𝔬(3)";
                return null;
            }
            // The radical along its derived series, deepest layer first, each new vector's depth its layer.
            var series = new List<List<Rational[]>> { StructureConstants.Basis(n, structure.Radical) };
            while (series[^1].Count > 0)
                series.Add(StructureConstants.Basis(n, series[^1].SelectMany(a => series[^1].Select(b => StructureConstants.Bracket(c, a, b)))));
            var radical = new List<(Rational[] Vector, int Depth)>();
            var echelon = new RationalEchelon(n);
            for (int level = series.Count - 1; level >= 0; level--)
                foreach (var v in series[level])
                    if (echelon.Add(Enumerable.Range(0, n).ToDictionary(k => k, k => v[k]))) radical.Add((v, level));
            radical = Diagonalised(c, radical).OrderBy(r => Array.FindIndex(r.Vector, x => !x.IsZero)).ToList();
            var basis = levi.Concat(radical.Select(r => r.Vector)).ToArray();
            var columns = new Rational[n, n];
            for (int i = 0; i < n; i++)
                for (int k = 0; k < n; k++) columns[k, i] = basis[i][k];
            var toWorking = RationalMatrix.Inverse(columns)!;
            var constants = new Rational[n, n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                {
                    var bracket = StructureConstants.Bracket(c, basis[i], basis[j]);
                    for (int k = 0; k < n; k++)
                    {
                        var sum = Rational.Zero;
                        for (int q = 0; q < n; q++) sum += toWorking[k, q] * bracket[q];
                        constants[i, j, k] = sum;
                    }
                }
            var frame = new Frame
            {
                N = n, Levi = levi.Count, Basis = basis, ToWorking = toWorking, C = constants,
                Depth = [.. Enumerable.Repeat(-1, levi.Count), .. radical.Select(r => r.Depth)],
            };
            if (levi.Count == 3 && !frame.SplitLevi(out reason)) return null;
            return frame;
        }

        // Each layer of the radical (its vectors of one depth, modulo the deeper ones) on a basis of eigenvectors of a
        // generator acting on it with distinct rational eigenvalues — lifted to eigenvectors in g where the deeper
        // vectors allow — unless one already has the layer's vectors as eigenvectors: then that generator's
        // exponentials are scalings there. e(1, 1)'s boost acts on ∂x, ∂t as ((0, 1), (1, 0)); on ∂x ± ∂t it scales, and
        // the lines a∂x + b∂t fall into ∂x, ∂t, ∂x ± ∂t instead of a family ∂x + a∂t. On a sheared basis of KdV's algebra
        // (V4 + V1, V3, V2 + V1, V1) the lift recovers ∂t from V2 + V1.
        static List<(Rational[] Vector, int Depth)> Diagonalised(Rational[,,] c, List<(Rational[] Vector, int Depth)> radical)
        {
            int n = c.GetLength(0);
            var result = new List<(Rational[] Vector, int Depth)>();
            foreach (var level in radical.GroupBy(r => r.Depth).OrderByDescending(g => g.Key))
            {
                var layer = level.Select(r => r.Vector).ToList();
                var deeper = result.Select(r => r.Vector).ToList();
                var generators = Enumerable.Range(0, n).Select(i => StructureConstants.Unit(n, i)).ToList();
                bool Eigen(Rational[] x, Rational[] v) => StructureConstants.Basis(n, [v, StructureConstants.Bracket(c, x, v)]).Count == 1;
                bool Distinct(Rational[,] m) => LinearOde.RationalRoots(RationalMatrix.CharacteristicPolynomial(m)).Count() == layer.Count;
                var scaling = generators.FirstOrDefault(x => layer.All(v => Eigen(x, v)) && Action(c, x, layer, deeper) is { } m && Distinct(m));
                if (layer.Count > 1 && scaling is null &&
                    generators.Select(x => (x, m: Action(c, x, layer, deeper))).FirstOrDefault(p => p.m is not null && Distinct(p.m)) is ({ } generator, { } action))
                    layer = LinearOde.RationalRoots(RationalMatrix.CharacteristicPolynomial(action)).Select(lambda =>
                    {
                        var system = new RationalEchelon(layer.Count);
                        for (int i = 0; i < layer.Count; i++)
                            system.Add(Enumerable.Range(0, layer.Count).ToDictionary(j => j, j => action[i, j] - (i == j ? lambda : Rational.Zero)));
                        var v = system.Nullspace().Single();
                        var vector = Lifted(c, generator, lambda, StructureConstants.Combine(Enumerable.Range(0, layer.Count).Select(j => v.GetValueOrDefault(j, Rational.Zero)).ToList(), layer), deeper);
                        var lead = vector.First(e => !e.IsZero);
                        return vector.Select(e => e / lead).ToArray();
                    }).ToList();
                result.AddRange(layer.Select(v => (v, level.Key)));
            }
            return result;
        }

        // q + d with d in the deeper span and (ad x − λ)(q + d) = 0 when there is such a d; q otherwise.
        static Rational[] Lifted(Rational[,,] c, Rational[] x, Rational lambda, Rational[] q, List<Rational[]> deeper)
        {
            if (deeper.Count == 0) return q;
            int n = q.Length, m = deeper.Count;
            Rational[] Shifted(Rational[] v) => StructureConstants.Bracket(c, x, v).Zip(v, (a, b) => a - lambda * b).ToArray();
            var images = deeper.Select(Shifted).ToList();
            var target = Shifted(q);
            var system = new RationalEchelon(m + 1);
            for (int k = 0; k < n; k++)
                system.Add(Enumerable.Range(0, m + 1).ToDictionary(b => b, b => b < m ? images[b][k] : target[k]));
            if (system.PivotColumns.Contains(m)) return q;
            var d = new Rational[m];
            Array.Fill(d, Rational.Zero);
            foreach (var (pivot, row) in system.Rows) d[pivot] = -row.GetValueOrDefault(m, Rational.Zero);
            return q.Zip(StructureConstants.Combine(d, deeper), (a, b) => a + b).ToArray();
        }

        // ad x on a layer modulo the deeper vectors, as a matrix on the layer's vectors; null if a bracket leaves the span.
        static Rational[,]? Action(Rational[,,] c, Rational[] x, List<Rational[]> layer, List<Rational[]> deeper)
        {
            int n = c.GetLength(0), m = layer.Count, all = m + deeper.Count;
            var basis = layer.Concat(deeper).ToList();
            var action = new Rational[m, m];
            for (int j = 0; j < m; j++)
            {
                var image = StructureConstants.Bracket(c, x, layer[j]);
                // Solve Σ_b y_b basis[b] = image: columns are the basis vectors, the last the image.
                var system = new RationalEchelon(all + 1);
                for (int k = 0; k < n; k++)
                    system.Add(Enumerable.Range(0, all + 1).ToDictionary(b => b, b => b < all ? basis[b][k] : -image[k]));
                var solution = system.Nullspace().SingleOrDefault(v => v.ContainsKey(all));
                if (solution is null) return null;
                for (int i = 0; i < m; i++) action[i, j] = solution.GetValueOrDefault(i, Rational.Zero) / solution[all];
            }
            return action;
        }

        // 𝔰𝔩(2, ℝ): h with rational eigenvalues ±μ on 𝔰, its eigenvectors e and f, the elliptic e + σf; 𝔰𝔬(3): compact.
        bool SplitLevi(out string? reason)
        {
            reason = null;
            var levi = new Rational[3, 3, 3];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    for (int k = 0; k < 3; k++) levi[i, j, k] = C[i, j, k];
            var structure = LieAlgebraStructure.Of(levi);
            var killing = structure.Killing();
            Rational K(Rational[] x, Rational[] y)
            {
                Rational sum = 0;
                for (int a = 0; a < 3; a++)
                    for (int b = 0; b < 3; b++) sum += x[a] * killing[a, b] * y[b];
                return sum;
            }
            Rational[] Bracket3(Rational[] x, Rational[] y) => StructureConstants.Bracket(C, Pad(x), Pad(y)).Take(3).ToArray();
            var units = Enumerable.Range(0, 3).Select(i => StructureConstants.Unit(3, i)).ToList();
            var candidates = units.Concat(from i in Enumerable.Range(0, 3) from j in Enumerable.Range(i + 1, 2 - i) from sign in new[] { 1, -1 }
                                         select units[i].Zip(units[j], (a, b) => a + sign * b).ToArray());
            if (structure.KillingDefinite())
            {
                Compact = true;
                return true;
            }
            foreach (var h in candidates)
            {
                if (K(h, h).Sign <= 0 || !(K(h, h) / 2).TryRoot(2, out var mu)) continue;
                var ad = Ad(Pad(h));
                Rational[] Eigen(Rational lambda)
                {
                    var system = new RationalEchelon(3);
                    for (int k = 0; k < 3; k++)
                        system.Add(Enumerable.Range(0, 3).ToDictionary(j => j, j => ad[k, j] - (j == k ? lambda : Rational.Zero)));
                    var v = system.Nullspace().Single();
                    var vector = Enumerable.Range(0, 3).Select(k => v.GetValueOrDefault(k, Rational.Zero)).ToArray();
                    // Scaled so that its first coefficient on the table's basis is 1.
                    var onTable = Combination(Pad(vector));
                    var lead = onTable.First(x => !x.IsZero);
                    return vector.Select(x => x / lead).ToArray();
                }
                var e = Eigen(mu);
                var f = Eigen(-mu);
                H = Pad(h);
                (this.e, this.f, this.mu) = (e, f, mu);
                this.kappa = Bracket3(e, f).Zip(h).Where(p => !p.Second.IsZero).Select(p => p.First / p.Second).First();
                // The parabolic line: e or f (the Weyl element swaps them), the one with fewer terms on the table's basis.
                (int, int) Simplicity(Rational[] s) => (Combination(Pad(s)).Count(x => !x.IsZero), Array.FindIndex(Combination(Pad(s)), x => !x.IsZero));
                Parabolic = Pad(Simplicity(f).CompareTo(Simplicity(e)) < 0 ? f : e);
                sigma = K(e, f).Sign > 0 ? -1 : 1;
                var x = e.Zip(f, (a, b) => a + sigma * b).ToArray();
                Elliptic = Pad(x);
                // The Weyl element exp((π/ω) ad X) of an elliptic X = e + σtf: with t = |2/(μκ)|, [e, f] = κh, it is
                // rational on the half-integer representations too (another t scales them by √t).
                var kappa = Bracket3(e, f).Zip(h).Where(p => !p.Second.IsZero).Select(p => p.First / p.Second).First();
                var t = (new Rational(2, 1) / (mu * kappa)).Abs();
                var xw = e.Zip(f, (a, b) => a + sigma * t * b).ToArray();
                var omega = Math.Sqrt(-K(xw, xw).ToDouble() / 2);
                Weyl = Automorphism(Exponential(Ad(Pad(xw)), Math.PI / omega));
                if (Weyl is not null && !AffineForm.Apply(Weyl, H.Select(AffineForm.Of).ToArray()).Select(a => a.Constant).SequenceEqual(H.Select(v => -v))) Weyl = null;
                MinusOne = Weyl is null ? Automorphism(Exponential(Ad(Pad(xw)), 2 * Math.PI / omega)) : RationalMatrix.Multiply(Weyl, Weyl);
                if (MinusOne is not null && Enumerable.Range(0, N).All(i => Enumerable.Range(0, N).All(j => MinusOne[i, j] == (i == j ? 1 : 0)))) MinusOne = null;
                return true;
            }
            reason = "no element of its Levi factor 𝔰𝔩(2, ℝ) among the basis and their sums and differences has rational eigenvalues";
            return false;
        }

        /// <summary>Working coordinates → coordinates on the table's basis.</summary>
        public Rational[] Combination(Rational[] working) => StructureConstants.Combine(working, Basis);

        /// <summary>exp(tA)·x in floating point.</summary>
        public static double[] Flow(Rational[,] a, double t, double[] x)
        {
            var e = Exponential(a, t);
            return Enumerable.Range(0, x.Length).Select(k => Enumerable.Range(0, x.Length).Sum(j => e[k, j] * x[j])).ToArray();
        }

        // exp(θA) in floating point (scaling and squaring a Taylor series): A is small.
        static double[,] Exponential(Rational[,] a, double theta)
        {
            int n = a.GetLength(0);
            double norm = 0;
            var m = new double[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) { m[i, j] = a[i, j].ToDouble() * theta; norm = Math.Max(norm, Math.Abs(m[i, j])); }
            int squarings = Math.Max(0, (int)Math.Ceiling(Math.Log2(norm * n + 1)) + 4);
            double scale = Math.Pow(2, -squarings);
            var result = new double[n, n];
            var term = new double[n, n];
            for (int i = 0; i < n; i++) { result[i, i] = 1; term[i, i] = 1; }
            for (int k = 1; k <= 30; k++)
            {
                var next = new double[n, n];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                    {
                        double s = 0;
                        for (int q = 0; q < n; q++) s += term[i, q] * m[q, j] * scale;
                        next[i, j] = s / k;
                    }
                term = next;
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) result[i, j] += term[i, j];
            }
            for (int s = 0; s < squarings; s++)
            {
                var sq = new double[n, n];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                    {
                        double sum = 0;
                        for (int q = 0; q < n; q++) sum += result[i, q] * result[q, j];
                        sq[i, j] = sum;
                    }
                result = sq;
            }
            return result;
        }

        // The matrix recognised as rational (small denominators) and confirmed exactly to preserve every bracket.
        Rational[,]? Automorphism(double[,] m)
        {
            var d = new Rational[N, N];
            for (int i = 0; i < N; i++)
                for (int j = 0; j < N; j++)
                {
                    var near = Rational.Near(m[i, j], 64, 1e-7).Take(1).ToList();
                    if (near.Count == 0) return null;
                    d[i, j] = near[0];
                }
            Rational[] Column(int j) => Enumerable.Range(0, N).Select(k => d[k, j]).ToArray();
            for (int i = 0; i < N; i++)
                for (int j = 0; j < N; j++)
                {
                    var image = StructureConstants.Combine(Enumerable.Range(0, N).Select(k => C[i, j, k]).ToList(), Enumerable.Range(0, N).Select(Column).ToList());
                    if (!image.SequenceEqual(StructureConstants.Bracket(C, Column(i), Column(j)))) return null;
                }
            return d;
        }
    }

    /// <summary>One class of the Levi part: its representative (working coordinates, fixed), the generators whose
    /// exponentials may remove radical coordinates, those that may rescale, and the finite elements with the sign λ.</summary>
    internal sealed record Kind(string Name, Rational[] Levi, List<Rational[]> Moves, List<Rational[]> Scalings, List<(Rational[,] Map, int Lambda)> Discrete);
}
