namespace PdeSym.Symbolic;

/// <summary>exp, log, sin, cos or arctan of an argument; folds exp(0), log(1), sin(0), cos(0), arctan(0), log(exp a), exp(log a) and floats.</summary>
public sealed class FunctionCall : Expr
{
    FunctionCall(MathFunction function, Expr argument) { Function = function; Argument = argument; }

    public MathFunction Function { get; }
    public Expr Argument { get; }

    public string Name => Function switch
    {
        MathFunction.Exp => "exp",
        MathFunction.Log => "log",
        MathFunction.Sin => "sin",
        MathFunction.Cos => "cos",
        MathFunction.Arctan => "arctan",
        _ => throw new ArgumentOutOfRangeException(nameof(Function)),
    };

    public static bool TryParseName(string name, out MathFunction function)
    {
        (bool ok, function) = name switch
        {
            "exp" => (true, MathFunction.Exp),
            "log" => (true, MathFunction.Log),
            "sin" => (true, MathFunction.Sin),
            "cos" => (true, MathFunction.Cos),
            "arctan" or "atan" => (true, MathFunction.Arctan),
            _ => (false, MathFunction.Exp),
        };
        return ok;
    }

    public override IReadOnlyList<Expr> Children => [Argument];
    public override Expr With(IReadOnlyList<Expr> children) => Create(Function, children[0]);

    public static Expr Create(MathFunction f, Expr a)
    {
        if (a is Number { IsExact: false } n) return Float(Apply(f, n.Value));
        switch (f)
        {
            case MathFunction.Exp when a.IsZero: return One;
            case MathFunction.Exp when a is FunctionCall { Function: MathFunction.Log } l: return l.Argument;
            case MathFunction.Log when a.IsOne: return Zero;
            case MathFunction.Log when a.IsZero: throw new ArgumentException("log(0) is undefined");
            case MathFunction.Log when a is FunctionCall { Function: MathFunction.Exp } e: return e.Argument;
            case MathFunction.Sin when a.IsZero: return Zero;
            case MathFunction.Cos when a.IsZero: return One;
            case MathFunction.Arctan when a.IsZero: return Zero;
        }
        return new FunctionCall(f, a);
    }

    public static double Apply(MathFunction f, double v) => f switch
    {
        MathFunction.Exp => Math.Exp(v),
        MathFunction.Log => Math.Log(v),
        MathFunction.Sin => Math.Sin(v),
        MathFunction.Cos => Math.Cos(v),
        MathFunction.Arctan => Math.Atan(v),
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    public override bool Equals(Expr? other) => other is FunctionCall c && c.Function == Function && c.Argument.Equals(Argument);
    protected override int ComputeHash() => HashCode.Combine(4, Function, Argument);
}
