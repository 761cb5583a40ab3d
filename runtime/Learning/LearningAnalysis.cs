using System.Globalization;
using PdeSym.Symbolic;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Learning;

/// <summary>
/// Reads out a trained learner and judges it: each field's symbolic readout with its fit quality, its sharp score
/// rel on the data and verdict (symmetry iff rel ≤ <see cref="SymmetryThreshold"/>), validity scores of learned,
/// exact and random fields on one fixed evaluation draw, the fields in the exact algebra's basis, the symmetric
/// fields' span as a reduced basis checked against the equation, and how much of each exact generator that span captures.
/// </summary>
public sealed class LearningAnalysis(SymmetryLearner learner)
{
    public const double SymmetryThreshold = 0.1;
    public const double CaptureThreshold = 0.95;
    const int EvaluationCentres = 256;

    readonly CoordinateScales scales = learner.Scales;

    public LearningResult Analyse(double trainingSeconds)
    {
        using var scope = NewDisposeScope();
        var pde = learner.Pde;
        using var jets = new DataJets(learner.Data, maxPoints: 20_000);
        var sharp = new SharpScoreOnData(pde, jets, scales);
        var library = FunctionLibrary.For(pde.Equation(), period: pde.Domain.Length);
        var readout = new SymbolicReadout(library, scales);

        // Readout points: a random subset of the data's points.
        var pick = randperm(jets.Count, generator: new TorchSharp.torch.Generator(7)).narrow(0, 0, Math.Min(4000, jets.Count));
        var points = stack([jets["x"].index_select(0, pick), jets["t"].index_select(0, pick), jets["u"].index_select(0, pick)], -1);
        var learned = learner.FieldsAt(points);

        var algebra = ExactAlgebra(pde);
        var exact = algebra?.Generators ?? [];
        var exactValues = exact.Select(g => Normalised(g, points)).ToList();
        // A linear equation's β∂u (β a polynomial solution, e.g. ∂u, or a Fourier one, e.g. e^{−t/10}cos x ∂u) are
        // symmetries too: a field may lean on them.
        var modes = (algebra?.Family is null ? [] : FourierSolutions.Of(pde.Equation(), pde.Domain.Length, FunctionLibrary.Modes))
            .Concat(FourierSolutions.OfExponentialFamilies(pde.Equation(), pde.Domain.Length, FunctionLibrary.Modes)).Distinct()
            .Where(beta => !exact.Any(g => g.Xi.IsZero && g.Tau.IsZero && g.Phi.Equals(beta))).ToList();   // e^(−u)∂u is in the algebra already
        var familyMembers = (algebra?.FamilyMembers ?? []).Concat(modes.Select(beta => new Generator(Expr.Zero, Expr.Zero, beta))).ToList();
        var members = exact.Concat(familyMembers).ToList();
        var memberValues = exactValues.Concat(familyMembers.Select(g => Normalised(g, points))).ToList();

        // One fixed evaluation draw for all validity scores.
        var stencils = scales.ToNormalised(learner.Sampler.Sample(EvaluationCentres, seed: 424242, step: 0));
        var alpha = rand([1, EvaluationCentres], ScalarType.Float64, generator: new TorchSharp.torch.Generator(99)) * 2 - 1;
        double Score(Func<Tensor, Tensor> field, int fields = 1)
        {
            using var s = NewDisposeScope();
            using var noGrad = no_grad();
            return learner.Flow.Scores(field, stencils, alpha.expand(fields, -1)).mean().item<double>();
        }
        double[] learnedScores;
        using (no_grad())
            learnedScores = learner.Flow.Scores(learner.Network.call, stencils, alpha.expand(learner.Options.Generators, -1))
                .mean([1]).data<double>().ToArray();

        var fields = new List<LearnedField>();
        var symmetric = new List<Tensor>();
        var symmetricReadouts = new List<FieldReadout>();
        for (int k = 0; k < learner.Options.Generators; k++)
        {
            var r = readout.Read(points, learned[k], sharp.Relative);
            double rel = sharp.Relative(r.Generator);
            var values = Normalised(r.Generator, points);
            var (inAlgebra, fit, closest) = InBasis(values, memberValues, members);
            bool isSymmetry = rel <= SymmetryThreshold;
            if (isSymmetry)
            {
                symmetric.Add(values);
                symmetricReadouts.Add(r);
            }
            string verdict = isSymmetry ? "symmetry"
                : closest is null ? "not a symmetry" : $"not a symmetry (closest exact generator: {closest})";
            fields.Add(new LearnedField(k + 1, r.Generator.Xi.ToPlain(), r.Generator.Tau.ToPlain(), r.Generator.Phi.ToPlain(),
                r.Generator.ToUnicode(), r.FitQuality, rel, learnedScores[k], Score(FieldOf(r.Generator)), isSymmetry, inAlgebra, fit, verdict));
        }

        var learnedAlgebra = new LearnedAlgebra(library, scales, points);
        var equation = pde.Equation();
        var spanned = learnedAlgebra.Reduce(symmetricReadouts, sharp, equation);
        var elements = learnedAlgebra.Complete(spanned, sharp, equation);
        var basis = elements.Select(e => new BasisGenerator(e.Generator.ToUnicode(), e.Generator.Xi.ToPlain(), e.Generator.Tau.ToPlain(), e.Generator.Phi.ToPlain(),
            e.Rel, e.Verified, e.Check?.Summary ?? "not checked: a coefficient is not a simple fraction", e.Bracket, pde.Domain.Preserves(e.Generator))).ToList();
        var commutators = CommutatorTable.Compute(elements.Select(e => e.Generator).ToList());
        string W(int k) => $"W{k + 1}";
        var algebraValues = elements.Select(e => Normalised(e.Generator, points)).ToList();

        var exactResults = exact.Select((g, i) => new ExactGeneratorResult(g.ToUnicode(), g.Xi.ToPlain(), g.Tau.ToPlain(), g.Phi.ToPlain(),
            pde.Domain.Preserves(g), Score(FieldOf(g)), Capture(exactValues[i], symmetric))).ToList();

        // Random fields of the same architecture, initialised as usual (not close to constant vectors as training starts).
        using var random = SymmetryLearner.NewNetwork(pde, learner.Data, scales, learner.Options with { InitialVariation = 1 }, learner.Options.Seed + 1000);
        double[] randomScores;
        using (no_grad())
            randomScores = learner.Flow.Scores(random.call, stencils, alpha.expand(learner.Options.Generators, -1)).mean([1]).data<double>().ToArray();

        // Recovery: the fraction of the periodic exact generators that a span captures.
        var periodic = Enumerable.Range(0, exactResults.Count).Where(i => exactResults[i].RespectsPeriod).ToList();
        double Recovered(Func<int, double> capture) => periodic.Count == 0 ? 0 : periodic.Count(i => capture(i) >= CaptureThreshold) / (double)periodic.Count;
        var claimed = fields.Where(f => f.IsSymmetry).ToList();
        return new LearningResult
        {
            Pde = pde.Name,
            Equation = pde.Pretty,
            Length = scales.Length,
            Duration = scales.Duration,
            TimeOrigin = scales.TimeOrigin,
            ScaleU = scales.ScaleU,
            Floor = learner.Validity.Floor,
            Fields = fields,
            Exact = exactResults,
            LearnedAlgebra = basis,
            LearnedCommutators = Enumerable.Range(0, basis.Count).Select(i => Enumerable.Range(0, basis.Count).Select(j => commutators.Entry(i, j, W)).ToList()).ToList(),
            LearnedAlgebraClosed = commutators.Closed,
            LearnedAlgebraStructure = LieAlgebraStructure.Of(commutators)?.Describe(W),
            LearnedAlgebraFromFields = spanned.Count,
            AlgebraNotes = AlgebraNotes(pde, algebra, modes),
            RandomFieldScores = randomScores,
            Recovery = Recovered(i => exactResults[i].Capture),
            AlgebraRecovery = Recovered(i => Capture(exactValues[i], algebraValues)),
            Precision = claimed.Count == 0 ? 1 : claimed.Count(f => f.AlgebraFit >= CaptureThreshold) / (double)claimed.Count,
            Steps = learner.Step,
            SkippedSteps = learner.SkippedSteps.ToList(),
            TrainingSeconds = trainingSeconds,
            Options = learner.Options,
        };
    }

