using static TorchSharp.torch;

namespace PdeSym.Symbolic;

/// <summary>Numeric evaluation of expressions on doubles and on TorchSharp tensors (float64, broadcasting).</summary>
internal static class Evaluation
{
    public static double OnDoubles(Expr e, IReadOnlyDictionary<string, double> values) => e switch
    {
        Number n => n.Value,
        Symbol s => values.TryGetValue(s.Name, out var v)
            ? v
            : throw new KeyNotFoundException($"no value for '{s.Name}'; values were given for {string.Join(", ", values.Keys)}"),
        Sum s => s.Terms.Sum(t => OnDoubles(t, values)),
        Product p => p.Factors.Aggregate(1.0, (acc, f) => acc * OnDoubles(f, values)),
        Power p => Math.Pow(OnDoubles(p.Base, values), OnDoubles(p.Exponent, values)),
        FunctionCall f => FunctionCall.Apply(f.Function, OnDoubles(f.Argument, values)),
        _ => throw new ArgumentException($"cannot evaluate {e.GetType().Name}", nameof(e)),
    };

    /// <summary>
    /// Zero once expanded, or else at 8 random points in [0.5, 1.5] for every symbol where it is defined, relative to the
    /// sum of its terms' sizes: for sums that vanish but do not cancel term by term in the canonical form
    /// (t·(t + 1)^(−3/2) + (t + 1)^(−3/2) − (t + 1)^(−1/2)).
    /// </summary>
    public static bool Vanishes(Expr e)
    {
        e = e.Expand();
        if (e.IsZero) return true;
        var random = new Random(1);
        var names = e.Symbols();
        var terms = e is Sum s ? s.Terms : [e];
        int tested = 0;
        for (int i = 0; i < 64 && tested < 8; i++)
        {
            var point = names.ToDictionary(n => n, _ => 0.5 + random.NextDouble());
            double scale = terms.Sum(t => Math.Abs(OnDoubles(t, point)));
            if (!double.IsFinite(scale)) continue;          // outside the domain ((t − x)^(1/2) at t < x): says nothing
            tested++;
            if (!(Math.Abs(OnDoubles(e, point)) <= 1e-10 * Math.Max(scale, 1))) return false;
        }
        return tested == 8;
    }

    /// <summary>Evaluates with tensors for the symbols; the result is float64 and owned by the caller's dispose scope.</summary>
    public static Tensor OnTensors(Expr e, Func<string, Tensor> values)
    {
        using var scope = NewDisposeScope();
        // Constants live on the device of the symbols' tensors (CPU when there are none).
        var first = e.Symbols().Order(StringComparer.Ordinal).FirstOrDefault();
        var device = first == null ? CPU : values(first).device;
        return Walk(e, values, device).MoveToOuterDisposeScope();
    }

    static Tensor Walk(Expr e, Func<string, Tensor> values, Device device)
    {
        Tensor Go(Expr child) => Walk(child, values, device);
        switch (e)
        {
            case Number n:
                return tensor(n.Value, float64, device);
            case Symbol s:
                // Symbols are the caller's tensors; an alias keeps them out of this scope's disposal.
                return values(s.Name).alias().to_type(float64);
            case Sum s:
            {
                var acc = Go(s.Terms[0]);
                foreach (var t in s.Terms.Skip(1)) acc = acc + Go(t);
                return acc;
            }
            case Product p:
            {
                var acc = Go(p.Factors[0]);
                foreach (var f in p.Factors.Skip(1)) acc = acc * Go(f);
                return acc;
            }
            case Power { Exponent: Number n } p:
                return n.IsExact && n.Exact == new Rational(1, 2) ? Go(p.Base).sqrt() : Go(p.Base).pow(n.Value);
            case Power p:
                return Go(p.Base).pow(Go(p.Exponent));
            case FunctionCall f:
            {
                var a = Go(f.Argument);
                return f.Function switch
                {
                    MathFunction.Exp => a.exp(),
                    MathFunction.Log => a.log(),
                    MathFunction.Sin => a.sin(),
                    MathFunction.Cos => a.cos(),
                    MathFunction.Arctan => a.atan(),
                    _ => throw new ArgumentOutOfRangeException(nameof(e)),
                };
            }
            default:
                throw new ArgumentException($"cannot evaluate {e.GetType().Name}", nameof(e));
        }
    }
}
