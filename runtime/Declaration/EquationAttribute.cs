namespace PdeSym;

/// <summary>
/// Marks the static method whose body is the residual Δ of the equation Δ = 0. Its parameters name jet
/// variables: x, t, u, u_x, u_t, u_xx, u_xt, u_xxx, ...
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class EquationAttribute : Attribute;
