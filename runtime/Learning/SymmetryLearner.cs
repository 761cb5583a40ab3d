using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace PdeSym.Learning;

/// <summary>
/// Learns n generators of symmetries of a PDE from its solutions. A step: draw stencils of data → evaluate the
/// generator network → flow each stencil by each unit-normalised field → local jets → validity score; loss =
/// validity + sequential orthogonality + Lipschitz bound (+ Sobolev smoothness late in the run); one Adam step.
/// Every step's randomness derives from (seed, step), so a run resumed from a checkpoint continues exactly as an
/// uninterrupted one.
/// </summary>
public sealed class SymmetryLearner : IDisposable
{
    readonly LearningOptions options;
    readonly StencilSampler sampler;
    readonly FlowValidity flow;
    readonly TorchSharp.Modules.Adam optimizer;
    readonly (long[] A, long[] B) neighbours;

    public IPde Pde { get; }
    public TrajectorySet Data { get; }
    public CoordinateScales Scales { get; }
    public Module<Tensor, Tensor> Network { get; }
    public ValidityScore Validity => flow.Score;
    public FlowValidity Flow => flow;
    public StencilSampler Sampler => sampler;
    public LearningOptions Options => options;
    /// <summary>Steps completed so far (including skipped ones).</summary>
    public long Step { get; private set; }
    public List<long> SkippedSteps { get; } = [];

    public SymmetryLearner(IPde pde, TrajectorySet data, LearningOptions options)
    {
        Pde = pde;
        Data = data;
        this.options = options;
        torch.set_num_threads(options.Threads);
        Scales = CoordinateScales.For(data);
        var jetTargets = pde.Jet.Variables.Union([new JetVariable(0, 1)]).ToList();
        int halfX = options.StencilHalfX > 0 ? options.StencilHalfX : Math.Max(3, jetTargets.Max(v => v.X));
        var stencil = new Stencil(halfX, options.StencilHalfT);
        if (data.Steps < stencil.Height)
            throw new UserFacingException($"the data have {data.Steps} time steps, fewer than the {stencil.Height} a stencil needs; use longer trajectories");
        // Every time level of the stencil serves the t-degree of the fit: moved stencils mix x and t.
        var jets = new JetEstimator(jetTargets, stencil, data.SpacingX, data.TimeStep, extraDegree: 2, extraDegreeT: stencil.Height - 1 - jetTargets.Max(v => v.T));
        sampler = new StencilSampler(data, stencil);

        // Residual scale and floor from the untransformed data (a fixed draw, independent of the run's seed).
        using (NewDisposeScope())
        {
            var sample = sampler.Sample(512, seed: 0, step: -1).reshape(512, stencil.Size, 3);
            double scale = ValidityScore.EstimateResidualScale(jets, sample);
            var identity = new ValidityScore(pde, jets, Scales, scale, 1e-300);
            double floor = options.Floor > 0 ? options.Floor
                : options.Differential ? 1e-3
                : identity.RelativeResiduals(Scales.ToNormalised(sample)).median().item<double>();
            flow = new FlowValidity(new ValidityScore(pde, jets, Scales, scale, floor), options.Sigma, options.FlowSteps, options.Differential);
        }

        var pairs = stencil.NeighbourPairs();
        neighbours = (pairs.Select(p => (long)p.A).ToArray(), pairs.Select(p => (long)p.B).ToArray());

        Network = NewNetwork(pde, data, Scales, options, options.Seed);
        optimizer = optim.Adam(Network.parameters(), options.LearningRate);
    }

    /// <summary>A network of <see cref="LearningOptions.Generators"/> fields as the options ask (structured or free), with
    /// its own initial weights from the seed.</summary>
    public static Module<Tensor, Tensor> NewNetwork(IPde pde, TrajectorySet data, CoordinateScales scales, LearningOptions options, long seed)
    {
        var reads = options.StructuredFields ? PointStructure.For(PdeSym.Symbolic.PdeEquation.Equation(pde)) : null;
        if (reads is null || reads.All(r => r.Length == 3))
            return new VectorFieldNetwork([true, false, false], 3, options.Generators, options.Width, options.HeadWidth,
                initialVariation: options.InitialVariation, seed: seed, inputs: NetworkInputs(data, scales));
        return new StructuredFieldNetwork([true, false, false], reads, options.Generators, options.Width, options.HeadWidth,
            initialVariation: options.InitialVariation, seed: seed, inputs: NetworkInputs(data, scales));
    }

    /// <summary>
    /// How the trunk sees (x̂, t̂, û): t̂ ∈ [0, 1] centred to [−1, 1], û centred on the data's mean (its unit is already σ_u).
    /// Why: with t̂ offset and narrower than û, every trunk feature varies mostly with u, so a field linear in t and
    /// free of u — the KdV boost's ξ — needs a finely cancelling combination of features; measured on KdV (seed 1,
    /// defaults) the fourth field stayed at ∂u (rel 1.71) without the centring and became (0.961t − 69.9)∂x + ∂u
    /// (rel 0.066, a symmetry) with it.
    /// </summary>
    static (double Centre, double HalfRange)[] NetworkInputs(TrajectorySet data, CoordinateScales scales) =>
        [(0, 1), (0.5, 0.5), (data.U.mean().item<double>() / scales.ScaleU, 1)];

