using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>Seeded random expressions over x, t, u, u_x for property tests; defined wherever x, t, u, u_x &gt; 0.</summary>
internal sealed class RandomExpressions(int seed)
{
    readonly Random random = new(seed);
    static readonly string[] names = ["x", "t", "u", "u_x"];

    public Expr Next(int depth = 3)
    {
        if (depth == 0 || random.NextDouble() < 0.2) return Leaf();
        switch (random.Next(8))
        {
            case 0:
            case 1: return Expr.Add(Next(depth - 1), Next(depth - 1));
            case 2:
            case 3: return Expr.Multiply(Next(depth - 1), Next(depth - 1));
            case 4: return random.Next(2) == 0 ? Expr.Pow(Next(depth - 1), Expr.Num(random.Next(0, 4))) : Expr.Pow(Positive(depth - 1), Expr.Num(random.Next(-2, 0)));
            case 5: return Expr.Sqrt(Positive(depth - 1));
            case 6: return Expr.Call((MathFunction)random.Next(5) is var f && f == MathFunction.Log ? MathFunction.Log : f,
                                     f == MathFunction.Log ? Positive(depth - 1) : Small(depth - 1));
            default: return Expr.Pow(Positive(depth - 1), Expr.Num(new Rational(random.Next(-3, 4), random.Next(2, 4))));
        }
    }

    // e^2 + 1 is positive; powers and logs of it are defined.
    Expr Positive(int depth) => Expr.Add(Expr.Pow(Next(depth), Expr.Num(2)), Expr.One);

    // Keeps exp/sin/cos arguments moderate by dividing by 1 + the square.
    Expr Small(int depth) => Expr.Multiply(Next(depth), Expr.Pow(Positive(depth), Expr.MinusOne));

    Expr Leaf() => random.Next(3) == 0
        ? Expr.Num(new Rational(random.Next(-5, 6), random.Next(1, 4)))
        : Expr.Sym(names[random.Next(names.Length)]);

    public Dictionary<string, double> Point() =>
        names.ToDictionary(n => n, _ => 0.5 + random.NextDouble());
}
