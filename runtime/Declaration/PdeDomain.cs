using PdeSym.Symbolic;

namespace PdeSym;

/// <summary>Periodic x in [0, Length), t in [0, Duration].</summary>
public sealed record PdeDomain(double Length, double Duration)
{
    /// <summary>The domain of a declaration without a [Domain] attribute.</summary>
    public static PdeDomain Default { get; } = new(2 * Math.PI, 1.0);

    /// <summary>
    /// The generator's flow maps the periodic domain to itself: every component takes the same value at x and x + L.
    /// True of ∂x and of heat's e^{−t/10}cos x ∂u, not of x∂u. Decided at random points (t in [0, T], u in [−1, 1]);
    /// points where a component is not finite are passed over.
    /// </summary>
    public bool Preserves(Generator g)
    {
        var random = new Random(31);
        var components = new[] { g.Xi, g.Tau, g.Phi }.Where(c => !c.IsZero).ToList();
        for (int i = 0; i < 16; i++)
        {
            double x = Length * random.NextDouble(), t = Duration * random.NextDouble(), u = 2 * random.NextDouble() - 1;
            foreach (var c in components)
            {
                double here = c.Evaluate(new Dictionary<string, double> { ["x"] = x, ["t"] = t, ["u"] = u });
                double there = c.Evaluate(new Dictionary<string, double> { ["x"] = x + Length, ["t"] = t, ["u"] = u });
                if (double.IsFinite(here) && double.IsFinite(there) && Math.Abs(here - there) > 1e-9 * Math.Max(1, Math.Abs(here))) return false;
            }
        }
        return true;
    }
}
