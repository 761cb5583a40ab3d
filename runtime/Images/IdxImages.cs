namespace PdeSym.Images;

/// <summary>
/// Labelled images from a pair of IDX files (MNIST layout): images N×H×W (unsigned bytes scaled to [0, 1], or
/// floating-point values taken as they are) and labels N (integers 0 … K−1).
/// </summary>
public static class IdxImages
{
    public static ImageDataSet Load(string imagesPath, string labelsPath)
    {
        var images = IdxFile.Read(imagesPath);
        var labels = IdxFile.Read(labelsPath);
        string imagesName = Path.GetFileName(imagesPath), labelsName = Path.GetFileName(labelsPath);
        if (images.Dimensions.Length != 3)
            throw new UserFacingException($"'{imagesName}' holds a {images.Dimensions.Length}-dimensional array; images must be N×H×W (greyscale)");
        if (labels.Dimensions.Length != 1)
            throw new UserFacingException($"'{labelsName}' holds a {labels.Dimensions.Length}-dimensional array; labels must be a vector of N class numbers");
        int n = images.Dimensions[0], height = images.Dimensions[1], width = images.Dimensions[2];
        if (labels.Dimensions[0] != n)
            throw new UserFacingException($"'{imagesName}' has {n} images but '{labelsName}' has {labels.Dimensions[0]} labels; pass the matching pair of files");
        if (n < 2) throw new UserFacingException($"'{imagesName}' has {n} images; at least two are needed");
        if (height < 8 || width < 8) throw new UserFacingException($"'{imagesName}' holds {height}×{width} images; at least 8×8 pixels are needed");
        if (labels.Type is IdxFile.ElementType.Float or IdxFile.ElementType.Double)
            throw new UserFacingException($"'{labelsName}' holds floating-point values; labels must be integers (IDX type 0x08, 0x09, 0x0B or 0x0C)");
        var classes = labels.Values.Select(v => (int)v).ToArray();
        int min = classes.Min(), max = classes.Max();
        if (min < 0) throw new UserFacingException($"'{labelsName}' holds the label {min}; labels must be 0 … K−1");
        if (max < 1) throw new UserFacingException($"'{labelsName}' holds only one class; a classifier needs at least two");
        double scale = images.Type == IdxFile.ElementType.UnsignedByte ? 1.0 / 255 : 1.0;
        var pixels = images.Values.Select(v => (float)(v * scale)).ToArray();
        var names = Enumerable.Range(0, max + 1).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new ImageDataSet(pixels, classes, height, width, names, AppliedMotions: null,
            $"IDX images '{imagesName}' with labels '{labelsName}', {n} images {height}×{width}, {max + 1} classes");
    }
}
