namespace PdeSym.Symbolic;

public sealed partial class OptimalSystem
{
    /// <summary>
    /// One simple ideal of the Levi subalgebra, three working coordinates from Offset: for 𝔰𝔩(2, ℝ) an h with rational
    /// eigenvalues ±μ, its eigenvectors e and f ([e, f] = κh), the representatives of its classes of lines — h, the
    /// parabolic e or f, the elliptic e + σf — and its finite elements (the Weyl element, −1); 𝔰𝔬(3) is compact, one class.
    /// </summary>
    internal sealed class SimpleFactor
    {
        public int Offset { get; private init; }
        public bool Compact { get; private init; }
        public Rational[]? H, E, F, Parabolic, Elliptic;     // working coordinates (whole vectors)
        public Rational Mu, Kappa;
        public int Sigma;
        public Rational[,]? Weyl, MinusOne;

        public IEnumerable<string> Classes => Compact ? ["elliptic"] : ["hyperbolic", "parabolic", "elliptic"];

        public Rational[]? Representative(string kind) => kind switch
        {
            "hyperbolic" => H,
            "parabolic" => Parabolic,
            "elliptic" => Elliptic,
            _ => null,
        };

        public List<Rational[]> Units(int n) => Enumerable.Range(Offset, 3).Select(i => StructureConstants.Unit(n, i)).ToList();

        /// <summary>The two simple ideals of a semisimple Levi subalgebra of dimension 6 (on the table's basis), or null:
        /// the ideal one element generates is 3-dimensional when it lies in one of them (for the wave equation ∂x + ∂t,
        /// a light-cone translation), and the other is its centraliser.</summary>
        public static List<Rational[]>? Ideals(Rational[,,] c, List<Rational[]> levi)
        {
            int n = c.GetLength(0);
            var candidates = levi.Concat(from i in Enumerable.Range(0, 6) from j in Enumerable.Range(i + 1, 5 - i) from sign in new[] { 1, -1 }
                                         select levi[i].Zip(levi[j], (a, b) => a + sign * b).ToArray());
            foreach (var y in candidates)
            {
                var ideal = StructureConstants.Basis(n, [y]);
                for (int round = 0; round < 6; round++)
                {
                    var grown = StructureConstants.Basis(n, ideal.Concat(ideal.SelectMany(v => levi.Select(l => StructureConstants.Bracket(c, l, v)))));
                    if (grown.Count == ideal.Count) break;
                    ideal = grown;
                }
                if (ideal.Count != 3) continue;
                // The centraliser in the Levi subalgebra: Σ_b y_b levi[b] with [·, ideal] = 0.
                var system = new RationalEchelon(6);
                foreach (var v in ideal)
                {
                    var images = levi.Select(l => StructureConstants.Bracket(c, l, v)).ToList();
                    for (int k = 0; k < n; k++) system.Add(Enumerable.Range(0, 6).ToDictionary(b => b, b => images[b][k]));
                }
                var centraliser = system.Nullspace().Select(s => StructureConstants.Combine(Enumerable.Range(0, 6).Select(b => s.GetValueOrDefault(b, Rational.Zero)).ToList(), levi)).ToList();
                if (centraliser.Count != 3) continue;
                return [.. ideal, .. StructureConstants.Basis(n, centraliser)];
            }
            return null;
        }

