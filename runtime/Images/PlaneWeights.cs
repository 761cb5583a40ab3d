using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>How much each region of the image plane counts in the inner product of fields.</summary>
public enum WeightingChoice
{
    /// <summary>Every pixel the same.</summary>
    Uniform,
    /// <summary>By how much the images change there when moved (see <see cref="PlaneWeights.ImageChange"/>).</summary>
    ImageChange,
    /// <summary>By the classifier's sensitivity to a displacement there (see <see cref="PlaneWeights.Sensitivity"/>).</summary>
    Sensitivity,
}

/// <summary>
/// Weights of the pixels of the image plane, summing to 1: they define the inner product of fields
/// ⟨U, V⟩ = Σ_p w_p U(p)·V(p), used to unit-normalise fields, to keep them orthogonal, to read them out and to
/// measure recovery.
/// </summary>
public static class PlaneWeights
{
    public static double[] Uniform(int height, int width) =>
        Enumerable.Repeat(1.0 / (height * width), height * width).ToArray();

    /// <summary>
    /// A simpler choice than the paper's: the mean squared image gradient E|∇I(p)|² over the images. Moving an
    /// image by a small field V changes it by ∇I·V, so under these weights every unit field changes the images by
    /// about the same amount, wherever their content lies; a field cannot look harmless by moving empty corners.
    /// A floor of 2% of the mean weight keeps every pixel in the inner product.
    /// </summary>
    public static double[] ImageChange(Tensor images)
    {
        using var scope = NewDisposeScope();
        var (gradX, gradY) = Gradients(images);
        var energy = (gradX.square() + gradY.square()).mean([0, 1]).to_type(ScalarType.Float64);
        return Normalise(energy);
    }

    static (Tensor X, Tensor Y) Gradients(Tensor images)
    {
        var sobelX = tensor(new float[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 }, [1, 1, 3, 3]) / 8f;
        var sobelY = sobelX.transpose(2, 3);
        return (nn.functional.conv2d(images, sobelX, padding: [1, 1]), nn.functional.conv2d(images, sobelY, padding: [1, 1]));
    }

    static double[] Normalise(Tensor weights)
    {
        var w = weights / weights.sum();
        w = w + 0.02 / w.numel();
        w = w / w.sum();
        return w.flatten().data<double>().ToArray();
    }

    /// <summary>
    /// The paper's sensitivity weights: for random centres c, displace images by a small Gaussian bump of width
    /// <paramref name="sigma"/> around c along x and along y (to first order the image changes by
    /// ∂I/∂x·m_c, ∂I/∂y·m_c), measure the squared change of the classifier's unit features (a finite-difference
    /// directional derivative; the paper uses a Jacobian-vector product), and credit it to the pixels under the
    /// bump. A floor of 2% of the mean weight keeps every pixel in the inner product, so that fits stay well
    /// posed where the classifier looks at nothing.
    /// </summary>
    public static double[] Sensitivity(ImageClassifier classifier, Tensor images, int centres, int seed, double sigma = 0.1)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        classifier.eval();
        long height = images.shape[2], width = images.shape[3];
        var coordinates = ImagePlane.Coordinates((int)height, (int)width);
        var (gradX, gradY) = Gradients(images);
        var baseline = nn.functional.normalize(classifier.Features(images), dim: 1);
        var weights = zeros(height, width);
        var random = new Random(seed);
        const float epsilon = 0.5f;
        for (int c = 0; c < centres; c++)
        {
            using var step = NewDisposeScope();
            var centre = tensor(new float[] { (float)(2 * random.NextDouble() - 1), (float)(2 * random.NextDouble() - 1) });
            var distance2 = (coordinates - centre).square().sum(-1);
            var bump = exp(-0.5 * distance2 / (sigma * sigma));
            double change = 0;
            foreach (var gradient in new[] { gradX, gradY })
            {
                var moved = nn.functional.normalize(classifier.Features(images + epsilon * gradient * bump), dim: 1);
                change += (moved - baseline).square().sum().item<float>() / (epsilon * epsilon);
            }
            weights.add_(bump * change);
        }
        return Normalise(weights.to_type(ScalarType.Float64));
    }
}
