using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>One learned field: its samples on the pixel grid, readout, validity and verdict.</summary>
/// <param name="Index">1-based number of the field.</param>
/// <param name="OnGrid">The unit-normalised field at the pixel centres, [H·W, 2].</param>
/// <param name="Validity">Mean 1 − cos of features over held-out images and the evaluation flow parameters.</param>
/// <param name="RelativeValidity">Validity over the baseline (median validity of random smooth fields).</param>
/// <param name="IsSymmetry">The verdict: relative validity at most the study's threshold.</param>
/// <param name="Readout">The field as a polynomial and in named motions.</param>
public sealed record LearnedImageField(int Index, double[,] OnGrid, double Validity, double RelativeValidity, bool IsSymmetry, FieldReadout Readout);

/// <summary>A reference motion scored the same way as the learned fields.</summary>
public sealed record ReferenceValidity(string Motion, double Validity, double RelativeValidity);

/// <summary>Everything a study of an image data set found, ready for the report.</summary>
public sealed record ImageSymmetryResult(
    string Data,
    IReadOnlyList<string> ClassNames,
    int Height,
    int Width,
    ImageLearningOptions Options,
    WeightingChoice Weighting,
    double[] Weights,
    double VerdictThreshold,
    double Baseline,
    IReadOnlyList<LearnedImageField> Fields,
    IReadOnlyList<ReferenceValidity> NamedMotions,
    IReadOnlyList<PlaneMotion>? AppliedMotions,
    SymmetryRecovery? Recovery,
    ImageAlgebra Algebra,
    IReadOnlyList<double> EvaluationAlphas,
    double LearnSeconds,
    int HeldOutImages,
    TransformedImages Transformed);

/// <summary>
/// One held-out image moved along each learned field for a row of flow parameters:
/// <c>Pixels[field][column]</c> is an H·W image.
/// </summary>
public sealed record TransformedImages(IReadOnlyList<double> Alphas, float[][][] Pixels);

/// <summary>
/// The image adapter's pipeline after the classifier: plane weights → learn n fields → score them on held-out
/// images against a baseline of random smooth fields → verdicts → readout → recovery against the data
/// generator's motions (when known).
/// </summary>
public static class ImageSymmetryStudy
{
    /// <summary>Random fields whose median validity is the baseline "generic motion".</summary>
    public const int BaselineFields = 8;

    /// <summary>Held-out images used to score fields.</summary>
    public const int ScoringImages = 256;