    /// <summary>The exact Lie point symmetries (degree-2 ansatz), or null when the symbolic core cannot compute them.</summary>
    public static SymmetryAlgebra? ExactAlgebra(IPde pde, int degree = 2)
    {
        try { return SymmetryAlgebra.Compute(pde.Equation(), degree); }
        catch (SymmetryAnalysisException) { return null; }
    }

    /// <summary>
    /// What the exact list leaves out, so that recovery is read right: the ansatz, a linear equation's solution family,
    /// and generators beyond the ansatz (a degree-3 ansatz finding more, e.g. heat's projective generator, or the
    /// unbounded algebra of a first-order equation such as advection).
    /// </summary>
    static List<string> AlgebraNotes(IPde pde, SymmetryAlgebra? algebra, IReadOnlyList<Expr> modes)
    {
        if (algebra is null) return ["the symbolic core cannot compute the exact algebra of this equation; fields are judged by rel alone"];
        var notes = new List<string> { $"exact generators: those inside the ansatz ({algebra.Ansatz})" };
        if (algebra.Family is { } family) notes.Add("also " + family.ToUnicode() + " (fields are placed in the algebra with its polynomial members" +
            (modes is [var mode, ..] ? $" and its lowest Fourier solutions such as {mode.ToUnicode()}" : "") + ")");
        if (ExactAlgebra(pde, algebra.Degree + 1) is { } larger && larger.Generators.Count > algebra.Generators.Count)
            notes.Add($"the algebra reaches beyond this ansatz: degree {larger.Degree} gives {larger.Generators.Count} generators, not {algebra.Generators.Count}; " +
                      "recovery counts only the listed ones");
        notes.AddRange(algebra.Notes);
        return notes;
    }

