using TorchSharp.Modules;
using static TorchSharp.torch.nn;
using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// n vector fields whose components each read only some of the coordinates — for point symmetries of evolution
/// equations, ξ(x, t), τ(t) and φ(x, t, u) (<see cref="PointStructure"/>). One <see cref="VectorFieldNetwork"/> with a
/// single output per component; input and output shapes as there (<c>[P, d]</c> or <c>[n, P, d]</c> to <c>[n, P, d]</c>).
/// </summary>
public sealed class StructuredFieldNetwork : Module<Tensor, Tensor>
{
    readonly ModuleList<VectorFieldNetwork> components;
    // Index tensors of the coordinates each component reads, made once (forward runs at every RK4 stage of every flow).
    readonly Tensor[] reads;

    /// <param name="periodic">One flag per coordinate.</param>
    /// <param name="reads">For each component, the coordinates it depends on (indices into the coordinates).</param>
    /// <param name="fields">Number of fields n.</param>
    /// <param name="width">Trunk width of each component's network.</param>
    /// <param name="headWidth">Hidden width of each head.</param>
    /// <param name="dtype">Parameter type.</param>
    /// <param name="initialVariation">As for <see cref="VectorFieldNetwork"/>.</param>
    /// <param name="seed">Seed of the initial weights (each component its own stream); null draws from the global generator.</param>
    /// <param name="inputs">Where the coordinates lie (see <see cref="VectorFieldNetwork"/>); null takes them as they are.</param>
    public StructuredFieldNetwork(IReadOnlyList<bool> periodic, IReadOnlyList<IReadOnlyList<int>> reads, int fields, int width = 64,
        int headWidth = 32, ScalarType dtype = ScalarType.Float64, double initialVariation = 1.0, long? seed = null,
        IReadOnlyList<(double Centre, double HalfRange)>? inputs = null) : base(nameof(StructuredFieldNetwork))
    {
        if (reads.Any(r => r.Count == 0 || r.Any(i => i < 0 || i >= periodic.Count)))
            throw new ArgumentException("every component must read at least one of the coordinates");
        this.reads = reads.Select(r => tensor(r.Select(i => (long)i).ToArray()).DetachFromDisposeScope()).ToArray();
        components = new ModuleList<VectorFieldNetwork>(reads.Select((r, c) => new VectorFieldNetwork(
            r.Select(i => periodic[i]).ToArray(), outputs: 1, fields, width, headWidth, dtype, initialVariation,
            seed is { } s ? s + 7919 * c : null, inputs is null ? null : r.Select(i => inputs[i]).ToArray())).ToArray());
        RegisterComponents();
    }

    public override Tensor forward(Tensor points)
    {
        using var scope = NewDisposeScope();
        var parts = new Tensor[reads.Length];
        for (int c = 0; c < reads.Length; c++)
            parts[c] = components[c].call(points.index_select(-1, reads[c]));
        return cat(parts, -1).MoveToOuterDisposeScope();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            foreach (var r in reads) r.Dispose();
        base.Dispose(disposing);
    }
}
