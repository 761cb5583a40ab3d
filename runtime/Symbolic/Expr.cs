namespace PdeSym.Symbolic;

/// <summary>
/// An immutable symbolic expression over the jet space (x, t, u, u_x, u_t, u_xx, ...). Every node is built by
/// a canonical constructor (<see cref="Add"/>, <see cref="Multiply"/>, <see cref="Pow(Expr, Expr)"/>, <see cref="Call"/>):
/// sums and products are flat and sorted, like terms and like factors are collected, constants are folded.
/// So two expressions that differ only by such rewriting are <see cref="Equals(Expr)"/> equal.
/// </summary>
/// <remarks>
/// Entry points: <see cref="Parse"/> reads the plain syntax (<c>x*u_x + 3*t^2 - exp(t/50)</c>);
/// <see cref="ToPlain"/>, <see cref="ToUnicode"/>, <see cref="ToLatex"/> print it; <see cref="Derivative"/>,
/// <see cref="TotalDerivative"/> differentiate; <see cref="Evaluate(IReadOnlyDictionary{string, double})"/>
/// and <see cref="Evaluate(Func{string, TorchSharp.torch.Tensor})"/> evaluate.
/// </remarks>
public abstract class Expr : IEquatable<Expr>
{
    int hash;

    public static Expr Zero { get; } = new Number(Rational.Zero);
    public static Expr One { get; } = new Number(Rational.One);
    public static Expr MinusOne { get; } = new Number(Rational.MinusOne);
    public static Expr X { get; } = new Symbol("x");
    public static Expr T { get; } = new Symbol("t");
    public static Expr U { get; } = new Symbol("u");

    public static Expr Num(Rational value) => new Number(value);
    public static Expr Num(int value) => new Number(new Rational(value, 1));
    public static Expr Num(int numerator, int denominator) => new Number(new Rational(numerator, denominator));
    /// <summary>A floating-point constant (a learned coefficient); exact arithmetic turns into float arithmetic.</summary>
    public static Expr Float(double value) => new Number(value);
    public static Expr Sym(string name) => new Symbol(name);
    public static Expr Jet(JetVariable v) => new Symbol(v.Name);

    public static Expr Add(params IEnumerable<Expr> terms) => Sum.Create(terms);
    public static Expr Multiply(params IEnumerable<Expr> factors) => Product.Create(factors);
    public static Expr Pow(Expr @base, Expr exponent) => Power.Create(@base, exponent);
    public static Expr Pow(Expr @base, Rational exponent) => Power.Create(@base, Num(exponent));
    public static Expr Pow(Expr @base, int exponent) => Power.Create(@base, Num(exponent));
    public static Expr Call(MathFunction function, Expr argument) => FunctionCall.Create(function, argument);
    public static Expr Exp(Expr a) => Call(MathFunction.Exp, a);
    public static Expr Log(Expr a) => Call(MathFunction.Log, a);
    public static Expr Sin(Expr a) => Call(MathFunction.Sin, a);
    public static Expr Cos(Expr a) => Call(MathFunction.Cos, a);
    public static Expr Sqrt(Expr a) => Pow(a, new Rational(1, 2));

    public static Expr operator +(Expr a, Expr b) => Add(a, b);
    public static Expr operator -(Expr a, Expr b) => Add(a, Multiply(MinusOne, b));
    public static Expr operator -(Expr a) => Multiply(MinusOne, a);
    public static Expr operator *(Expr a, Expr b) => Multiply(a, b);
    public static Expr operator /(Expr a, Expr b) => Multiply(a, Pow(b, MinusOne));
    public static implicit operator Expr(int value) => Num(value);

    /// <summary>Reads the plain syntax; throws <see cref="ExprParseException"/> with the position on bad input.</summary>
    public static Expr Parse(string text) => ExprParser.Parse(text);

    /// <summary>The direct subexpressions.</summary>
    public abstract IReadOnlyList<Expr> Children { get; }

    /// <summary>The same node kind over new children, rebuilt canonically.</summary>
    public abstract Expr With(IReadOnlyList<Expr> children);