    /// <summary>Learning rate at a step: cosine from the initial rate down to the final fraction.</summary>
    public double LearningRateAt(long step)
    {
        double progress = Math.Min(1.0, step / (double)Math.Max(1, options.TotalSteps));
        double low = options.FinalLearningRateFraction;
        return options.LearningRate * (low + (1 - low) * 0.5 * (1 + Math.Cos(Math.PI * progress)));
    }

    /// <summary>The validity floor at a step: from <see cref="LearningOptions.InitialFloor"/> down to the final floor
    /// (geometric), then constant.</summary>
    public double FloorAt(long step)
    {
        double final = flow.Score.Floor;
        if (options.InitialFloor <= final || options.FloorAnnealing <= 0) return final;
        double progress = Math.Min(1.0, step / (options.FloorAnnealing * Math.Max(1, options.TotalSteps)));
        return options.InitialFloor * Math.Pow(final / options.InitialFloor, progress);
    }

    /// <summary>One training step; a non-finite loss or gradient skips the update and is recorded, never applied.</summary>
    public LossTerms TrainStep()
    {
        using var scope = NewDisposeScope();
        long step = Step++;
        foreach (var group in optimizer.ParamGroups) group.LearningRate = LearningRateAt(step);
        optimizer.zero_grad();
        var (total, validityEach, ortho, lipschitz, sobolev) = Losses(step, withSobolev: step >= options.SobolevStart * options.TotalSteps);
        bool finite = double.IsFinite(total.item<double>());
        if (finite)
        {
            total.backward();
            finite = Network.parameters().All(p => p.grad is null || isfinite(p.grad).all().item<bool>());
        }
        if (finite) optimizer.step();
        else
        {
            optimizer.zero_grad();
            SkippedSteps.Add(step);
        }
        var perField = validityEach.detach().data<double>().ToArray();
        return new LossTerms(step, total.item<double>(), perField.Average(), ortho.mean().item<double>(),
            lipschitz.mean().item<double>(), sobolev.mean().item<double>(), perField, !finite);
    }

    /// <summary>The loss terms of a step (per field), without updating anything.</summary>
    public (Tensor Total, Tensor Validity, Tensor Orthogonality, Tensor Lipschitz, Tensor Sobolev) Losses(long step, bool withSobolev)
    {
        using var scope = NewDisposeScope();
        int centres = options.Centres, n = options.Generators, size = sampler.Stencil.Size;
        var points = Scales.ToNormalised(sampler.Sample(centres, options.Seed, step));
        var generator = new Generator((ulong)StepSeed.Of(options.Seed, step, 2));
        var alphaUnit = rand([n, centres], ScalarType.Float64, generator: generator) * 2 - 1;

        var v0 = Network.call(points);
        var validity = flow.Scores(Network.call, points, alphaUnit, v0, FloorAt(step)).mean([1]);

        var unit = v0 / FieldNorm.Of(v0);
        var ortho = SequentialOrthogonality.Loss(unit);
        var grid = unit.reshape(n, centres, size, 3);
        var at = points.reshape(centres, size, 3);
        var ia = tensor(neighbours.A);
        var ib = tensor(neighbours.B);
        var fa = grid.index_select(2, ia).reshape(n, -1, 3);
        var fb = grid.index_select(2, ib).reshape(n, -1, 3);
        var pa = at.index_select(1, ia).reshape(-1, 3);
        var pb = at.index_select(1, ib).reshape(-1, 3);
        var lipschitz = LipschitzBound.Loss(fa, fb, pa, pb, options.LipschitzBound);
        var sobolev = SobolevSmoothness.Loss(fa, fb, pa, pb);

        var total = validity.mean() + options.OrthogonalityWeight * ortho.mean() + options.LipschitzWeight * lipschitz.mean();
        if (withSobolev) total = total + options.SobolevWeight * sobolev.mean();
        return (total.MoveToOuterDisposeScope(), validity.MoveToOuterDisposeScope(), ortho.MoveToOuterDisposeScope(),
            lipschitz.MoveToOuterDisposeScope(), sobolev.MoveToOuterDisposeScope());
    }

    /// <summary>The learned fields in physical units (ξ, τ, φ) at physical points <c>[P, 3]</c>: <c>[n, P, 3]</c>.
    /// Each field is scaled to unit norm in normalised coordinates over the given points.</summary>
    public Tensor FieldsAt(Tensor physicalPoints)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var v = Network.call(Scales.ToNormalised(physicalPoints));
        return Scales.FieldToPhysical(v / FieldNorm.Of(v)).MoveToOuterDisposeScope();
    }

    public void SaveCheckpoint(string directory)
    {
        Directory.CreateDirectory(directory);
        Network.save(Path.Combine(directory, "network.bin"));
        optimizer.save_state_dict(Path.Combine(directory, "optimizer.bin"));
        File.WriteAllText(Path.Combine(directory, "step.txt"),
            string.Join('\n', [Step.ToString(System.Globalization.CultureInfo.InvariantCulture), .. SkippedSteps.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
    }

    public void LoadCheckpoint(string directory)
    {
        Network.load(Path.Combine(directory, "network.bin"));
        optimizer.load_state_dict(Path.Combine(directory, "optimizer.bin"));
        var lines = File.ReadAllLines(Path.Combine(directory, "step.txt"));
        Step = long.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture);
        SkippedSteps.Clear();
        SkippedSteps.AddRange(lines.Skip(1).Where(l => l.Length > 0).Select(l => long.Parse(l, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public void Dispose()
    {
        Network.Dispose();
        optimizer.Dispose();
    }
}
