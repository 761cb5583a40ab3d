using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

public class StructuredFieldNetworkTests
{
    // ξ(x, t), τ(t), φ(x, t, u), x periodic.
    static StructuredFieldNetwork Network() =>
        new([true, false, false], [[0, 1], [1], [0, 1, 2]], fields: 3, width: 16, headWidth: 8, seed: 5);

    [Fact]
    public void Each_component_depends_on_its_own_coordinates_only()
    {
        var net = Network();
        var points = rand(40, 3, dtype: float64).requires_grad_(true);
        var v = net.call(points);
        Assert.Equal([3L, 40, 3], v.shape);
        bool[][] reads = [[true, true, false], [false, true, false], [true, true, true]];
        for (int c = 0; c < 3; c++)
        {
            var grad = autograd.grad([v.select(2, c).sum()], [points], retain_graph: true)[0];
            for (int i = 0; i < 3; i++)
            {
                double size = grad.select(1, i).abs().max().item<double>();
                if (reads[c][i]) Assert.True(size > 1e-6, $"component {c} should read coordinate {i}");
                else Assert.Equal(0, size);
            }
        }
    }

    [Fact]
    public void Fields_are_periodic_in_x_and_per_field_points_agree_with_shared_points()
    {
        var net = Network();
        var points = rand(25, 3, dtype: float64);
        var v = net.call(points);
        Assert.True(allclose(v, net.call(points + tensor(new double[] { 1, 0, 0 })), rtol: 0, atol: 1e-12));
        Assert.True(allclose(v, net.call(points.unsqueeze(0).expand(3, -1, -1)), rtol: 0, atol: 1e-14));
        Assert.False(allclose(v[0], v[1]));
    }

    [Fact]
    public void A_component_that_reads_nothing_is_refused() =>
        Assert.Throws<ArgumentException>(() => new StructuredFieldNetwork([true, false, false], [[0, 1], [], [0, 1, 2]], fields: 2));
}