    public bool IsZero => this is Number { IsExact: true, Exact.IsZero: true } || this is Number { IsExact: false, Value: 0.0 };
    public bool IsOne => this is Number n && n.IsExact && n.Exact.IsOne;

    /// <summary>True when the expression holds no floating-point constant.</summary>
    public bool IsExact => this is Number n ? n.IsExact : Children.All(c => c.IsExact);

    /// <summary>The names of the symbols that occur.</summary>
    public IReadOnlySet<string> Symbols()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Expr e)
        {
            if (e is Symbol s) names.Add(s.Name);
            foreach (var c in e.Children) Walk(c);
        }
        Walk(this);
        return names;
    }

    public bool Contains(string symbol) => this is Symbol s ? s.Name == symbol : Children.Any(c => c.Contains(symbol));

    /// <summary>Replaces symbols by expressions, all at once, and re-canonicalises.</summary>
    public Expr Substitute(IReadOnlyDictionary<string, Expr> replacements) => this switch
    {
        Symbol s => replacements.TryGetValue(s.Name, out var r) ? r : this,
        Number => this,
        _ => With(Children.Select(c => c.Substitute(replacements)).ToList()),
    };

    public Expr Substitute(string symbol, Expr replacement) =>
        Substitute(new Dictionary<string, Expr> { [symbol] = replacement });

    /// <summary>Rebuilds every node through the canonical constructors (idempotent).</summary>
    public Expr Simplify() => this is Number or Symbol ? this : With(Children.Select(c => c.Simplify()).ToList());

    /// <summary>
    /// Replaces every floating-point constant by the exact value of its shortest round-trip decimal (0.1 → 1/10),
    /// the number a person meant when writing it; for equations whose constants came in as doubles.
    /// </summary>
    public Expr Rationalize() => this switch
    {
        Number { IsExact: false } n => Rational.TryParseDecimal(n.Literal, out var r) ? Num(r) : Num(Rational.FromDouble(n.Value)),
        Number or Symbol => this,
        _ => With(Children.Select(c => c.Rationalize()).ToList()),
    };

    /// <summary>Distributes products over sums and expands positive integer powers of sums.</summary>
    public Expr Expand() => Expansion.Expand(this);

    /// <summary>∂/∂symbol, treating every other symbol as independent.</summary>
    public Expr Derivative(string symbol) => Differentiation.Partial(this, symbol);

    /// <summary>The total derivative D_x or D_t on the jet space (u_J ↦ u_{J+x} or u_{J+t}).</summary>
    public Expr TotalDerivative(string coordinate) => Differentiation.Total(this, coordinate);

    public double Evaluate(IReadOnlyDictionary<string, double> values) => Evaluation.OnDoubles(this, values);
    public TorchSharp.torch.Tensor Evaluate(Func<string, TorchSharp.torch.Tensor> values) => Evaluation.OnTensors(this, values);

    /// <summary>Evaluates on a jet: x and t are the jet's coordinates, u, u_x, ... its derivatives.</summary>
    public TorchSharp.torch.Tensor Evaluate(JetTensors jet) =>
        Evaluation.OnTensors(this, name => name switch { "x" => jet.X, "t" => jet.T, _ => jet[name] });

    /// <summary>Plain syntax that SymPy's parser reads: <c>2*x*u_x - u^2/3</c>.</summary>
    public string ToPlain() => PlainPrinter.Print(this);
    /// <summary>Unicode mathematics: <c>2xu_x − u²/3</c>.</summary>
    public string ToUnicode() => UnicodePrinter.Print(this);
    public string ToLatex() => LatexPrinter.Print(this);
    public override string ToString() => ToPlain();

    public abstract bool Equals(Expr? other);
    public override bool Equals(object? obj) => obj is Expr e && Equals(e);
    public override int GetHashCode()
    {
        if (hash == 0) hash = ComputeHash() | 1;
        return hash;
    }
    protected abstract int ComputeHash();
    public static bool operator ==(Expr? a, Expr? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Expr? a, Expr? b) => !(a == b);
}
