using System.Globalization;

namespace PdeSym.Symbolic;

/// <summary>A constant: an exact rational, or a floating-point value (arithmetic with a float gives a float).</summary>
public sealed class Number : Expr
{
    internal Number(Rational value) { Exact = value; Value = value.ToDouble(); IsExact = true; }
    internal Number(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"the constant {value} is not a finite number", nameof(value));
        Value = value;
    }

    public new bool IsExact { get; }
    /// <summary>The rational value; meaningful only when <see cref="IsExact"/>.</summary>
    public Rational Exact { get; }
    public double Value { get; }
    public bool IsNegative => IsExact ? Exact.Sign < 0 : Value < 0;


    public static Number Add(Number a, Number b) => a.IsExact && b.IsExact ? new(a.Exact + b.Exact) : new(a.Value + b.Value);
    public static Number Mul(Number a, Number b) => a.IsExact && b.IsExact ? new(a.Exact * b.Exact) : new(a.Value * b.Value);
    public Number Negate() => IsExact ? new(-Exact) : new(-Value);

    public override IReadOnlyList<Expr> Children => [];
    public override Expr With(IReadOnlyList<Expr> children) => this;
    public override bool Equals(Expr? other) =>
        other is Number n && n.IsExact == IsExact && (IsExact ? n.Exact == Exact : n.Value.Equals(Value));
    protected override int ComputeHash() => IsExact ? Exact.GetHashCode() : Value.GetHashCode();

    /// <summary>The invariant literal: <c>3</c>, <c>1/2</c> for exact values, round-trip decimal for floats.</summary>
    public string Literal => IsExact ? Exact.ToString() : Value.ToString("R", CultureInfo.InvariantCulture);
}
