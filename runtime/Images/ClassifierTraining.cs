using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Images;

/// <summary>Settings for training the image classifier.</summary>
/// <param name="Epochs">Passes over the training images.</param>
/// <param name="BatchSize">Images per step.</param>
/// <param name="LearningRate">Adam learning rate.</param>
/// <param name="Seed">Seed of the batch order and the augmentation.</param>
/// <param name="Augmentation">Moves part of each batch by the data's own motions (see <see cref="ClassifierAugmentation"/>); null: none.</param>
public sealed record ClassifierTrainingOptions(int Epochs = 16, int BatchSize = 64, double LearningRate = 2e-3, int Seed = 1,
    ClassifierAugmentation? Augmentation = null);

/// <summary>What training produced: the held-out accuracy and the time it took.</summary>
public sealed record ClassifierTrainingResult(double HeldOutAccuracy, double TrainAccuracy, double Seconds, int TrainCount, int HeldOutCount);

/// <summary>Trains an <see cref="ImageClassifier"/> with Adam on cross-entropy, and measures accuracy.</summary>
public static class ClassifierTraining
{
    /// <summary>Trains on <paramref name="train"/>, then measures accuracy on <paramref name="heldOut"/>; <paramref name="progress"/> is called after every batch with the fraction done.</summary>
    public static ClassifierTrainingResult Train(ImageClassifier classifier, ImageDataSet train, ImageDataSet heldOut,
        ClassifierTrainingOptions options, Action<double>? progress = null)
    {
        if (options.Epochs < 1) throw new UserFacingException($"--epochs is {options.Epochs}; train for at least one epoch");
        if (options.BatchSize < 1) throw new UserFacingException($"--batch-size is {options.BatchSize}; use at least 1");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        random.manual_seed(options.Seed);
        var (images, labels) = train.ToTensors();
        using var imagesHandle = images;
        using var labelsHandle = labels;
        using var optimizer = optim.Adam(classifier.parameters(), lr: options.LearningRate);
        int n = train.Count, batches = (n + options.BatchSize - 1) / options.BatchSize;
        var order = new Random(options.Seed);
        var augmentationRandom = new Generator((ulong)options.Seed);
        classifier.train();
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            var permutation = Enumerable.Range(0, n).Select(i => (long)i).ToArray();
            order.Shuffle(permutation);
            for (int b = 0; b < batches; b++)
            {
                using var scope = NewDisposeScope();
                var index = tensor(permutation[(b * options.BatchSize)..Math.Min(n, (b + 1) * options.BatchSize)]);
                var batch = images.index_select(0, index);
                if (options.Augmentation is { } augmentation) batch = augmentation.Apply(batch, augmentationRandom);
                var logits = classifier.call(batch);
                var loss = nn.functional.cross_entropy(logits, labels.index_select(0, index));
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                progress?.Invoke((epoch * batches + b + 1) / (double)(options.Epochs * batches));
            }
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return new ClassifierTrainingResult(Accuracy(classifier, heldOut), Accuracy(classifier, train), seconds, train.Count, heldOut.Count);
    }

    /// <summary>The fraction of images whose most likely class is their label.</summary>
    public static double Accuracy(ImageClassifier classifier, ImageDataSet data, int batchSize = 256)
    {
        classifier.eval();
        using var noGrad = no_grad();
        var (images, labels) = data.ToTensors();
        using var imagesHandle = images;
        using var labelsHandle = labels;
        long correct = 0;
        for (int start = 0; start < data.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            long length = Math.Min(batchSize, data.Count - start);
            var predicted = classifier.call(images.narrow(0, start, length)).argmax(1);
            correct += predicted.eq(labels.narrow(0, start, length)).sum().item<long>();
        }
        return correct / (double)data.Count;
    }
}
