using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>The table of pdesym commands; each command lives in its own file beside this one.</summary>
internal static class Commands
{
    static readonly Dictionary<string, Type> byPath = [];

    /// <summary>Each command path as typed ("learn", "image learn", aliases such as "analyze") and its command class, as registered.</summary>
    public static IReadOnlyDictionary<string, Type> ByPath => byPath;

    public static void Register(IConfigurator config)
    {
        Add<BenchCommand>(config, "bench").WithDescription("Time ETDRK4 against the adaptive Dormand-Prince solver, each against a fine-step reference.");
        Add<ListCommand>(config, "list").WithDescription("List the declared PDEs: equation, domain, order, evolution form.");
        Add<ShowCommand>(config, "show").WithDescription("Show what the generator derived from one PDE: equation, jet, constants, evolution form u_t = L u + N.");
        Add<SymmetriesCommand>(config, "symmetries").WithDescription("Exact Lie point symmetries of a PDE from its determining equations.");
        Add<ConservationCommand>(config, "conservation").WithDescription("Conservation laws by the multiplier method: each multiplier Λ and conserved density T (--density checks one, --data measures their drift).");
        Add<AnalyseCommand>(config, "analyse", "analyze").WithDescription("The exact core's whole account of one equation as Markdown: symmetries, commutators, adjoint action, reductions and their solutions, conservation laws, generalised symmetries.");
        Add<ReduceCommand>(config, "reduce").WithDescription("Reduce a PDE by a symmetry to an ODE: the invariant, the invariant solutions u = U(x, t, f(z)), the ODE for f, and its solutions or integrals (every generator of the exact algebra, or of a learned one with --from, when none is given).");
        Add<GeneralizedCommand>(config, "generalized", "generalised").WithDescription("Generalised (Lie–Bäcklund) symmetries beyond the point symmetries: characteristics Q(x, t, u, u_x, …) with D_t Q = F_*[[Q]] — the higher flows of an integrable hierarchy, or their absence.");
        Add<CheckCommand>(config, "check").WithDescription("Check whether ξ∂x + τ∂t + φ∂u is a symmetry of a PDE (exit code 0 if it is).");
        Add<BenchLearnCommand>(config, "bench-learn").IsHidden();
        Add<LearnCommand>(config, "learn").WithDescription("Learn the symmetries of a PDE from data: generator network, symbolic readout, sharp score, report.");
        Add<AugmentCommand>(config, "augment").WithDescription("Train an FNO with no, exact or learned symmetry augmentation and compare them on the test split.");
        Add<GenerateCommand>(config, "generate").WithDescription("Simulate trajectories of a PDE and write them as HDF5 (LPSDA layout).");
        config.AddBranch("image", image =>
        {
            image.SetDescription("learn the symmetries of an image data set with respect to a classifier");
            Add<ImageTrainCommand>(image, "image", "train").WithDescription("train the image classifier (its outputs are the validity model)");
            Add<ImageLearnCommand>(image, "image", "learn").WithDescription("learn, read out and report the symmetries of the image data");
        });
    }

    static ICommandConfigurator Add<TCommand>(IConfigurator config, string name, string? alias = null) where TCommand : class, ICommand
    {
        byPath[name] = typeof(TCommand);
        if (alias is null) return config.AddCommand<TCommand>(name);
        byPath[alias] = typeof(TCommand);
        return config.AddCommand<TCommand>(name).WithAlias(alias);
    }

    static ICommandConfigurator Add<TCommand>(IConfigurator<CommandSettings> branch, string prefix, string name) where TCommand : class, ICommandLimiter<CommandSettings>
    {
        byPath[$"{prefix} {name}"] = typeof(TCommand);
        return branch.AddCommand<TCommand>(name);
    }
}
