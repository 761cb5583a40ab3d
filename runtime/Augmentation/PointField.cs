using PdeSym.Symbolic;
using static TorchSharp.torch;

namespace PdeSym.Augmentation;

/// <summary>
/// Vector fields on the points (x, t, u) of a trajectory, in physical coordinates: a function from
/// <c>[..., 3]</c> points to <c>[..., 3]</c> components (ξ, τ, φ). Symbolic generators, learned networks and
/// readouts all enter the augmentation through this one shape.
/// </summary>
public static class PointField
{
    static readonly string[] Coordinates = ["x", "t", "u"];

    /// <summary>The field of a symbolic generator; refuses components that read anything but x, t and u.</summary>
    public static Func<Tensor, Tensor> From(Symbolic.Generator generator)
    {
        foreach (var (component, name) in new[] { (generator.Xi, "xi"), (generator.Tau, "tau"), (generator.Phi, "phi") })
        {
            var other = component.Symbols().FirstOrDefault(s => !Coordinates.Contains(s));
            if (other != null)
                throw new UserFacingException($"the generator's {name} = {component.ToPlain()} reads '{other}'; a point transformation may only use x, t and u");
        }
        return points =>
        {
            using var scope = NewDisposeScope();
            var x = points.select(-1, 0);
            var t = points.select(-1, 1);
            var u = points.select(-1, 2);
            Tensor Values(string name) => name switch { "x" => x, "t" => t, _ => u };
            Tensor Component(Expr e) => e.Evaluate(Values).to(points.device).expand_as(x);
            return stack([Component(generator.Xi), Component(generator.Tau), Component(generator.Phi)], -1).MoveToOuterDisposeScope();
        };
    }

    /// <summary>The linear combination Σ c_k V_k (one flow along a mix of generators).</summary>
    public static Func<Tensor, Tensor> Mix(IReadOnlyList<Func<Tensor, Tensor>> fields, IReadOnlyList<double> weights)
    {
        if (fields.Count != weights.Count) throw new ArgumentException($"{fields.Count} fields but {weights.Count} weights");
        if (fields.Count == 0) throw new ArgumentException("a mix needs at least one field", nameof(fields));
        return points =>
        {
            using var scope = NewDisposeScope();
            Tensor sum = fields[0](points) * weights[0];
            for (int k = 1; k < fields.Count; k++) sum = sum + fields[k](points) * weights[k];
            return sum.MoveToOuterDisposeScope();
        };
    }

    /// <summary>
    /// Σ c_k V_k with a weight tensor per field (<c>weights[k]</c> broadcasts against the components, e.g.
    /// <c>[batch, 1, 1, 1]</c> on <c>[batch, nt, nx, 3]</c> points: one mix per window of a batch).
    /// </summary>
    public static Func<Tensor, Tensor> MixPerWindow(IReadOnlyList<Func<Tensor, Tensor>> fields, Tensor weights)
    {
        if (fields.Count == 0) throw new ArgumentException("a mix needs at least one field", nameof(fields));
        if (weights.shape[0] != fields.Count) throw new ArgumentException($"{fields.Count} fields but {weights.shape[0]} weights");
        return points =>
        {
            using var scope = NewDisposeScope();
            Tensor sum = fields[0](points) * weights[0];
            for (int k = 1; k < fields.Count; k++) sum = sum + fields[k](points) * weights[k];
            return sum.MoveToOuterDisposeScope();
        };
    }
}
