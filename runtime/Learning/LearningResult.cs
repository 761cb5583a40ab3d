namespace PdeSym.Learning;

/// <summary>What a learning run found, in the form the reports print.</summary>
public sealed record LearningResult
{
    public required string Pde { get; init; }
    public required string Equation { get; init; }
    public required double Length { get; init; }
    public required double Duration { get; init; }
    public required double TimeOrigin { get; init; }
    public required double ScaleU { get; init; }
    public required double Floor { get; init; }
    public required IReadOnlyList<LearnedField> Fields { get; init; }
    public required IReadOnlyList<ExactGeneratorResult> Exact { get; init; }
    /// <summary>The span of the fields called symmetries as a reduced basis (<see cref="Learning.LearnedAlgebra"/>).</summary>
    public IReadOnlyList<BasisGenerator> LearnedAlgebra { get; init; } = [];
    /// <summary>[W_i, W_j] of the learned basis in its own terms (<c>W1</c>, <c>3W2</c>, "outside"), row i, column j.</summary>
    public IReadOnlyList<IReadOnlyList<string>> LearnedCommutators { get; init; } = [];
    /// <summary>The dimension the fields called symmetries span; the rest of <see cref="LearnedAlgebra"/> are their brackets.</summary>
    public int LearnedAlgebraFromFields { get; init; }
    /// <summary>Every bracket of the learned basis lies in its span: the learned generators form a Lie algebra.</summary>
    public bool LearnedAlgebraClosed { get; init; }

    /// <summary>What kind of Lie algebra the learned one is (<see cref="Symbolic.LieAlgebraStructure"/>), e.g. "Heisenberg
    /// algebra 𝔥₃ (Bianchi II): nilpotent; …"; null when it is not closed or a structure constant is not exact.</summary>
    public string? LearnedAlgebraStructure { get; init; }
    /// <summary>What the exact list covers and leaves out: the ansatz, a solution family, generators beyond the ansatz.</summary>
    public IReadOnlyList<string> AlgebraNotes { get; init; } = [];
    public required IReadOnlyList<double> RandomFieldScores { get; init; }
    /// <summary>Fraction of the exact generators that respect the periodic domain captured (≥ 0.95) by the span of the fields called symmetries.</summary>
    public required double Recovery { get; init; }
    /// <summary>The same fraction captured by the learned algebra's span, closed under brackets (<see cref="LearnedAlgebra"/>).</summary>
    public double AlgebraRecovery { get; init; }
    /// <summary>Fraction of the fields called symmetries whose readout lies in the exact algebra (projection ≥ 0.95); 1 when none is claimed.</summary>
    public required double Precision { get; init; }
    public required long Steps { get; init; }
    public required IReadOnlyList<long> SkippedSteps { get; init; }
    public required double TrainingSeconds { get; init; }
    public required LearningOptions Options { get; init; }
}

/// <param name="Index">1-based field number.</param>
/// <param name="Xi">ξ in the plain syntax, physical x, t, u.</param>
/// <param name="Tau">τ, likewise.</param>
/// <param name="Phi">φ, likewise.</param>
/// <param name="Pretty">The readout as <c>x∂x + 3.02t∂t − 1.97u∂u</c>.</param>
/// <param name="FitQuality">R² of the sparse library fit.</param>
/// <param name="Rel">The sharp score ‖C‖/‖V‖/‖u_t‖ of the readout on the data.</param>
/// <param name="Validity">Validity score of the learned field (mean log residual; lower is better).</param>
/// <param name="ReadoutValidity">Validity score of the readout field.</param>
/// <param name="IsSymmetry">Rel ≤ the threshold.</param>
/// <param name="InAlgebra">The readout in the exact algebra's basis (least squares, normalised units), e.g. <c>0.98·∂x + 0.2·∂t</c>.</param>
/// <param name="AlgebraFit">Fraction of the readout (cosine) inside the exact algebra's span.</param>
/// <param name="Verdict">"symmetry", or "not a symmetry" with the closest exact generator.</param>
public sealed record LearnedField(int Index, string Xi, string Tau, string Phi, string Pretty, double FitQuality, double Rel,
    double Validity, double ReadoutValidity, bool IsSymmetry, string InAlgebra, double AlgebraFit, string Verdict);

/// <param name="Pretty">The generator, e.g. <c>t∂x + ∂u</c>.</param>
/// <param name="Xi">ξ in the plain syntax.</param>
/// <param name="Tau">τ in the plain syntax.</param>
/// <param name="Phi">φ in the plain syntax.</param>
/// <param name="Validity">Its validity score on the evaluation draw.</param>
/// <param name="RespectsPeriod">Components periodic in x, so the flow maps the periodic domain to itself.</param>
/// <param name="Capture">Cosine between the generator and its projection on the span of the fields called symmetries.</param>
public sealed record ExactGeneratorResult(string Pretty, string Xi, string Tau, string Phi, bool RespectsPeriod, double Validity, double Capture);

/// <param name="Pretty">The basis generator, e.g. <c>t∂x + ∂u</c>.</param>
/// <param name="Xi">ξ in the plain syntax.</param>
/// <param name="Tau">τ in the plain syntax.</param>
/// <param name="Phi">φ in the plain syntax.</param>
/// <param name="Rel">Its sharp score on the data.</param>
/// <param name="Verified">Its coefficients are exact and the symbolic core confirms it against the declared equation.</param>
/// <param name="Check">The symbolic core's verdict, or why there is none.</param>
/// <param name="Bracket">Null for a generator the fields span; for one the span's brackets added, which (<c>[W1, W2]</c>).</param>
/// <param name="RespectsPeriod">Periodic in x, so its flow maps the periodic domain to itself (heat's x∂u does not, its e^{−t/10}cos x ∂u does).</param>
public sealed record BasisGenerator(string Pretty, string Xi, string Tau, string Phi, double Rel, bool Verified, string Check, string? Bracket = null,
    bool RespectsPeriod = true);