    /// <summary>A symbolic field as a network-like function on normalised points (<c>[..., 3]</c> to <c>[n, ..., 3]</c>).</summary>
    public Func<Tensor, Tensor> FieldOf(Generator g) => z =>
    {
        var v = Normalised(g, scales.ToPhysical(z));
        return v.dim() == 2 ? v.unsqueeze(0) : v;
    };

    Tensor Normalised(Generator g, Tensor physicalPoints) => scales.FieldToNormalised(stack(
        [SymbolicReadout.Evaluate(g.Xi, physicalPoints), SymbolicReadout.Evaluate(g.Tau, physicalPoints), SymbolicReadout.Evaluate(g.Phi, physicalPoints)], -1));

    /// <summary>Cosine between v and its orthogonal projection on the span of the basis fields.</summary>
    /// <remarks>The span comes from an SVD with rank truncation: learned fields are often linearly dependent (three
    /// in the ∂x/∂t plane), and a least-squares solve that assumes full rank then returned captures of 30.</remarks>
    internal static double Capture(Tensor v, IReadOnlyList<Tensor> basis)
    {
        if (basis.Count == 0) return 0;
        using var scope = NewDisposeScope();
        var a = stack(basis.Select(b => b.reshape(-1)).ToArray(), 1);
        var (u, singular, _) = linalg.svd(a, fullMatrices: false);
        var span = u.index_select(1, nonzero(singular > singular.max() * 1e-9).flatten());
        var target = v.reshape(-1, 1);
        var projection = matmul(span, matmul(span.T, target));
        return (projection.norm() / target.norm().clamp(min: 1e-300)).item<double>();
    }

    static (string Text, double Fit, string? Closest) InBasis(Tensor v, IReadOnlyList<Tensor> basis, IReadOnlyList<Generator> names)
    {
        if (basis.Count == 0) return ("(no exact algebra)", 0, null);
        using var scope = NewDisposeScope();
        var columns = basis.Select(b => b.reshape(-1)).ToList();
        var norms = columns.Select(c => c.square().mean().sqrt().item<double>()).ToArray();
        var a = stack(columns.Select((c, i) => c / norms[i]).ToArray(), 1);
        var target = v.reshape(-1, 1);
        double targetRms = target.square().mean().sqrt().item<double>();
        var coefficients = linalg.lstsq(a, target).Solution.reshape(-1).data<double>().ToArray().Select(c => c / targetRms).ToArray();
        double fit = Capture(v, basis);
        var text = string.Join(" ", coefficients.Select((c, i) => (c, i)).Where(p => Math.Abs(p.c) >= 0.01)
            .Select(p => $"{(p.c < 0 ? "−" : "+")} {Math.Abs(p.c).ToString("0.00", CultureInfo.InvariantCulture)}·[{names[p.i].ToUnicode()}]"));
        int best = Enumerable.Range(0, coefficients.Length).MaxBy(i => Math.Abs(coefficients[i]));
        return (text.TrimStart('+', ' '), fit, names[best].ToUnicode());
    }
}
