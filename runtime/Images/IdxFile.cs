using System.Buffers.Binary;

namespace PdeSym.Images;

/// <summary>
/// The IDX file format of MNIST-style data: two zero bytes, a type code, the number of dimensions, each dimension
/// as a big-endian int32, then the values in row-major order, big-endian.
/// </summary>
public static class IdxFile
{
    /// <summary>The element types of IDX, by their type code.</summary>
    public enum ElementType : byte
    {
        UnsignedByte = 0x08,
        SignedByte = 0x09,
        Short = 0x0B,
        Int = 0x0C,
        Float = 0x0D,
        Double = 0x0E,
    }

    /// <summary>The contents of an IDX file, values widened to double.</summary>
    public sealed record Array(ElementType Type, int[] Dimensions, double[] Values);

    public static int ElementSize(ElementType type) => type switch
    {
        ElementType.UnsignedByte or ElementType.SignedByte => 1,
        ElementType.Short => 2,
        ElementType.Int or ElementType.Float => 4,
        ElementType.Double => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static Array Read(string path)
    {
        if (!File.Exists(path)) throw new UserFacingException($"IDX file '{path}' does not exist; check the path");
        byte[] bytes = File.ReadAllBytes(path);
        string name = Path.GetFileName(path);
        if (bytes.Length < 4)
            throw new UserFacingException($"'{name}' is {bytes.Length} bytes long, too short for an IDX header (4 bytes); is it an IDX file?");
        if (bytes[0] != 0 || bytes[1] != 0)
            throw new UserFacingException($"'{name}' is not an IDX file: it must start with two zero bytes (is it still gzip-compressed? unpack it first)");
        var type = (ElementType)bytes[2];
        if (!Enum.IsDefined(type))
            throw new UserFacingException($"'{name}' has IDX type code 0x{bytes[2]:X2}; known codes are 0x08 (unsigned byte), 0x09, 0x0B, 0x0C, 0x0D, 0x0E");
        int rank = bytes[3];
        if (rank == 0) throw new UserFacingException($"'{name}' declares zero dimensions; an IDX array needs at least one");
        int headerLength = 4 + 4 * rank;
        if (bytes.Length < headerLength)
            throw new UserFacingException($"'{name}' is truncated: its header declares {rank} dimensions ({headerLength} bytes) but the file has {bytes.Length} bytes");
        var dims = new int[rank];
        long count = 1;
        for (int d = 0; d < rank; d++)
        {
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * d));
            if (dims[d] < 0) throw new UserFacingException($"'{name}' declares a negative dimension ({dims[d]})");
            count *= dims[d];
        }
        int size = ElementSize(type);
        long expected = headerLength + count * size;
        string shape = string.Join("×", dims);
        if (bytes.Length < expected)
            throw new UserFacingException($"'{name}' is truncated: a {shape} array needs {expected} bytes but the file has {bytes.Length}; download or copy it again");
        if (bytes.Length > expected)
            throw new UserFacingException($"'{name}' has {bytes.Length - expected} bytes beyond its declared {shape} array; is the header right?");
        var values = new double[count];
        var data = bytes.AsSpan(headerLength);
        for (long k = 0; k < count; k++)
        {
            var at = data[(int)(k * size)..];
            values[k] = type switch
            {
                ElementType.UnsignedByte => at[0],
                ElementType.SignedByte => (sbyte)at[0],
                ElementType.Short => BinaryPrimitives.ReadInt16BigEndian(at),
                ElementType.Int => BinaryPrimitives.ReadInt32BigEndian(at),
                ElementType.Float => BinaryPrimitives.ReadSingleBigEndian(at),
                _ => BinaryPrimitives.ReadDoubleBigEndian(at),
            };
        }
        return new Array(type, dims, values);
    }

    public static void Write(string path, Array array)
    {
        long count = array.Dimensions.Aggregate(1L, (a, d) => a * d);
        if (count != array.Values.Length)
            throw new ArgumentException($"{array.Values.Length} values do not fill a {string.Join("×", array.Dimensions)} array");
        int size = ElementSize(array.Type);
        var bytes = new byte[4 + 4 * array.Dimensions.Length + count * size];
        bytes[2] = (byte)array.Type;
        bytes[3] = checked((byte)array.Dimensions.Length);
        for (int d = 0; d < array.Dimensions.Length; d++)
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * d), array.Dimensions[d]);
        var data = bytes.AsSpan(4 + 4 * array.Dimensions.Length);
        for (long k = 0; k < count; k++)
        {
            var at = data[(int)(k * size)..];
            double v = array.Values[k];
            switch (array.Type)
            {
                case ElementType.UnsignedByte: at[0] = checked((byte)v); break;
                case ElementType.SignedByte: at[0] = (byte)checked((sbyte)v); break;
                case ElementType.Short: BinaryPrimitives.WriteInt16BigEndian(at, checked((short)v)); break;
                case ElementType.Int: BinaryPrimitives.WriteInt32BigEndian(at, checked((int)v)); break;
                case ElementType.Float: BinaryPrimitives.WriteSingleBigEndian(at, (float)v); break;
                default: BinaryPrimitives.WriteDoubleBigEndian(at, v); break;
            }
        }
        File.WriteAllBytes(path, bytes);
    }
}
