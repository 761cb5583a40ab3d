namespace PdeSym.Learning;

/// <summary>The loss of one training step, by term (means over fields), and each field's validity score.</summary>
public sealed record LossTerms(long Step, double Total, double Validity, double Orthogonality, double Lipschitz, double Sobolev,
    IReadOnlyList<double> ValidityPerField, bool Skipped);
