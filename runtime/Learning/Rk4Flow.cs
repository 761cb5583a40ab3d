using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// The flow of a vector field for a parameter α: integrates dz/ds = V(z) from s = 0 to s = α with classical
/// fourth-order Runge–Kutta in fixed steps. Differentiable in the field's parameters, the start and α.
/// </summary>
public static class Rk4Flow
{
    /// <param name="field">V, returning a tensor shaped like its argument.</param>
    /// <param name="start">The points z(0).</param>
    /// <param name="alpha">The flow parameter; broadcasts against the points (e.g. <c>[n, 1, 1]</c> for one α per field).</param>
    /// <param name="steps">Number of RK4 steps.</param>
    public static Tensor Integrate(Func<Tensor, Tensor> field, Tensor start, Tensor alpha, int steps)
    {
        if (steps < 1) throw new ArgumentOutOfRangeException(nameof(steps), "a flow needs at least one step");
        using var scope = NewDisposeScope();
        var h = alpha / steps;
        var z = start;
        for (int i = 0; i < steps; i++)
        {
            var k1 = field(z);
            var k2 = field(z + h * k1 * 0.5);
            var k3 = field(z + h * k2 * 0.5);
            var k4 = field(z + h * k3);
            z = z + h / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return z.MoveToOuterDisposeScope();
    }
}
