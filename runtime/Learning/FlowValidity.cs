using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// One application of the validity score to fields: each field, normalised to unit norm over the stencils' points,
/// moves every stencil by its flow for a random α ∈ [−σ, σ] (one α per field and stencil), and the moved stencils
/// are scored (in differential mode: the residual generated against the same stencils untransformed, per unit
/// of the centre's displacement). Used for training (learned fields) and for comparison (exact, random or read-out fields).
/// </summary>
public sealed class FlowValidity(ValidityScore score, double sigma, int flowSteps, bool differential)
{
    public ValidityScore Score { get; } = score;

    /// <param name="field">Fields in normalised coordinates: <c>[n, P, 3]</c> (or <c>[P, 3]</c>) to <c>[n, P, 3]</c>.</param>
    /// <param name="stencils">Normalised points <c>[B·S, 3]</c>, stencil after stencil.</param>
    /// <param name="alphaUnit">Uniform numbers in [−1, 1], <c>[n, B]</c>.</param>
    /// <param name="atPoints">The fields at the stencils' points (<c>[n, P, 3]</c>), when already computed.</param>
    /// <param name="floor">The floor to score with instead of the score's own (a training schedule's current one).</param>
    /// <returns>Scores <c>[n, B]</c>.</returns>
    public Tensor Scores(Func<Tensor, Tensor> field, Tensor stencils, Tensor alphaUnit, Tensor? atPoints = null, double? floor = null)
    {
        using var scope = NewDisposeScope();
        var v0 = atPoints ?? field(stencils);
        long n = v0.shape[0], b = alphaUnit.shape[1], s = stencils.shape[0] / b;
        var norm = FieldNorm.Of(v0);
        var alpha = (alphaUnit * sigma).reshape(n, b, 1, 1).expand(n, b, s, 1).reshape(n, b * s, 1);
        var moved = Rk4Flow.Integrate(z => field(z) / norm, stencils.unsqueeze(0).expand(n, -1, -1), alpha, flowSteps);
        Tensor? baseline = null, displacement = null;
        if (differential)
        {
            using (no_grad()) baseline = Score.SignedResiduals(stencils.reshape(1, b, s, 3));
            // |α|·|V(centre)|: the generated residual per unit of local displacement.
            int centre = (int)(s / 2);
            var local = (v0 / norm).reshape(n, b, s, 3).select(2, centre).norm(-1);
            displacement = (alphaUnit * sigma).abs() * local;
        }
        return Score.Scores(moved.reshape(n, b, s, 3), baseline, displacement, floor).MoveToOuterDisposeScope();
    }
}
