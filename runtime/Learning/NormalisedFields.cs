using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// The network's fields as the validity score sees them: e = M·V, with M fixed by the fields' values at a batch of
/// reference points. Plain mode: M is diagonal, each field scaled to unit norm over the batch. Orthonormal mode:
/// Gram–Schmidt in the batch inner product, so field k is scored only by its part orthogonal to the fields before
/// it. Why: a unit-norm field lowers log|Δ| without bound by leaning towards a symmetry found earlier (log sin θ →
/// −∞), which holds later fields at a mixture instead of letting them find a new generator; scoring the orthogonal
/// part removes that pull, and the span of the fields is unchanged. Row k of M receives gradient only through
/// field k (earlier fields enter detached, as in <see cref="SequentialOrthogonality"/>).
/// </summary>
public sealed class NormalisedFields
{
    readonly Func<Tensor, Tensor> network;
    readonly Func<Tensor, Tensor> everyFieldAtEverySet;
    readonly bool orthonormal;

    /// <summary>The lower-triangular (or diagonal) matrix M, <c>[n, n]</c>.</summary>
    public Tensor Coefficients { get; }

    /// <param name="network">Fields at points <c>[P, d]</c> → <c>[n, P, d]</c> (or at <c>[n, P, d]</c>, field k at its own points).</param>
    /// <param name="everyFieldAtEverySet">Points <c>[n, P, d]</c> → <c>[n, n, P, d]</c>, field j at point set k, gradient only for j = k
    /// (<see cref="VectorFieldNetwork.EveryFieldAtEverySet"/>).</param>
    /// <param name="atReference">The fields at the reference points, <c>[n, P, d]</c>.</param>
    /// <param name="orthonormal">Gram–Schmidt rather than unit norms.</param>
    public NormalisedFields(Func<Tensor, Tensor> network, Func<Tensor, Tensor> everyFieldAtEverySet, Tensor atReference, bool orthonormal)
    {
        this.network = network;
        this.everyFieldAtEverySet = everyFieldAtEverySet;
        this.orthonormal = orthonormal;
        Coefficients = orthonormal ? GramSchmidt(atReference) : diag(1 / FieldNorm.Of(atReference).flatten());
    }

    /// <summary>e = M·V for values V <c>[n, P, d]</c> already computed at the same points for every field.</summary>
    public Tensor Apply(Tensor values) =>
        Coefficients.diagonal().reshape(-1, 1, 1) * values + einsum("kj,jpd->kpd", Earlier, values.detach());

    /// <summary>The strictly lower part of M: the earlier fields, which enter field k without gradient.</summary>
    Tensor Earlier => Coefficients.tril(-1);

    /// <summary>The normalised fields at points: <c>[P, d]</c> (all fields at the same points) or <c>[n, P, d]</c>
    /// (field k at its own points, as a flow needs; orthonormal mode then evaluates every field at every point set,
    /// the earlier ones without gradient).</summary>
    public static NormalisedFields Of(VectorFieldNetwork network, Tensor points, bool orthonormal) =>
        new(network.call, network.EveryFieldAtEverySet, network.call(points), orthonormal);

    public Tensor At(Tensor points)
    {
        if (points.dim() == 2) return Apply(network(points));
        if (!orthonormal) return network(points) * Coefficients.diagonal().reshape(-1, 1, 1);
        return einsum("kj,jkpd->kpd", Coefficients, everyFieldAtEverySet(points));
    }

    /// <summary>M with e = M·V orthonormal in the mean pointwise inner product (modified Gram–Schmidt).</summary>
    static Tensor GramSchmidt(Tensor values)
    {
        using var scope = NewDisposeScope();
        long n = values.shape[0], points = values.shape[1];
        var rows = new List<Tensor>();
        var basis = new List<(Tensor Value, Tensor Row)>();
        for (int k = 0; k < n; k++)
        {
            var u = values[k];
            var row = eye(n, dtype: values.dtype)[k];
            foreach (var (e, r) in basis)
            {
                var c = (u * e).sum() / points;
                u = u - c * e;
                row = row - c * r;
            }
            var norm = ((u * u).sum() / points).sqrt().clamp(min: 1e-8);
            row = row / norm;
            rows.Add(row);
            basis.Add(((u / norm).detach(), row.detach()));
        }
        return stack(rows).MoveToOuterDisposeScope();
    }
}
