using PdeSym.Images;

namespace PdeSym.Tests.Images;

/// <summary>The IDX reader against files written byte by byte here (the MNIST layout), good and bad.</summary>
public sealed class IdxFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("pdesym-idx-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    string PathOf(string name) => Path.Combine(folder, name);

    /// <summary>An MNIST-style file written by hand: magic 00 00 08 rank, big-endian sizes, the bytes.</summary>
    string WriteRaw(string name, byte type, int[] dims, byte[] payload)
    {
        var bytes = new List<byte> { 0, 0, type, (byte)dims.Length };
        foreach (int d in dims) bytes.AddRange([(byte)(d >> 24), (byte)(d >> 16), (byte)(d >> 8), (byte)d]);
        bytes.AddRange(payload);
        File.WriteAllBytes(PathOf(name), bytes.ToArray());
        return PathOf(name);
    }

    [Fact]
    public void Reads_a_hand_written_mnist_style_pair()
    {
        // Two 8×9 images with pixel values k·7 mod 256, and labels 1, 0.
        var pixels = Enumerable.Range(0, 2 * 8 * 9).Select(k => (byte)(k * 7 % 256)).ToArray();
        string images = WriteRaw("images.idx", 0x08, [2, 8, 9], pixels);
        string labels = WriteRaw("labels.idx", 0x08, [2], [1, 0]);
        var data = IdxImages.Load(images, labels);
        Assert.Equal((2, 8, 9), (data.Count, data.Height, data.Width));
        Assert.Equal([1, 0], data.Labels);
        Assert.Equal(2, data.ClassCount);
        Assert.Null(data.AppliedMotions);
        for (int k = 0; k < pixels.Length; k++) Assert.Equal(pixels[k] / 255.0, data.Pixels[k], 5);
    }

    [Theory]
    [InlineData(IdxFile.ElementType.UnsignedByte)]
    [InlineData(IdxFile.ElementType.SignedByte)]
    [InlineData(IdxFile.ElementType.Short)]
    [InlineData(IdxFile.ElementType.Int)]
    [InlineData(IdxFile.ElementType.Float)]
    [InlineData(IdxFile.ElementType.Double)]
    public void Round_trips_every_element_type(IdxFile.ElementType type)
    {
        double[] values = type switch
        {
            IdxFile.ElementType.UnsignedByte => [0, 1, 200, 255, 7, 9],
            IdxFile.ElementType.SignedByte => [-128, -1, 0, 1, 100, 127],
            IdxFile.ElementType.Short => [-30000, -1, 0, 1, 300, 32767],
            IdxFile.ElementType.Int => [int.MinValue, -1, 0, 1, 70000, int.MaxValue],
            IdxFile.ElementType.Float => [-1.5, 0, 0.25, 1024.5, 1e-3f, 7],
            _ => [-1.5, 0, 0.1, Math.PI, 1e-300, 7],
        };
        string path = PathOf("array.idx");
        IdxFile.Write(path, new IdxFile.Array(type, [2, 3], values));
        var read = IdxFile.Read(path);
        Assert.Equal(type, read.Type);
        Assert.Equal([2, 3], read.Dimensions);
        Assert.Equal(values, read.Values);
        Assert.Equal(4 + 8 + 6 * IdxFile.ElementSize(type), new FileInfo(path).Length);
    }

    [Fact]
    public void Truncated_data_is_reported_with_the_sizes()
    {
        string path = WriteRaw("short.idx", 0x08, [3, 4, 4], new byte[40]);
        var e = Assert.Throws<UserFacingException>(() => IdxFile.Read(path));
        Assert.Contains("truncated", e.Message);
        Assert.Contains("3×4×4", e.Message);
        Assert.Contains("needs 64 bytes", e.Message);  // 16 header + 48 data
    }

    [Fact]
    public void Truncated_header_is_reported()
    {
        File.WriteAllBytes(PathOf("header.idx"), [0, 0, 8, 3, 0, 0, 0, 2]);
        var e = Assert.Throws<UserFacingException>(() => IdxFile.Read(PathOf("header.idx")));
        Assert.Contains("truncated", e.Message);
        Assert.Contains("3 dimensions", e.Message);
    }

    [Fact]
    public void A_gzip_file_is_not_taken_for_idx()
    {
        File.WriteAllBytes(PathOf("train.gz"), [0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
        var e = Assert.Throws<UserFacingException>(() => IdxFile.Read(PathOf("train.gz")));
        Assert.Contains("two zero bytes", e.Message);
    }

    [Fact]
    public void Extra_bytes_and_unknown_types_are_reported()
    {
        var extra = Assert.Throws<UserFacingException>(() => IdxFile.Read(WriteRaw("extra.idx", 0x08, [2], [1, 2, 3])));
        Assert.Contains("1 bytes beyond", extra.Message);
        var type = Assert.Throws<UserFacingException>(() => IdxFile.Read(WriteRaw("type.idx", 0x0A, [2], [1, 2])));
        Assert.Contains("0x0A", type.Message);
        var missing = Assert.Throws<UserFacingException>(() => IdxFile.Read(PathOf("absent.idx")));
        Assert.Contains("does not exist", missing.Message);
    }

    [Fact]
    public void Mismatched_image_and_label_counts_are_reported()
    {
        string images = WriteRaw("images.idx", 0x08, [3, 8, 8], new byte[192]);
        string labels = WriteRaw("labels.idx", 0x08, [2], [0, 1]);
        var e = Assert.Throws<UserFacingException>(() => IdxImages.Load(images, labels));
        Assert.Contains("3 images", e.Message);
        Assert.Contains("2 labels", e.Message);
    }

    [Fact]
    public void Wrong_ranks_and_label_values_are_reported()
    {
        string images = WriteRaw("images.idx", 0x08, [2, 8, 8], new byte[128]);
        string flat = WriteRaw("flat.idx", 0x08, [2, 64], new byte[128]);
        string labels2d = WriteRaw("labels2d.idx", 0x08, [2, 1], [0, 1]);
        string floats = PathOf("floats.idx");
        IdxFile.Write(floats, new IdxFile.Array(IdxFile.ElementType.Float, [2], [0, 1]));
        string negative = PathOf("negative.idx");
        IdxFile.Write(negative, new IdxFile.Array(IdxFile.ElementType.SignedByte, [2], [-1, 1]));
        string oneClass = WriteRaw("one.idx", 0x08, [2], [0, 0]);
        Assert.Contains("N×H×W", Assert.Throws<UserFacingException>(() => IdxImages.Load(flat, oneClass)).Message);
        Assert.Contains("vector of N", Assert.Throws<UserFacingException>(() => IdxImages.Load(images, labels2d)).Message);
        Assert.Contains("floating-point", Assert.Throws<UserFacingException>(() => IdxImages.Load(images, floats)).Message);
        Assert.Contains("label -1", Assert.Throws<UserFacingException>(() => IdxImages.Load(images, negative)).Message);
        Assert.Contains("only one class", Assert.Throws<UserFacingException>(() => IdxImages.Load(images, oneClass)).Message);
    }
}
