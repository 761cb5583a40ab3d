using PdeSym.Spectral;
using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Data;

/// <summary>
/// Makes a <see cref="PdeDataSet"/> for a declared PDE: draws initial conditions from the seed (each split its
/// own reproducible stream), simulates them in batches and keeps the last nt stored times.
/// Burgers goes through the heat equation and Cole–Hopf (exact in time) when its recipe says so.
/// </summary>
public static class DataSetGenerator
{
    /// <param name="pde">A PDE with an evolution form.</param>
    /// <param name="counts">Trajectories per split name (train, valid, test); zero counts are left out.</param>
    /// <param name="settings">Grid, times, seed and integrator.</param>
    /// <param name="progress">Called with the split's name and the fraction of it done.</param>
    public static PdeDataSet Generate(IPde pde, IReadOnlyDictionary<string, int> counts, DataSettings settings, Action<string, double>? progress = null)
    {
        settings.Validate();
        var form = Trajectories.EvolutionOf(pde);
        var recipe = DataRecipe.For(pde);
        var initial = settings.Initial ?? recipe.Initial;
        var grid = new PeriodicGrid(settings.Length ?? pde.Domain.Length, settings.Nx);
        double duration = settings.Duration ?? pde.Domain.Duration;
        var times = RunTimes(duration, settings.Steps);
        var kept = times[^settings.Nt..];
        var integrator = settings.Integrator ?? TimeIntegrators.DefaultFor(form);
        bool coleHopf = recipe.UseColeHopf && settings.Integrator == null && initial is ColeHopfSineSeries;

        var splits = new List<PdeDataSplit>();
        for (int s = 0; s < PdeDataSet.SplitNames.Count; s++)
        {
            string name = PdeDataSet.SplitNames[s];
            if (!counts.TryGetValue(name, out int count) || count <= 0) continue;
            var random = new Random(SplitSeed(settings.Seed, s));
            var values = new double[(long)count * settings.Nt * settings.Nx];
            for (int start = 0; start < count; start += settings.BatchSize)
            {
                using var scope = NewDisposeScope();
                int batch = Math.Min(settings.BatchSize, count - start);
                Tensor u;
                if (coleHopf)
                {
                    var burgers = (ColeHopfSineSeries)initial;
                    u = ColeHopf.SolveBurgers(burgers.SampleHeat(grid, batch, random), grid, burgers.Nu, kept);
                    CheckFinite(u, start, kept);
                }
                else
                {
                    int done = start;
                    u = Trajectories.Simulate(form, initial.Sample(grid, batch, random), grid, times, new SimulationOptions
                    {
                        Integrator = integrator,
                        Dealias = settings.Dealias,
                        FirstTrajectory = start,
                        StoredStep = step => progress?.Invoke(name, (done + batch * (double)step / times.Length) / count),
                    })[.., ^settings.Nt..];
                }
                u.contiguous().data<double>().CopyTo(values, checked(start * settings.Nt * settings.Nx));
                progress?.Invoke(name, (double)(start + batch) / count);
            }
            splits.Add(new PdeDataSplit(name, count, settings.Nt, settings.Nx, values));
        }
        if (splits.Count == 0) throw new UserFacingException("nothing to generate: give --train, --valid or --test a positive count");

        return new PdeDataSet
        {
            Splits = splits,
            Pde = pde.Name,
            Equation = pde.EquationText,
            Constants = pde.Constants,
            Length = grid.Length,
            X = grid.Points(),
            T = kept,
            Dx = grid.Dx,
            Dt = times[1] - times[0],
            Seed = settings.Seed,
            Integrator = coleHopf ? "cole-hopf" : integrator.Name,
        };
    }

    /// <summary>The run's stored times: Steps equally spaced points over [0, duration].</summary>
    public static double[] RunTimes(double duration, int steps) =>
        Enumerable.Range(0, steps).Select(i => duration * i / (steps - 1)).ToArray();

    static int SplitSeed(int seed, int split) => unchecked(seed * 1_000_003 + (split + 1) * 7919);

    static void CheckFinite(Tensor u, int first, double[] times)
    {
        var finite = u.isfinite().all(2); // [batch, nt]
        if (finite.all().item<bool>()) return;
        var bad = (~finite).nonzero()[0];
        int trajectory = (int)bad[0].item<long>(), step = (int)bad[1].item<long>();
        throw new SimulationBlowUpException(first + trajectory, times[step], step > 0 ? times[step - 1] : times[0], " (Cole–Hopf)");
    }
}
