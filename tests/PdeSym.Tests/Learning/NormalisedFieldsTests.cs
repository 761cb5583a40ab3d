using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>The fields as the validity sees them: unit norm each, or Gram–Schmidt orthonormal over the batch.</summary>
public class NormalisedFieldsTests
{
    // Three linear fields on the plane-with-u: V_k(z) = A_k z + b_k, so values at any points are known exactly.
    static readonly Tensor A = randn(3, 3, 3, dtype: float64, generator: manual_seed(4));
    static readonly Tensor B = randn(3, 1, 3, dtype: float64, generator: manual_seed(5));
    static Tensor Network(Tensor z) => z.dim() == 2
        ? einsum("kij,pj->kpi", A, z) + B
        : einsum("kij,kpj->kpi", A, z) + B;

    static Tensor EveryFieldAtEverySet(Tensor z) => einsum("jab,kpb->jkpa", A, z) + B.unsqueeze(1);

    static NormalisedFields Fields(Tensor v, bool orthonormal) => new(Network, EveryFieldAtEverySet, v, orthonormal);

    static Tensor Points(int seed) => randn(50, 3, dtype: float64, generator: manual_seed(seed));

    static Tensor Gram(Tensor e) => einsum("ipd,jpd->ij", e, e) / e.shape[1];

    [Fact]
    public void Orthonormal_fields_have_identity_gram_matrix_and_the_same_span()
    {
        var points = Points(1);
        var v = Network(points);
        var fields = Fields(v, orthonormal: true);
        var e = fields.Apply(v);
        Assert.True(allclose(Gram(e), eye(3, dtype: float64), atol: 1e-12));
        // Lower-triangular M: field k is a combination of the first k network fields only (the span is kept in order).
        Assert.Equal(0, fields.Coefficients.triu(1).abs().sum().item<double>());
        // e_1 is V_1 scaled; e_2 is V_2 minus its projection on V_1, scaled.
        var v1 = v[0] / FieldNorm.Of(v[0].unsqueeze(0)).flatten();
        Assert.True(allclose(e[0], v1, atol: 1e-12));
        var c = (v[1] * v1).sum() / 50;
        var u2 = v[1] - c * v1;
        Assert.True(allclose(e[1], u2 / (u2.square().sum() / 50).sqrt(), atol: 1e-12));
    }

    [Fact]
    public void Fields_at_per_field_points_match_each_fields_own_evaluation()
    {
        var reference = Points(1);
        var fields = Fields(Network(reference), orthonormal: true);
        var own = stack([Points(2), Points(3), Points(4)]);
        var at = fields.At(own);
        for (int k = 0; k < 3; k++)
            Assert.True(allclose(at[k], fields.Apply(Network(own[k]))[k], atol: 1e-12), $"field {k}");
    }

    [Fact]
    public void Plain_mode_scales_each_field_to_unit_norm()
    {
        var points = Points(1);
        var v = Network(points);
        var fields = Fields(v, orthonormal: false);
        Assert.True(allclose(fields.Apply(v), v / FieldNorm.Of(v), atol: 1e-12));
        var own = stack([Points(2), Points(3), Points(4)]);
        Assert.True(allclose(fields.At(own), Network(own) / FieldNorm.Of(v), atol: 1e-12));
    }

    [Fact]
    public void A_later_field_gives_no_gradient_to_earlier_ones()
    {
        var v = Network(Points(1)).detach().requires_grad_(true);
        var fields = Fields(v, orthonormal: true);
        fields.Apply(v)[2].square().sum().backward();
        Assert.Equal(0, v.grad![0].abs().sum().item<double>());
        Assert.Equal(0, v.grad[1].abs().sum().item<double>());
    }

    [Fact]
    public void The_network_evaluates_every_field_at_every_set_with_gradient_only_on_its_own()
    {
        using var network = new VectorFieldNetwork([true, false, false], 3, 3, width: 8, headWidth: 4, seed: 7);
        var sets = stack([Points(2), Points(3), Points(4)]);
        var all = network.EveryFieldAtEverySet(sets);
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 3; k++)
                Assert.True(allclose(all[j, k], network.call(sets[k])[j], atol: 1e-12), $"field {j} at set {k}");
        // A loss on field 0 at set 1 (an earlier field inside a later field's flow) moves nothing.
        all[0, 1].sum().backward();
        Assert.All(network.parameters(), p => Assert.True(p.grad is null || p.grad.abs().sum().item<double>() == 0));
    }
}
