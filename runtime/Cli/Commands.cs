using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>The table of pdesym commands; each command lives in its own file beside this one.</summary>
internal static class Commands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<BenchCommand>("bench").WithDescription("Time ETDRK4 against the adaptive Dormand-Prince solver, each against a fine-step reference.");
        config.AddCommand<GenerateCommand>("generate").WithDescription("Simulate trajectories of a PDE and write them as HDF5 (LPSDA layout).");
    }
}
