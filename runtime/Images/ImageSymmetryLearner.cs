using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>Settings of <see cref="ImageSymmetryLearner"/>.</summary>
/// <param name="Generators">Number of fields n learned together.</param>
/// <param name="Steps">Optimisation steps.</param>
/// <param name="BatchSize">Images per step (each moved by every field).</param>
/// <param name="AlphaMax">Flow parameters are drawn uniformly in [−AlphaMax, AlphaMax] for unit-normalised fields.</param>
/// <param name="FlowSteps">RK4 steps per flow.</param>
/// <param name="OrthogonalityWeight">Weight of the sequential orthogonality penalty. 0.1, not the PDE learner's 1: the
/// validity of class probabilities is small (about 0.02 for a random field, 0.001 for a symmetry), and the penalty
/// π/2 − arccos|cos| keeps a unit slope at orthogonality, so at weight 1 it drowned the validity gradient (the fields
/// were pushed apart but not shaped: rotation and scaling stayed mixed with shear); at 0.03 the fields did not
/// separate, three of four sat on the translations for half the run.</param>
/// <param name="LipschitzWeight">Weight of the Lipschitz penalty.</param>
/// <param name="LipschitzBound">Largest slope of a unit field left unpenalised (a unit rotation or scaling has slope 1/|x∂x + y∂y|, about 1.2 under uniform weights and 2–3 under image-change weights on small shapes).</param>
/// <param name="LearningRate">Adam learning rate.</param>
/// <param name="Width">Trunk width of the field network.</param>
/// <param name="HeadWidth">Hidden width of each field's head.</param>
/// <param name="Seed">Seed of the network, the batches and the flow parameters.</param>
/// <param name="Representation">What the validity compares.</param>
public sealed record ImageLearningOptions(
    int Generators = 4,
    int Steps = 800,
    int BatchSize = 16,
    double AlphaMax = 0.15,
    int FlowSteps = 3,
    double LearningRate = 3e-3,
    double OrthogonalityWeight = 0.1,
    double LipschitzWeight = 1.0,
    double LipschitzBound = 5.0,
    int Width = 64,
    int HeadWidth = 32,
    int Seed = 1,
    ValidityRepresentation Representation = ValidityRepresentation.Probabilities);

/// <summary>
/// Learns n vector fields of the image plane whose flows leave the classifier's features unchanged, as the paper
/// does for CIFAR-10: per step, a batch of images is moved along each field's RK4 flow for a random α (the pixel
/// grid flows, the image is resampled with <c>grid_sample</c>), and the loss is the validity 1 − cos of the
/// features, plus the generic sequential-orthogonality and Lipschitz penalties of <c>PdeSym.Learning</c> under the
/// plane's weighted inner product. Fields are unit-normalised in that inner product before they flow.
/// </summary>
public sealed class ImageSymmetryLearner(ImageClassifier classifier, double[] weights, int height, int width, ImageLearningOptions options)
{
    /// <summary>The fields after learning, unit-normalised, sampled at the pixel centres: [n, H·W, 2].</summary>
    public sealed record LearnedFields(VectorFieldNetwork Network, double[] Norms, double[,,] OnGrid, double[] FinalValidity)
    {
        /// <summary>The unit fields as one field set for flows: points [n, P, 2] to values of that shape.</summary>
        public Func<Tensor, Tensor> UnitFieldSet()
        {
            var norms = tensor(Norms, dtype: ScalarType.Float32).reshape(-1, 1, 1);
            return points => Network.call(points) / norms;
        }
    }

    /// <param name="images">Training images [N, 1, H, W].</param>
    /// <param name="progress">Called after each step with (step, loss, validity per field).</param>
    public LearnedFields Learn(Tensor images, Action<int, double, double[]>? progress = null)
    {
        if (options.Generators < 1) throw new UserFacingException($"--generators is {options.Generators}; learn at least one field");
        if (options.Steps < 1) throw new UserFacingException($"--steps is {options.Steps}; take at least one step");
        random.manual_seed(options.Seed);
        var sampler = new Random(options.Seed);
        int n = options.Generators, points = height * width;
        foreach (var p in classifier.parameters()) p.requires_grad = false;
        classifier.eval();
        var network = new VectorFieldNetwork([false, false], 2, n, options.Width, options.HeadWidth, ScalarType.Float32);
        using var optimizer = optim.Adam(network.parameters(), lr: options.LearningRate);
        using var grid = ImagePlane.Coordinates(height, width).reshape(-1, 2);
        using var w = tensor(weights, dtype: ScalarType.Float32);
        var (pairA, pairB) = NeighbourPairs(height, width);
        using var indexA = tensor(pairA);
        using var indexB = tensor(pairB);
        var lastValidity = new double[n];
        for (int step = 0; step < options.Steps; step++)
        {
            using var scope = NewDisposeScope();
            var index = tensor(Enumerable.Range(0, options.BatchSize).Select(_ => (long)sampler.Next((int)images.shape[0])).ToArray());
            var batch = images.index_select(0, index);
            var onGrid = network.call(grid);
            var norms = PlaneInnerProduct.Norms(onGrid, w);
            var unit = onGrid / norms;
            var alpha = (rand(n, 1, 1) * 2 - 1) * options.AlphaMax;
            var moved = Rk4Flow.Integrate(z => network.call(z) / norms, grid.expand(n, -1, -1), alpha, options.FlowSteps);
            Tensor originals;
            using (no_grad()) originals = classifier.Represent(batch, options.Representation);
            var warped = GridWarp.WarpEach(batch, moved.reshape(n, height, width, 2));
            var validity = ImageValidity.PerField(classifier, originals, warped, options.Representation);
            var orthogonality = SequentialOrthogonality.Loss(PlaneInnerProduct.AsUnweighted(unit, w));
            var lipschitz = LipschitzBound.Loss(unit.index_select(1, indexA), unit.index_select(1, indexB),
                grid.index_select(0, indexA), grid.index_select(0, indexB), options.LipschitzBound);
            var loss = validity.sum() + options.OrthogonalityWeight * orthogonality.sum() + options.LipschitzWeight * lipschitz.sum();
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lastValidity = validity.detach().to_type(ScalarType.Float64).data<double>().ToArray();
            progress?.Invoke(step + 1, loss.item<float>(), lastValidity);
        }
        using (no_grad())
        {
            using var scope = NewDisposeScope();
            var onGrid = network.call(grid);
            var norms = PlaneInnerProduct.Norms(onGrid, w);
            var unit = (onGrid / norms).to_type(ScalarType.Float64).contiguous();
            var values = unit.data<double>().ToArray();
            var sampled = new double[n, points, 2];
            Buffer.BlockCopy(values, 0, sampled, 0, values.Length * sizeof(double));
            return new LearnedFields(network, norms.flatten().to_type(ScalarType.Float64).data<double>().ToArray(), sampled, lastValidity);
        }
    }

    /// <summary>Horizontally and vertically adjacent pixel pairs, as flat pixel indices.</summary>
    static (long[] A, long[] B) NeighbourPairs(int height, int width)
    {
        var a = new List<long>();
        var b = new List<long>();
        for (int i = 0; i < height; i++)
            for (int j = 0; j < width; j++)
            {
                if (j + 1 < width) { a.Add(i * width + j); b.Add(i * width + j + 1); }
                if (i + 1 < height) { a.Add(i * width + j); b.Add((i + 1) * width + j); }
            }
        return (a.ToArray(), b.ToArray());
    }
}
