using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

public class RegulariserTests
{
    [Fact]
    public void Orthogonality_is_zero_for_orthogonal_fields_and_pi_over_2_for_a_repeat()
    {
        var ex = tensor(new double[] { 1, 0, 0 }).expand(6, 3);
        var ey = tensor(new double[] { 0, 1, 0 }).expand(6, 3);
        var loss = SequentialOrthogonality.Loss(stack([ex, ey, -ex]));
        Assert.Equal(0, loss[0].item<double>(), 12);
        Assert.Equal(0, loss[1].item<double>(), 12);
        Assert.Equal(Math.PI / 2, loss[2].item<double>(), 2); // clamped just below |cos| = 1
    }

    [Fact]
    public void Orthogonality_gradient_reaches_only_the_later_field()
    {
        var fields = randn(2, 8, 3, dtype: float64, generator: manual_seed(1));
        fields = (fields / FieldNorm.Of(fields)).detach().requires_grad_(true);
        SequentialOrthogonality.Loss(fields).sum().backward();
        Assert.Equal(0, fields.grad![0].abs().sum().item<double>());
        Assert.True(fields.grad[1].abs().sum().item<double>() > 0);
    }

    [Fact]
    public void Field_norm_gives_unit_rms()
    {
        var fields = randn(3, 40, 3, dtype: float64, generator: manual_seed(2)) * 5;
        var unit = fields / FieldNorm.Of(fields);
        var rms = unit.square().sum(-1).mean([1]).sqrt();
        Assert.True(allclose(rms, ones(3, dtype: float64)));
    }

    [Fact]
    public void Lipschitz_penalises_only_slopes_above_the_bound()
    {
        // Linear fields V = s·z have slope s between any two points.
        var a = rand(1, 30, 2, dtype: float64, generator: manual_seed(4));
        var b = a + 0.01 * randn(1, 30, 2, dtype: float64, generator: manual_seed(5));
        double bound = 3;
        var gentle = LipschitzBound.Loss(2 * a, 2 * b, a, b, bound);
        var steep = LipschitzBound.Loss(5 * a, 5 * b, a, b, bound);
        Assert.Equal(0, gentle.item<double>(), 12);
        Assert.Equal(4, steep.item<double>(), 8);
    }
}
