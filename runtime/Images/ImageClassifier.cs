using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace PdeSym.Images;

/// <summary>
/// A compact CNN for small greyscale images: four 3×3 convolution blocks (8, 16, 32, 64 channels, the first
/// three followed by 2×2 max-pooling), global max pooling, a 64-wide feature layer and a linear class layer.
/// Global pooling makes it accept any image size; max rather than average pooling keeps the features from growing
/// with the shape's area (with average pooling an exact isotropic scaling scored worse than a random field); its class probabilities (or its feature layer) are the validity model
/// of the symmetry learner. float32: the data are 8-bit images and speed on two cores matters more than precision here.
/// </summary>
public sealed class ImageClassifier : Module<Tensor, Tensor>
{
    public const int FeatureWidth = 64;

    readonly Sequential body;
    readonly Linear featureLayer;
    readonly Linear classLayer;

    public int ClassCount { get; }

    /// <param name="classCount">Number of classes.</param>
    /// <param name="seed">Seeds torch's global generator before the weights are drawn, so that training from the same
    /// seed is reproducible (unseeded, the initial weights, and with them the trained classifier's robustness to
    /// scaling, changed from run to run); null leaves the generator as it is (a classifier about to be loaded).</param>
    public ImageClassifier(int classCount, long? seed = null) : base(nameof(ImageClassifier))
    {
        ClassCount = classCount;
        if (seed is { } value) random.manual_seed(value);
        body = Sequential(
            Conv2d(1, 8, 3, padding: 1), ReLU(), MaxPool2d(2),
            Conv2d(8, 16, 3, padding: 1), ReLU(), MaxPool2d(2),
            Conv2d(16, 32, 3, padding: 1), ReLU(), MaxPool2d(2),
            Conv2d(32, 64, 3, padding: 1), ReLU(),
            AdaptiveMaxPool2d([1, 1]), Flatten());
        featureLayer = Linear(64, FeatureWidth);
        classLayer = Linear(FeatureWidth, classCount);
        RegisterComponents();
    }

    /// <summary>The feature layer for images [B, 1, H, W]: [B, 64].</summary>
    public Tensor Features(Tensor images) => functional.relu(featureLayer.call(body.call(images)));

    /// <summary>What the validity score compares, [B, F] (see <see cref="ValidityRepresentation"/>).</summary>
    public Tensor Represent(Tensor images, ValidityRepresentation representation) => representation switch
    {
        ValidityRepresentation.Features => Features(images),
        _ => functional.softmax(forward(images), 1),
    };

    /// <summary>Class logits [B, K].</summary>
    public override Tensor forward(Tensor images) => classLayer.call(Features(images));
}
