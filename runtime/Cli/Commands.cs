using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>The table of pdesym commands; each command lives in its own file beside this one.</summary>
internal static class Commands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<BenchCommand>("bench").WithDescription("Time ETDRK4 against the adaptive Dormand-Prince solver, each against a fine-step reference.");
        config.AddCommand<ListCommand>("list").WithDescription("List the declared PDEs: equation, domain, order, evolution form.");
        config.AddCommand<ShowCommand>("show").WithDescription("Show what the generator derived from one PDE: equation, jet, constants, evolution form u_t = L u + N.");
        config.AddCommand<SymmetriesCommand>("symmetries").WithDescription("Exact Lie point symmetries of a PDE from its determining equations.");
        config.AddCommand<ConservationCommand>("conservation").WithDescription("Conservation laws by the multiplier method: each multiplier Λ and conserved density T (--density checks one, --data measures their drift).");
        config.AddCommand<AnalyseCommand>("analyse").WithAlias("analyze").WithDescription("The exact core's whole account of one equation as Markdown: symmetries, commutators, adjoint action, reductions and their solutions, conservation laws, generalised symmetries.");
        config.AddCommand<ReduceCommand>("reduce").WithDescription("Reduce a PDE by a symmetry to an ODE: the invariant, the invariant solutions u = U(x, t, f(z)), the ODE for f, and its solutions or integrals (every generator of the exact algebra, or of a learned one with --from, when none is given).");
        config.AddCommand<GeneralizedCommand>("generalized").WithAlias("generalised").WithDescription("Generalised (Lie–Bäcklund) symmetries beyond the point symmetries: characteristics Q(x, t, u, u_x, …) with D_t Q = F_*[[Q]] — the higher flows of an integrable hierarchy, or their absence.");
        config.AddCommand<CheckCommand>("check").WithDescription("Check whether ξ∂x + τ∂t + φ∂u is a symmetry of a PDE (exit code 0 if it is).");
        config.AddCommand<BenchLearnCommand>("bench-learn").IsHidden();
        config.AddCommand<LearnCommand>("learn").WithDescription("Learn the symmetries of a PDE from data: generator network, symbolic readout, sharp score, report.");
        config.AddCommand<AugmentCommand>("augment").WithDescription("Train an FNO with no, exact or learned symmetry augmentation and compare them on the test split.");
        config.AddCommand<GenerateCommand>("generate").WithDescription("Simulate trajectories of a PDE and write them as HDF5 (LPSDA layout).");
        config.AddBranch("image", image =>
        {
            image.SetDescription("learn the symmetries of an image data set with respect to a classifier");
            image.AddCommand<ImageTrainCommand>("train").WithDescription("train the image classifier (its outputs are the validity model)");
            image.AddCommand<ImageLearnCommand>("learn").WithDescription("learn, read out and report the symmetries of the image data");
        });
    }
}
