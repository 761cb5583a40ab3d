using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// The weighted inner product of fields sampled at the pixel centres, ⟨U, V⟩ = Σ_p w_p U(p)·V(p), with the
/// weights of <see cref="PlaneWeights"/> (summing to 1).
/// </summary>
public static class PlaneInnerProduct
{
    /// <summary>Norms of fields <c>[n, P, 2]</c> under weights <c>[P]</c>, shaped <c>[n, 1, 1]</c>.</summary>
    public static Tensor Norms(Tensor fields, Tensor weights) =>
        (fields.square().sum(-1) * weights).sum(1).sqrt().clamp(min: 1e-8).reshape(-1, 1, 1);

    /// <summary>⟨V, V⟩ of one field sampled at the pixel centres <c>[P, 2]</c>.</summary>
    public static double SquaredNorm(double[,] field, double[] weights)
    {
        double s = 0;
        for (int p = 0; p < weights.Length; p++) s += weights[p] * (field[p, 0] * field[p, 0] + field[p, 1] * field[p, 1]);
        return s;
    }

    /// <summary>
    /// Fields rescaled pointwise by √(w_p·P), so that the plain mean over points used by the generic learning
    /// regularisers becomes this weighted inner product.
    /// </summary>
    public static Tensor AsUnweighted(Tensor fields, Tensor weights) =>
        fields * (weights * weights.shape[0]).sqrt().reshape(1, -1, 1);

    /// <summary>
    /// The polynomial fields as one unit-normalised field set for flows: points <c>[n, P, 2]</c> (field k at
    /// row k) to values of the same shape.
    /// </summary>
    public static Func<Tensor, Tensor> UnitFieldSet(IReadOnlyList<PolynomialPlaneField> fields, Tensor grid, Tensor weights)
    {
        var norms = fields.Select(f =>
        {
            using var scope = NewDisposeScope();
            return (double)Norms(f.Evaluate(grid).unsqueeze(0), weights).item<float>();
        }).ToArray();
        return points => stack(fields.Select((f, k) => f.Evaluate(points[k]) / norms[k]), 0);
    }
}