        /// <summary>The factor on working coordinates Offset … Offset + 2, or null with the reason.</summary>
        public static SimpleFactor? Split(Frame frame, int offset, out string? reason)
        {
            reason = null;
            int n = frame.N;
            var constants = new Rational[3, 3, 3];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    for (int k = 0; k < 3; k++) constants[i, j, k] = frame.C[offset + i, offset + j, offset + k];
            var structure = LieAlgebraStructure.Of(constants);
            if (structure.KillingDefinite()) return new SimpleFactor { Offset = offset, Compact = true, Elliptic = StructureConstants.Unit(n, offset) };
            var killing = structure.Killing();
            Rational K(Rational[] x, Rational[] y)
            {
                Rational sum = 0;
                for (int a = 0; a < 3; a++)
                    for (int b = 0; b < 3; b++) sum += x[a] * killing[a, b] * y[b];
                return sum;
            }
            Rational[] Pad(Rational[] s) => [.. Enumerable.Repeat(Rational.Zero, offset), .. s, .. Enumerable.Repeat(Rational.Zero, n - 3 - offset)];
            Rational[] Bracket3(Rational[] x, Rational[] y) => StructureConstants.Bracket(frame.C, Pad(x), Pad(y)).Skip(offset).Take(3).ToArray();
            var units = Enumerable.Range(0, 3).Select(i => StructureConstants.Unit(3, i)).ToList();
            var candidates = units.Concat(from i in Enumerable.Range(0, 3) from j in Enumerable.Range(i + 1, 2 - i) from sign in new[] { 1, -1 }
                                         select units[i].Zip(units[j], (a, b) => a + sign * b).ToArray());
            foreach (var h in candidates)
            {
                if (K(h, h).Sign <= 0 || !(K(h, h) / 2).TryRoot(2, out var mu)) continue;
                var ad = frame.Ad(Pad(h));
                Rational[] Eigen(Rational lambda)
                {
                    var system = new RationalEchelon(3);
                    for (int k = 0; k < 3; k++)
                        system.Add(Enumerable.Range(0, 3).ToDictionary(j => j, j => ad[offset + k, offset + j] - (j == k ? lambda : Rational.Zero)));
                    var v = system.Nullspace().Single();
                    var vector = Enumerable.Range(0, 3).Select(k => v.GetValueOrDefault(k, Rational.Zero)).ToArray();
                    // Scaled so that its first coefficient on the table's basis is 1.
                    var lead = frame.Combination(Pad(vector)).First(x => !x.IsZero);
                    return vector.Select(x => x / lead).ToArray();
                }
                var e = Eigen(mu);
                var f = Eigen(-mu);
                var kappa = Bracket3(e, f).Zip(h).Where(p => !p.Second.IsZero).Select(p => p.First / p.Second).First();
                // The parabolic line: e or f (the Weyl element swaps them), the one with fewer terms on the table's basis.
                (int, int) Simplicity(Rational[] s) => (frame.Combination(Pad(s)).Count(x => !x.IsZero), Array.FindIndex(frame.Combination(Pad(s)), x => !x.IsZero));
                int sigma = K(e, f).Sign > 0 ? -1 : 1;
                var factor = new SimpleFactor
                {
                    Offset = offset, H = Pad(h), E = Pad(e), F = Pad(f), Mu = mu, Kappa = kappa, Sigma = sigma,
                    Parabolic = Pad(Simplicity(f).CompareTo(Simplicity(e)) < 0 ? f : e),
                    Elliptic = Pad(e.Zip(f, (a, b) => a + sigma * b).ToArray()),
                };
                // The Weyl element exp((π/ω) ad X) of an elliptic X = e + σtf: with t = |2/(μκ)| it is rational on the
                // half-integer representations too (another t scales them by √t).
                var t = (new Rational(2, 1) / (mu * kappa)).Abs();
                var xw = e.Zip(f, (a, b) => a + sigma * t * b).ToArray();
                var omega = Math.Sqrt(-K(xw, xw).ToDouble() / 2);
                var weyl = frame.Automorphism(Frame.Exponential(frame.Ad(Pad(xw)), Math.PI / omega));
                if (weyl is not null && !AffineForm.Apply(weyl, factor.H.Select(AffineForm.Of).ToArray()).Select(a => a.Constant).SequenceEqual(factor.H.Select(v => -v))) weyl = null;
                var minusOne = weyl is null ? frame.Automorphism(Frame.Exponential(frame.Ad(Pad(xw)), 2 * Math.PI / omega)) : RationalMatrix.Multiply(weyl, weyl);
                if (minusOne is not null && Enumerable.Range(0, n).All(i => Enumerable.Range(0, n).All(j => minusOne[i, j] == (i == j ? 1 : 0)))) minusOne = null;
                (factor.Weyl, factor.MinusOne) = (weyl, minusOne);
                return factor;
            }
            reason = "no element of its Levi factor 𝔰𝔩(2, ℝ) among the basis and their sums and differences has rational eigenvalues";
            return null;
        }

