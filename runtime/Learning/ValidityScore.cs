using static TorchSharp.torch;

namespace PdeSym.Learning;

/// <summary>
/// How well transformed data still solve the PDE: stencils moved by a field's flow are fitted locally
/// (<see cref="JetEstimator"/>), the declared residual Δ is evaluated at each stencil's transformed centre, and
/// the score is log(max(|Δ| / scale, floor)) — scale being the typical size of u_t on the data, so scores are
/// comparable across equations, and floor the level below which the data's own discretisation error dominates.
/// </summary>
public sealed class ValidityScore(IPde pde, JetEstimator jets, CoordinateScales scales, double residualScale, double floor)
{
    public double Floor { get; } = floor;
    public double ResidualScale { get; } = residualScale;
    public JetEstimator Jets { get; } = jets;

    /// <summary>Relative residuals |Δ|/scale at the centres of transformed stencils.</summary>
    /// <param name="normalisedStencils">Normalised points <c>[..., S, 3]</c>.</param>
    /// <returns><c>[...]</c>.</returns>
    public Tensor RelativeResiduals(Tensor normalisedStencils)
    {
        using var scope = NewDisposeScope();
        var shape = normalisedStencils.shape;
        var physical = scales.ToPhysical(normalisedStencils).reshape(-1, shape[^2], 3);
        var jet = Jets.Estimate(physical);
        var residual = pde.Residual(jet).abs() / ResidualScale;
        return residual.reshape(shape[..^2]).MoveToOuterDisposeScope();
    }

    /// <summary>Signed Δ/scale at the centres of stencils (normalised points <c>[..., S, 3]</c>).</summary>
    public Tensor SignedResiduals(Tensor normalisedStencils)
    {
        using var scope = NewDisposeScope();
        var shape = normalisedStencils.shape;
        var physical = scales.ToPhysical(normalisedStencils).reshape(-1, shape[^2], 3);
        var residual = pde.Residual(Jets.Estimate(physical)) / ResidualScale;
        return residual.reshape(shape[..^2]).MoveToOuterDisposeScope();
    }

    /// <summary>log(max(|Δ|/scale, floor)) at the centres of transformed stencils; with <paramref name="baseline"/>
    /// (the signed residuals of the same stencils untransformed), log(max(|Δ − Δ₀|/scale, floor)): the residual the
    /// transformation generated, free of the data's own fit error.</summary>
    /// <param name="normalisedStencils">Transformed stencils <c>[..., S, 3]</c>.</param>
    /// <param name="baseline">Signed residuals of the untransformed stencils <c>[...]</c>, or null.</param>
    /// <param name="displacement">How far each stencil's centre moved (normalised units, <c>[...]</c>); the generated
    /// residual is divided by it, so a field cannot score well by vanishing on most stencils. Null to skip.</param>
    /// <param name="floor">The floor to use instead of <see cref="Floor"/> (a training schedule's current one).</param>
    public Tensor Scores(Tensor normalisedStencils, Tensor? baseline = null, Tensor? displacement = null, double? floor = null)
    {
        using var scope = NewDisposeScope();
        var r = baseline is null ? RelativeResiduals(normalisedStencils) : (SignedResiduals(normalisedStencils) - baseline).abs();
        if (displacement is not null) r = r / displacement.clamp(min: 1e-6);
        return r.clamp(min: floor ?? Floor).log().MoveToOuterDisposeScope();
    }

    /// <summary>The typical size of u_t on the data (RMS of the fitted u_t at untransformed stencils).</summary>
    /// <param name="estimator">An estimator whose targets include u_t.</param>
    /// <param name="physicalStencils">Untransformed stencils <c>[G, S, 3]</c>.</param>
    public static double EstimateResidualScale(JetEstimator estimator, Tensor physicalStencils)
    {
        using var scope = NewDisposeScope();
        var ut = new JetVariable(0, 1);
        if (!estimator.Targets.Contains(ut)) throw new ArgumentException("the jet estimator must estimate u_t to size residuals");
        return estimator.Estimate(physicalStencils)[ut].square().mean().sqrt().item<double>();
    }
}
