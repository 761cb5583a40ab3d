namespace PdeSym;

/// <summary>Declares a partial class as a PDE; the source generator implements <see cref="IPde"/> for it.</summary>
/// <param name="name">The name used on the command line, e.g. <c>kdv</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PdeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
