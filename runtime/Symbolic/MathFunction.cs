namespace PdeSym.Symbolic;

/// <summary>The elementary functions of the plain syntax (sqrt is the power ½).</summary>
public enum MathFunction { Exp, Log, Sin, Cos, Arctan }
