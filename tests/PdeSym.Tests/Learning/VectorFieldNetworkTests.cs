using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

public class VectorFieldNetworkTests
{
    static VectorFieldNetwork Network()
    {
        return new VectorFieldNetwork([true, false, false], outputs: 3, fields: 4, width: 16, headWidth: 8, seed: 11);
    }

    [Fact]
    public void Fields_are_exactly_periodic_in_flagged_coordinates_only()
    {
        var net = Network();
        var points = rand(50, 3, dtype: float64);
        var shiftX = tensor(new double[] { 1, 0, 0 });
        var shiftT = tensor(new double[] { 1, 0, 0 }).roll(1);
        var v = net.call(points);
        Assert.Equal([4L, 50, 3], v.shape);
        Assert.True(allclose(v, net.call(points + shiftX), rtol: 0, atol: 1e-12));
        Assert.False(allclose(v, net.call(points + shiftT), rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Input_ranges_centre_and_scale_the_non_periodic_coordinates_only()
    {
        // Same seed, same weights: the ranged network at z is the plain one at ((x), (t − 0.5)/0.5, (u + 2)/1).
        var ranged = new VectorFieldNetwork([true, false, false], outputs: 3, fields: 4, width: 16, headWidth: 8, seed: 11,
            inputs: [(0.25, 0.1), (0.5, 0.5), (-2, 1)]);
        var points = rand(30, 3, dtype: float64);
        var mapped = stack([points.select(1, 0), (points.select(1, 1) - 0.5) / 0.5, points.select(1, 2) + 2], 1);
        Assert.True(allclose(ranged.call(points), Network().call(mapped), rtol: 0, atol: 1e-12));
        Assert.Throws<ArgumentException>(() => new VectorFieldNetwork([true, false], 2, 1, inputs: [(0, 1), (0, 0)]));
    }

    [Fact]
    public void Per_field_points_agree_with_shared_points()
    {
        var net = Network();
        var points = rand(20, 3, dtype: float64);
        var shared = net.call(points);
        var perField = net.call(points.unsqueeze(0).expand(4, -1, -1));
        Assert.True(allclose(shared, perField, rtol: 0, atol: 1e-14));
        // Field k at its own points is head k applied there: moving field 0's points leaves field 1 unchanged.
        var moved = points.unsqueeze(0).expand(4, -1, -1).clone();
        moved[0] += 0.3;
        var out2 = net.call(moved);
        Assert.True(allclose(out2[1], shared[1]));
        Assert.False(allclose(out2[0], shared[0]));
    }

    [Fact]
    public void Heads_differ_and_all_parameters_get_gradients()
    {
        var net = Network();
        var v = net.call(rand(10, 3, dtype: float64));
        Assert.False(allclose(v[0], v[1]));
        v.square().sum().backward();
        foreach (var p in net.parameters()) Assert.True(p.grad is not null && p.grad.abs().sum().item<double>() > 0);
    }
}
