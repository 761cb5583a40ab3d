namespace PdeSym.Symbolic;

/// <summary>An equation or generator the symmetry analysis cannot take, with the reason and what to do instead.</summary>
public sealed class SymmetryAnalysisException(string message) : UserFacingException(message);
