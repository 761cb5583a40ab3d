using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// Derivatives of u at the centre of a (transformed) stencil, from a weighted least-squares polynomial fit of u
/// over the stencil's points. Input: stencils <c>[G, S, 3]</c> of physical (x, t, u); output: the jet at each
/// stencil's centre point, <c>[G]</c> per variable, holding exactly the requested derivatives (and x, t).
/// The polynomial basis is derived from those requirements: monomials dx^i dt^j of total degree up to one above
/// the highest requested order, with at most one t-degree above the highest requested t-order. Weights fall off
/// with the untransformed grid offset (a Gaussian in stencil units), so they carry no gradient.
/// Differentiable in the points.
/// </summary>
public sealed class JetEstimator
{
    readonly (int I, int J)[] basis;
    readonly double[] weights;
    readonly double scaleX, scaleT;

    public Stencil Stencil { get; }
    public IReadOnlyList<JetVariable> Targets { get; }

    /// <param name="targets">The derivatives to estimate (u itself may be among them).</param>
    /// <param name="stencil">The neighbourhood the fits use.</param>
    /// <param name="spacingX">Grid step in x (physical).</param>
    /// <param name="spacingT">Grid step in t (physical).</param>
    /// <param name="extraDegree">Polynomial degree above the highest requested order (1 by default).</param>
    /// <param name="extraDegreeT">t-degree above the highest requested t-order (1 by default).</param>
    public JetEstimator(IReadOnlyList<JetVariable> targets, Stencil stencil, double spacingX, double spacingT,
        int extraDegree = 1, int extraDegreeT = 1)
    {
        Targets = targets;
        Stencil = stencil;
        int maxOrder = targets.Count == 0 ? 0 : targets.Max(v => v.Order);
        int maxT = targets.Count == 0 ? 0 : targets.Max(v => v.T);
        int degree = maxOrder + extraDegree, degreeT = Math.Min(maxT + extraDegreeT, degree);
        basis = [.. from j in Enumerable.Range(0, degreeT + 1) from i in Enumerable.Range(0, degree - j + 1) select (i, j)];
        if (basis.Length > stencil.Size || degree - 0 >= stencil.Width || degreeT >= stencil.Height)
            throw new ArgumentException(
                $"a {stencil.Width}×{stencil.Height} stencil cannot fit the degree-{degree} polynomial that derivatives up to order {maxOrder} need; widen the stencil");
        scaleX = Math.Max(stencil.HalfX, 1) * spacingX;
        scaleT = Math.Max(stencil.HalfT, 1) * spacingT;
        weights = [.. stencil.Offsets.Select(o =>
            Math.Exp(-0.5 * (Math.Pow(o.X / (stencil.HalfX + 1.0), 2) + Math.Pow(o.T / (stencil.HalfT + 1.0), 2))))];
    }

    /// <summary>Number of polynomial coefficients per fit.</summary>
    public int BasisSize => basis.Length;

    /// <param name="points">Stencils <c>[G, S, 3]</c> of physical (x, t, u), in <see cref="Stencil"/> order.</param>
    public JetTensors Estimate(Tensor points)
    {
        using var scope = NewDisposeScope();
        var centre = points.select(1, Stencil.Centre);
        var dx = (points.select(-1, 0) - centre.select(-1, 0).unsqueeze(1)) / scaleX;
        var dt = (points.select(-1, 1) - centre.select(-1, 1).unsqueeze(1)) / scaleT;
        var u = points.select(-1, 2);
        var sqrtW = tensor(weights, dtype: points.dtype).sqrt();
        var design = stack(basis.Select(b => Monomial(dx, b.I) * Monomial(dt, b.J)).ToArray(), -1) * sqrtW.unsqueeze(-1);
        var target = (u * sqrtW).unsqueeze(-1);
        var gram = matmul(design.transpose(1, 2), design);
        var ridge = eye(basis.Length, dtype: points.dtype) * 1e-12;
        var coefficients = linalg.solve(gram + ridge, matmul(design.transpose(1, 2), target)).squeeze(-1);

        var derivatives = new Dictionary<JetVariable, Tensor>();
        foreach (var v in Targets)
        {
            int k = Array.IndexOf(basis, (v.X, v.T));
            double factor = Factorial(v.X) * Factorial(v.T) / (Math.Pow(scaleX, v.X) * Math.Pow(scaleT, v.T));
            derivatives[v] = (coefficients.select(-1, k) * factor).MoveToOuterDisposeScope();
        }
        return new JetTensors(centre.select(-1, 0).MoveToOuterDisposeScope(), centre.select(-1, 1).MoveToOuterDisposeScope(), derivatives);
    }

    static Tensor Monomial(Tensor d, int power) => power == 0 ? ones_like(d) : d.pow(power);

    static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