        /// <summary>
        /// This factor's part X = αh + βe + γf of an element (working coordinates w, the element x being moved along)
        /// carried by exp(te), exp(tf), exp(th) (and the Weyl element between e and f) onto a multiple m of its class's
        /// representative: the class's name ("0" for no part) and m. With exp(t ad e)X = (α + tκγ)h + (β − tμα −
        /// t²κμγ/2)e + γf and the mirror for f, the parabolic and hyperbolic cases remove f's (or e's) coefficient by a
        /// root of that quadratic, real when the Killing form is ≥ 0, then the other's linearly; the elliptic case
        /// removes h's, then scales e and f to the representative's ratio. Null name where a compact part would need it.
        /// </summary>
        public (string? Name, double Multiple) Onto(Frame frame, Rational[] w, ref double[] x)
        {
            var levi = w.Skip(Offset).Take(3).ToArray();
            if (levi.All(v => v.IsZero)) return ("0", 0);
            if (Compact || E is null || F is null || H is null) return (null, 0);
            // α, β, γ on (h, e, f).
            var columns = new Rational[3, 3];
            for (int k = 0; k < 3; k++) { columns[k, 0] = H[Offset + k]; columns[k, 1] = E[Offset + k]; columns[k, 2] = F[Offset + k]; }
            var inverse = RationalMatrix.Inverse(columns)!;
            var abc = Enumerable.Range(0, 3).Select(r => Enumerable.Range(0, 3).Aggregate(Rational.Zero, (acc, k) => acc + inverse[r, k] * levi[k])).ToArray();
            var (alpha, beta, gamma) = (abc[0], abc[1], abc[2]);
            // Killing form ∝ μ²α² + 2κμβγ (the discriminant of the quadratic below).
            var killing = Mu * Mu * alpha * alpha + 2 * Kappa * Mu * beta * gamma;
            double m = Mu.ToDouble(), k2 = Kappa.ToDouble();
            var y = x;
            var adE = frame.Ad(E);
            var adF = frame.Ad(F);
            void Move(Rational[,] ad, double t) => y = Frame.Flow(ad, t, y);
            double[] Coefficients()
            {
                var l = y.Skip(Offset).Take(3).ToArray();
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
            if (killing.Sign >= 0)
            {
                bool toE = Parabolic!.SequenceEqual(E);
                if (toE)
                {
                    // γ + tμα − t²κμβ/2 = 0 by exp(t ad f), then β by exp(t ad e) where α ≠ 0.
                    if (!gamma.IsZero && !(alpha.IsZero && beta.IsZero)) Move(adF, Root(gamma, Mu * alpha, -Kappa * Mu * beta / 2));
                    var c = Coefficients();
                    if (killing.Sign > 0) Move(adE, c[1] / (m * c[0]));
                }
                else
                {
                    if (!beta.IsZero && !(alpha.IsZero && gamma.IsZero)) Move(adE, Root(beta, -Mu * alpha, -Kappa * Mu * gamma / 2));
                    var c = Coefficients();
                    if (killing.Sign > 0) Move(adF, -c[2] / (m * c[0]));
                }
                name = killing.Sign > 0 ? "hyperbolic" : "parabolic";
                // A parabolic part may have landed on the other of e and f: the Weyl element swaps them.
                var now = Coefficients();
                if (killing.Sign == 0 && Math.Abs(toE ? now[1] : now[2]) < 1e-9 * now.Max(Math.Abs))
                {
                    if (Weyl is null) return (null, 0);
                    y = Apply(Weyl, y);
                }
            }
            else
            {
                // α by exp(t ad e) (slope κγ, γ ≠ 0 when elliptic), then (β′e^(tμ)) : (γe^(−tμ)) = 1 : σ by exp(t ad h).
                Move(adE, -alpha.ToDouble() / (k2 * gamma.ToDouble()));
                var c = Coefficients();
                Move(frame.Ad(H), Math.Log(c[2] / (Sigma * c[1])) / (2 * m));
                name = "elliptic";
            }
            // The part is now a multiple of the representative, up to rounding.
            var target = Representative(name)!;
            int lead = Array.FindIndex(target, z => !z.IsZero);
            double multiple = y[lead] / target[lead].ToDouble(), size = Math.Max(1e-300, y.Skip(Offset).Take(3).Max(Math.Abs));
            if (Enumerable.Range(Offset, 3).Any(i => Math.Abs(y[i] - multiple * target[i].ToDouble()) > 1e-8 * size)) return (null, 0);
            x = y;
            return (name, multiple);
        }
    }
}
