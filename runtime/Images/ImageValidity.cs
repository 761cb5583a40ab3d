using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>
/// The validity score of image motions: 1 − cosine similarity of the classifier's representation (class
/// probabilities or features, <see cref="ValidityRepresentation"/>) of an image and of the image moved along a
/// field's flow. 0 when the classifier does not see the motion at all; a symmetry of the data
/// set keeps it small.
/// </summary>
public static class ImageValidity
{
    /// <summary>
    /// Per field, the mean 1 − cos over images: <paramref name="originals"/> are the features of the B images
    /// <c>[B, F]</c>, <paramref name="warped"/> the images moved by each of n fields <c>[n·B, 1, H, W]</c>.
    /// Returns <c>[n]</c>.
    /// </summary>
    public static Tensor PerField(ImageClassifier classifier, Tensor originals, Tensor warped, ValidityRepresentation representation)
    {
        using var scope = NewDisposeScope();
        long b = originals.shape[0];
        var features = classifier.Represent(warped, representation).reshape(-1, b, originals.shape[1]);
        var cosine = nn.functional.cosine_similarity(features, originals.unsqueeze(0), dim: 2, eps: 1e-8);
        return (1 - cosine).mean([1]).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The validity of each of n unit-normalised fields (<paramref name="fields"/> maps points <c>[n, P, 2]</c> to
    /// values of the same shape), averaged over the given flow parameters and images. Returns n scores.
    /// </summary>
    public static double[] Score(ImageClassifier classifier, Tensor images, Func<Tensor, Tensor> fields, int count,
        IReadOnlyList<double> alphas, int flowSteps, ValidityRepresentation representation, int batchSize = 128)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        classifier.eval();
        long height = images.shape[2], width = images.shape[3];
        var grid = ImagePlane.Coordinates((int)height, (int)width).reshape(1, -1, 2).expand(count, -1, -1);
        var total = zeros(count, dtype: ScalarType.Float64);
        int batches = 0;
        foreach (double alpha in alphas)
        {
            var moved = Rk4Flow.Integrate(fields, grid, tensor(alpha), flowSteps).reshape(count, height, width, 2);
            for (long start = 0; start < images.shape[0]; start += batchSize)
            {
                using var step = NewDisposeScope();
                var batch = images.narrow(0, start, Math.Min(batchSize, images.shape[0] - start));
                var originals = classifier.Represent(batch, representation);
                var warped = GridWarp.WarpEach(batch, moved);
                total.add_(PerField(classifier, originals, warped, representation).to_type(ScalarType.Float64) * batch.shape[0]);
            }
            batches++;
        }
        return (total / (batches * images.shape[0])).data<double>().ToArray();
    }
}