    public static ImageSymmetryResult Run(ImageClassifier classifier, ImageDataSet train, ImageDataSet heldOut,
        ImageLearningOptions options, WeightingChoice weighting, double verdictThreshold, Action<int, double, double[]>? progress = null)
    {
        int height = train.Height, width = train.Width;
        var (trainImages, trainLabels) = train.ToTensors();
        using var trainHandle = trainImages;
        trainLabels.Dispose();
        var scoring = heldOut.Subset(Enumerable.Range(0, Math.Min(ScoringImages, heldOut.Count)).ToArray());
        var (scoringImages, scoringLabels) = scoring.ToTensors();
        using var scoringHandle = scoringImages;
        scoringLabels.Dispose();

        var weights = weighting switch
        {
            WeightingChoice.Uniform => PlaneWeights.Uniform(height, width),
            WeightingChoice.ImageChange => PlaneWeights.ImageChange(trainImages.narrow(0, 0, Math.Min(1024, train.Count))),
            _ => PlaneWeights.Sensitivity(classifier, trainImages.narrow(0, 0, Math.Min(64, train.Count)), centres: 64, seed: options.Seed),
        };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var learner = new ImageSymmetryLearner(classifier, weights, height, width, options);
        var learned = learner.Learn(trainImages, progress);
        double learnSeconds = clock.Elapsed.TotalSeconds;

        double[] alphas = [-options.AlphaMax, -options.AlphaMax / 2, options.AlphaMax / 2, options.AlphaMax];
        using var grid = ImagePlane.Coordinates(height, width).reshape(-1, 2);
        using var w = tensor(weights, dtype: ScalarType.Float32);
        double[] learnedValidity;
        using (var scope = NewDisposeScope())
            learnedValidity = ImageValidity.Score(classifier, scoringImages, learned.UnitFieldSet(), options.Generators, alphas, options.FlowSteps, options.Representation);

        var random = new Random(options.Seed + 7919);
        var references = PlaneMotion.Affine.Select(PolynomialPlaneField.From)
            .Concat(Enumerable.Range(0, BaselineFields).Select(_ => PolynomialPlaneField.Random(3, random))).ToArray();
        double[] referenceValidity;
        using (var scope = NewDisposeScope())
            referenceValidity = ImageValidity.Score(classifier, scoringImages, PlaneInnerProduct.UnitFieldSet(references, grid, w),
                references.Length, alphas, options.FlowSteps, options.Representation);
        var baselineScores = referenceValidity.Skip(PlaneMotion.Affine.Count).Order().ToArray();
        double baseline = (baselineScores[(BaselineFields - 1) / 2] + baselineScores[BaselineFields / 2]) / 2;

        var fields = Enumerable.Range(0, options.Generators).Select(k =>
        {
            var sampled = new double[height * width, 2];
            for (int p = 0; p < height * width; p++) { sampled[p, 0] = learned.OnGrid[k, p, 0]; sampled[p, 1] = learned.OnGrid[k, p, 1]; }
            double relative = learnedValidity[k] / baseline;
            return new LearnedImageField(k + 1, sampled, learnedValidity[k], relative, relative <= verdictThreshold,
                FieldReadout.Read(sampled, weights, height, width));
        }).ToArray();
        var named = PlaneMotion.Affine.Select((m, k) => new ReferenceValidity(m.Name, referenceValidity[k], referenceValidity[k] / baseline)).ToArray();
        var recovery = train.AppliedMotions is null ? null
            : SymmetryRecovery.Measure(fields.Where(f => f.IsSymmetry).Select(f => f.OnGrid).ToArray(), train.AppliedMotions, weights, height, width);
        // The learned span in named motions, each element scored as the fields are.
        double[] RelativeValidity(IReadOnlyList<double[]> combinations)
        {
            var motions = combinations.Select(c => PolynomialPlaneField.From(PlaneMotion.Combination(c))).ToArray();
            using var scope = NewDisposeScope();
            return ImageValidity.Score(classifier, scoringImages, PlaneInnerProduct.UnitFieldSet(motions, grid, w), motions.Length, alphas,
                options.FlowSteps, options.Representation).Select(v => v / baseline).ToArray();
        }
        var motionSizes = PlaneMotion.Affine.Select(m => PlaneInnerProduct.SquaredNorm(m.OnGrid(height, width), weights)).ToArray();
        var algebra = ImageAlgebra.Reduce(fields.Where(f => f.IsSymmetry).Select(f => f.Readout.Components).ToList(), motionSizes, RelativeValidity, verdictThreshold);
        var transformed = Transform(learned, scoringImages.narrow(0, 0, 1), options, height, width);
        learned.Network.Dispose();
        return new ImageSymmetryResult(train.Description, train.ClassNames, height, width, options, weighting, weights,
            verdictThreshold, baseline, fields, named, train.AppliedMotions, recovery, algebra, alphas, learnSeconds, scoring.Count, transformed);
    }

    static TransformedImages Transform(ImageSymmetryLearner.LearnedFields learned, Tensor image, ImageLearningOptions options, int height, int width)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        double[] alphas = Enumerable.Range(-3, 7).Select(k => k * options.AlphaMax * 2 / 3).ToArray();
        int n = options.Generators;
        var grid = ImagePlane.Coordinates(height, width).reshape(1, -1, 2).expand(n, -1, -1);
        var pixels = Enumerable.Range(0, n).Select(_ => new float[alphas.Length][]).ToArray();
        for (int c = 0; c < alphas.Length; c++)
        {
            var moved = Rk4Flow.Integrate(learned.UnitFieldSet(), grid, tensor(alphas[c]), 2 * options.FlowSteps);
            var warped = GridWarp.WarpEach(image, moved.reshape(n, height, width, 2));
            for (int k = 0; k < n; k++) pixels[k][c] = warped[k].flatten().data<float>().ToArray();
        }
        return new TransformedImages(alphas, pixels);
    }
}
