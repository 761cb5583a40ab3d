namespace PdeSym.Spectral;

/// <summary>The registry of time integrators by name, and the default choice for an evolution form.</summary>
public static class TimeIntegrators
{
    static readonly Dictionary<string, Func<ITimeIntegrator>> registry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["etdrk4"] = () => new Etdrk4Solver(),
        ["dopri5"] = () => new DormandPrinceSolver(),
    };

    public static IReadOnlyList<string> Names => registry.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The integrator of that name with its default settings, or an error that lists the known names.</summary>
    public static ITimeIntegrator Get(string name) => registry.TryGetValue(name, out var make)
        ? make()
        : throw new UserFacingException($"unknown time integrator '{name}'; known integrators: {string.Join(", ", Names)}");

    /// <summary>
    /// ETDRK4 when the form has a constant-coefficient linear part to integrate exactly; the adaptive
    /// Dormand–Prince otherwise (e.g. nKdV, whose time-dependent dispersion sits entirely in N).
    /// </summary>
    public static ITimeIntegrator DefaultFor(EvolutionForm form) =>
        form.Linear.Any(c => c != 0) ? new Etdrk4Solver() : new DormandPrinceSolver();
}
