using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace PdeSym.Learning;

/// <summary>
/// n vector fields on a d-dimensional space, as one network: a shared trunk and one small head per field.
/// Input: points <c>[P, d]</c> (every field at the same points) or <c>[n, P, d]</c> (field k at its own points,
/// as a flow needs); output <c>[n, P, outputs]</c>. Each head runs only on its own field's points (batched
/// matrix products), so no work is repeated per head. Coordinates flagged periodic have period 1 and enter
/// the trunk as (sin 2πz, cos 2πz), which makes every field exactly periodic in them.
/// </summary>
public sealed class VectorFieldNetwork : Module<Tensor, Tensor>
{
    readonly bool[] periodic;
    readonly double[] centre, scale;
    readonly Sequential trunk;
    readonly Parameter headHidden, headHiddenBias, headOut, headOutBias;

    public int Fields { get; }
    public int Inputs => periodic.Length;
    public int Outputs { get; }

    /// <param name="periodic">One flag per input coordinate.</param>
    /// <param name="outputs">Components of each field (usually the input dimension).</param>
    /// <param name="fields">Number of fields n.</param>
    /// <param name="width">Trunk width.</param>
    /// <param name="headWidth">Hidden width of each head.</param>
    /// <param name="dtype">Parameter type (float64 for science code).</param>
    /// <param name="initialVariation">Scale of the heads' output weights at initialisation relative to the usual one;
    /// below 1 the fields start close to constant vectors (translations), a simple place to start the search from.</param>
    /// <param name="seed">Seed of a private generator for the initial weights (independent of torch's global one, so
    /// concurrent work cannot change them); null draws from the global generator.</param>
    /// <param name="inputs">Where the non-periodic coordinates lie, so the trunk sees each as (z − centre)/half-range, centred
    /// and of order one (periodic coordinates ignore it); null takes them as they are.</param>
    public VectorFieldNetwork(IReadOnlyList<bool> periodic, int outputs, int fields, int width = 64, int headWidth = 32,
        ScalarType dtype = ScalarType.Float64, double initialVariation = 1.0, long? seed = null,
        IReadOnlyList<(double Centre, double HalfRange)>? inputs = null) : base(nameof(VectorFieldNetwork))
    {
        if (periodic.Count == 0 || outputs <= 0 || fields <= 0 || width <= 0 || headWidth <= 0)
            throw new ArgumentException("a vector-field network needs at least one input, output, field and unit");
        if (inputs is not null && (inputs.Count != periodic.Count || inputs.Any(i => !(i.HalfRange > 0))))
            throw new ArgumentException("inputs needs one (centre, half-range > 0) per coordinate");
        this.periodic = periodic.ToArray();
        centre = inputs?.Select(i => i.Centre).ToArray() ?? new double[periodic.Count];
        scale = inputs?.Select(i => 1 / i.HalfRange).ToArray() ?? Enumerable.Repeat(1.0, periodic.Count).ToArray();
        Fields = fields;
        Outputs = outputs;
        var random = seed is { } value ? new TorchSharp.torch.Generator((ulong)value) : null;
        int embedded = this.periodic.Sum(p => p ? 2 : 1);
        var input = nn.Linear(embedded, width, dtype: dtype);
        var hidden = nn.Linear(width, width, dtype: dtype);
        if (random is not null)
            using (no_grad())
                foreach (var (layer, fanIn) in new[] { (input, embedded), (hidden, width) })
                {
                    layer.weight!.copy_(Uniform(layer.weight.shape, 1.0 / Math.Sqrt(fanIn), dtype, random));
                    layer.bias!.copy_(Uniform(layer.bias.shape, 1.0 / Math.Sqrt(fanIn), dtype, random));
                }
        trunk = nn.Sequential(("in", input), ("act1", nn.SiLU()), ("hidden", hidden), ("act2", nn.SiLU()));
        // Heads initialised like nn.Linear: uniform in ±1/sqrt(fan_in).
        headHidden = new Parameter(Uniform([fields, width, headWidth], 1.0 / Math.Sqrt(width), dtype, random));
        headHiddenBias = new Parameter(Uniform([fields, 1, headWidth], 1.0 / Math.Sqrt(width), dtype, random));
        headOut = new Parameter(Uniform([fields, headWidth, outputs], initialVariation / Math.Sqrt(headWidth), dtype, random));
        headOutBias = new Parameter(Uniform([fields, 1, outputs], 1.0 / Math.Sqrt(headWidth), dtype, random));
        RegisterComponents();
    }

    static Tensor Uniform(long[] shape, double bound, ScalarType dtype, TorchSharp.torch.Generator? random) =>
        (rand(shape, dtype, generator: random) * 2 - 1) * bound;

    public override Tensor forward(Tensor points)
    {
        using var scope = NewDisposeScope();
        if (points.dim() != 2 && (points.dim() != 3 || points.shape[0] != Fields))
            throw new ArgumentException($"points must be [P, {Inputs}] or [{Fields}, P, {Inputs}], got [{string.Join(", ", points.shape)}]");
        if (points.shape[^1] != Inputs)
            throw new ArgumentException($"points have {points.shape[^1]} coordinates, the network {Inputs}");
        // [P, w] or [n, P, w] times [n, w, h]: broadcasting runs head k on field k's points only.
        return Heads(trunk.call(Embed(points))).MoveToOuterDisposeScope();
    }

    Tensor Heads(Tensor h) => matmul(functional.silu(matmul(h, headHidden) + headHiddenBias), headOut) + headOutBias;

    Tensor Embed(Tensor points)
    {
        var columns = new List<Tensor>();
        for (int i = 0; i < periodic.Length; i++)
        {
            var z = points.select(-1, i);
            if (periodic[i])
            {
                var angle = z * (2 * Math.PI);
                columns.Add(angle.sin());
                columns.Add(angle.cos());
            }
            else columns.Add(centre[i] == 0 && scale[i] == 1 ? z : (z - centre[i]) * scale[i]);
        }
        return stack(columns, -1);
    }
}
