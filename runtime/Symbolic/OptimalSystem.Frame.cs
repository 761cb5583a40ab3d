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
        public List<SimpleFactor> Factors { get; } = [];      // the Levi subalgebra's simple ideals, in working coordinates

        /// <summary>
        /// An element whose Levi part is not 0, carried factor by factor onto its class's representative
        /// (<see cref="SimpleFactor.Onto"/>) and scaled so that its first nonzero factor's part is that factor's
        /// representative: the class's name and the element (a second factor's part is then a multiple c of its own).
        /// </summary>
        public (string? Name, double[]? Element) OntoLeviRepresentative(Rational[] w)
        {
            if (Factors.Count == 0 || w.Take(Levi).All(x => x.IsZero)) return (null, null);
            var x = w.Select(r => r.ToDouble()).ToArray();
            var names = new List<string>();
            var multiples = new List<double>();
            foreach (var factor in Factors)
            {
                var (name, multiple) = factor.Onto(this, w, ref x);
                if (name is null) return (null, null);
                names.Add(name);
                multiples.Add(multiple);
            }
            int first = multiples.FindIndex(m => m != 0);
            double scale = 1 / multiples[first];
            x = x.Select(z => z * scale).ToArray();
            // The first factor's part exactly its representative (it is, up to rounding, checked in Onto).
            var rep = Factors[first].Representative(names[first])!;
            for (int i = Factors[first].Offset; i < Factors[first].Offset + 3; i++) x[i] = rep[i].ToDouble();
            return (Factors.Count == 1 ? names[0] : string.Join("|", names), x);
        }

        public IEnumerable<Kind> Kinds()
        {
            var zero = new Rational[N];
            Array.Fill(zero, Rational.Zero);
            var all = Enumerable.Range(0, N).Select(i => StructureConstants.Unit(N, i)).ToList();
            var radical = all.Skip(Levi).ToList();
            // λ = −1, and the group the factors' finite elements generate with either sign: those fixing the Levi part are kept.
            var generators = Factors.SelectMany(f => new[] { f.Weyl, f.MinusOne }).OfType<Rational[,]>().ToList();
            var finite = new List<Rational[,]> { RationalMatrix.Identity(N) };
            for (int i = 0; i < finite.Count; i++)     // closed under multiplying by the generators (a group of at most 16)
                foreach (var product in generators.Select(d => RationalMatrix.Multiply(d, finite[i])))
                    if (!finite.Any(h => Same(h, product))) finite.Add(product);
            var discrete = finite.SelectMany(d => new[] { (d, -1), (d, 1) }).Where(p => p.Item2 == -1 || !Same(p.d, finite[0])).ToList();
            yield return new Kind("0", zero, all, all, discrete);
            // Each factor's part 0 or one of its classes; with two nonzero parts the second is c times its representative.
            var choices = Factors.Select(f => (IEnumerable<string>)["0", .. f.Classes]).Aggregate(
                (IEnumerable<List<string>>)[[]], (acc, classes) => acc.SelectMany(prefix => classes.Select(k => (List<string>)[.. prefix, k])));
            // One nonzero part before two, for reading.
            foreach (var choice in choices.OrderBy(c => c.Count(k => k != "0")))
            {
                var parts = Enumerable.Range(0, Factors.Count).Where(i => choice[i] != "0").ToList();
                if (parts.Count == 0) continue;
                var moves = new List<Rational[]>(radical);
                var scalings = new List<Rational[]>(radical);
                for (int i = 0; i < Factors.Count; i++)
                {
                    var f = Factors[i];
                    var stabiliser = choice[i] == "0" ? f.Units(N) : [f.Representative(choice[i])!];
                    moves.AddRange(stabiliser);
                    scalings.AddRange(stabiliser);
                    if (choice[i] == "parabolic") scalings.Add(f.H!);
                }
                var levi = Factors[parts[0]].Representative(choice[parts[0]])!;
                var scaled = parts.Count > 1 ? Factors[parts[1]].Representative(choice[parts[1]]) : null;
                yield return new Kind(Factors.Count == 1 ? choice[0] : string.Join("|", choice), levi, moves, scalings, discrete, scaled);
            }
        }

        static bool Same(Rational[,] a, Rational[,] b) =>
            Enumerable.Range(0, a.GetLength(0)).All(i => Enumerable.Range(0, a.GetLength(1)).All(j => a[i, j] == b[i, j]));

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
            // A Levi factor of dimension 6 split into its two simple ideals (𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ): the wave equation's).
            if (levi.Count == 6 && SimpleFactor.Ideals(c, levi) is { } ideals) levi = ideals;
            else if (levi.Count is not (0 or 3))
            {
                reason = $"its Levi factor has dimension {levi.Count}; one-dimensional subalgebras are classified here when it is 0 or a sum of one or two simple algebras of dimension 3 (𝔰𝔩(2, ℝ), 𝔰𝔬(3))";
                return null;
            }
            // The radical along its derived series, deepest layer first, each new vector's depth its layer.
            var series = StructureConstants.DerivedSeries(c, structure.Radical)!;
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
            for (int offset = 0; offset < levi.Count; offset += 3)
            {
                if (SimpleFactor.Split(frame, offset, out reason) is not { } factor) return null;
                frame.Factors.Add(factor);
            }
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
                bool Distinct(Rational[,] m) => new UnivariatePolynomial(RationalMatrix.CharacteristicPolynomial(m)).RationalRoots().Count == layer.Count;
                var scaling = generators.FirstOrDefault(x => layer.All(v => Eigen(x, v)) && Action(c, x, layer, deeper) is { } m && Distinct(m));
                if (layer.Count > 1 && scaling is null &&
                    generators.Select(x => (x, m: Action(c, x, layer, deeper))).FirstOrDefault(p => p.m is not null && Distinct(p.m)) is ({ } generator, { } action))
                    layer = new UnivariatePolynomial(RationalMatrix.CharacteristicPolynomial(action)).RationalRoots().Select(lambda =>
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

        /// <summary>Working coordinates → coordinates on the table's basis.</summary>
        public Rational[] Combination(Rational[] working) => StructureConstants.Combine(working, Basis);

        /// <summary>exp(tA)·x in floating point.</summary>
        public static double[] Flow(Rational[,] a, double t, double[] x)
        {
            var e = Exponential(a, t);
            return Enumerable.Range(0, x.Length).Select(k => Enumerable.Range(0, x.Length).Sum(j => e[k, j] * x[j])).ToArray();
        }

        // exp(θA) in floating point (scaling and squaring a Taylor series): A is small.
        internal static double[,] Exponential(Rational[,] a, double theta)
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
        internal Rational[,]? Automorphism(double[,] m)
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
    /// <param name="Name">"0", "hyperbolic", "parabolic", "elliptic"; with two simple factors both, "hyperbolic|0", ….</param>
    /// <param name="Levi">The Levi part the element starts with (working coordinates).</param>
    /// <param name="Moves">Generators whose exponentials may remove radical coordinates (they keep the Levi part).</param>
    /// <param name="Scalings">Generators whose exponentials may rescale, with λ.</param>
    /// <param name="Discrete">Finite group elements with the sign λ.</param>
    /// <param name="Scaled">With two nonzero factor parts, the second's representative: the element starts as
    /// Levi + c·Scaled with c ≠ 0 unknown.</param>
    internal sealed record Kind(string Name, Rational[] Levi, List<Rational[]> Moves, List<Rational[]> Scalings, List<(Rational[,] Map, int Lambda)> Discrete,
        Rational[]? Scaled = null);
}
