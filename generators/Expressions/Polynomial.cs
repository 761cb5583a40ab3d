using System;
using System.Collections.Generic;
using System.Linq;

namespace PdeSym.Generators.Expressions;

/// <summary>
/// An expression expanded into a sum of products <c>Σ c · Π atom^k</c>, where an atom is a symbol or a part that
/// does not expand (a function call, a non-integer power, the reciprocal of a sum). Terms keep the order in
/// which they first appear, so printed results read like the user's equation.
/// </summary>
internal sealed class Polynomial
{
    const int MaxExpandedExponent = 12;

    readonly List<Monomial> terms = new();

    public IReadOnlyList<Monomial> Terms => terms;

    public bool IsZero => terms.Count == 0;

    /// <summary>The constant value when there are no atoms, else null.</summary>
    public double? ConstantValue => terms.Count == 0 ? 0 : terms.Count == 1 && terms[0].Factors.Count == 0 ? terms[0].Coefficient : null;

    public static Polynomial Constant(double c)
    {
        var p = new Polynomial();
        p.Add(new Monomial(c, new List<Factor>()));
        return p;
    }

    public static Polynomial Of(IEnumerable<Monomial> monomials)
    {
        var p = new Polynomial();
        foreach (var m in monomials) p.Add(m);
        return p;
    }

    static Polynomial AtomPower(Expr atom, int power)
    {
        var p = new Polynomial();
        p.Add(new Monomial(1, new List<Factor> { new(atom, InfixPrinter.Plain.Print(atom), power) }));
        return p;
    }

    public static Polynomial Expand(Expr e)
    {
        switch (e)
        {
            case Number n: return Constant(n.Value);
            case Symbol: return AtomPower(e, 1);
            case Negation neg: return Expand(neg.Operand).Scale(-1);
            case Binary { Op: '+' } b: return Expand(b.Left).Plus(Expand(b.Right));
            case Binary { Op: '-' } b: return Expand(b.Left).Plus(Expand(b.Right).Scale(-1));
            case Binary { Op: '*' } b: return Expand(b.Left).Times(Expand(b.Right));
            case Binary { Op: '/' } b: return Expand(b.Left).Times(Expand(b.Right).Reciprocal());
            case Power p:
                {
                    var expandedBase = Expand(p.Base);
                    bool integer = p.Exponent == Math.Floor(p.Exponent) && Math.Abs(p.Exponent) <= MaxExpandedExponent;
                    if (integer)
                    {
                        var factor = p.Exponent >= 0 ? expandedBase : expandedBase.Reciprocal();
                        var result = Constant(1);
                        for (int i = 0; i < (int)Math.Abs(p.Exponent); i++) result = result.Times(factor);
                        return result;
                    }
                    if (expandedBase.ConstantValue is double c) return Constant(Math.Pow(c, p.Exponent));
                    return AtomPower(new Power(expandedBase.ToExpr(), p.Exponent), 1);
                }
            case Call call:
                {
                    if (call.Argument.IsConstant) return Constant(Call.Apply(call.Function, ConstantEvaluator.Evaluate(call.Argument)));
                    // The argument keeps the user's form (exp(t/50), not exp(0.02*t)).
                    return AtomPower(call, 1);
                }
            default:
                throw new ArgumentException("unknown expression " + e);
        }
    }

    public Polynomial Plus(Polynomial other)
    {
        var p = Of(terms);
        foreach (var m in other.terms) p.Add(m);
        return p;
    }

    public Polynomial Scale(double c) => Of(terms.Select(m => new Monomial(m.Coefficient * c, m.Factors)));

    public Polynomial Times(Polynomial other)
    {
        var p = new Polynomial();
        foreach (var a in terms)
            foreach (var b in other.terms)
                p.Add(a.Times(b));
        return p;
    }

    /// <summary>1/p: exact for a single term; otherwise the sum, scaled to a leading coefficient 1, becomes an atom.</summary>
    public Polynomial Reciprocal()
    {
        if (terms.Count == 1)
            return Of(new[] { new Monomial(1 / terms[0].Coefficient, terms[0].Factors.Select(f => f with { Power = -f.Power }).ToList()) });
        double lead = terms.Count == 0 ? 0 : terms[0].Coefficient;
        if (lead == 0) return Constant(double.PositiveInfinity);
        return AtomPower(Scale(1 / lead).ToExpr(), -1).Scale(1 / lead);
    }

    void Add(Monomial m)
    {
        if (m.Coefficient == 0) return;
        int i = terms.FindIndex(t => t.Key == m.Key);
        if (i < 0) { terms.Add(m); return; }
        double sum = terms[i].Coefficient + m.Coefficient;
        if (sum == 0) terms.RemoveAt(i);
        else terms[i] = new Monomial(sum, terms[i].Factors);
    }

    /// <summary>Back to an expression: numerators as products, negative powers as one denominator.</summary>
    public Expr ToExpr()
    {
        Expr? result = null;
        foreach (var m in terms)
        {
            var magnitude = m.WithCoefficient(Math.Abs(m.Coefficient)).ToExpr();
            if (result == null) result = m.Coefficient < 0 ? new Negation(magnitude) : magnitude;
            else result = new Binary(m.Coefficient < 0 ? '-' : '+', result, magnitude);
        }
        return result ?? new Number(0);
    }
}

/// <summary>An atom to an integer power, keyed by the atom's plain text.</summary>
internal sealed record Factor(Expr Atom, string Key, int Power);

/// <summary>A coefficient times a product of factors.</summary>
internal sealed class Monomial
{
    public Monomial(double coefficient, IReadOnlyList<Factor> factors)
    {
        Coefficient = coefficient;
        Factors = factors;
        Key = string.Join("*", factors.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "^" + f.Power));
    }

    public double Coefficient { get; }

    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>Identifies like terms: the factors, sorted.</summary>
    public string Key { get; }

    public Monomial WithCoefficient(double c) => new(c, Factors);

    public Monomial Times(Monomial other)
    {
        var factors = Factors.ToList();
        foreach (var f in other.Factors)
        {
            int i = factors.FindIndex(g => g.Key == f.Key);
            if (i < 0) factors.Add(f);
            else if (factors[i].Power + f.Power == 0) factors.RemoveAt(i);
            else factors[i] = factors[i] with { Power = factors[i].Power + f.Power };
        }
        return new Monomial(Coefficient * other.Coefficient, factors);
    }

    /// <summary>The product without the factor of that key, or null when the factor is absent.</summary>
    public Factor? Find(string key) => Factors.FirstOrDefault(f => f.Key == key);

    public Monomial Without(string key) => new(Coefficient, Factors.Where(f => f.Key != key).ToList());

    public Expr ToExpr()
    {
        Expr? numerator = Coefficient == 1 && Factors.Any(f => f.Power > 0) ? null : new Number(Coefficient);
        Expr? denominator = null;
        foreach (var f in Factors)
        {
            Expr power = Math.Abs(f.Power) == 1 ? f.Atom : new Power(f.Atom, Math.Abs(f.Power));
            if (f.Power > 0) numerator = numerator == null ? power : new Binary('*', numerator, power);
            else denominator = denominator == null ? power : new Binary('*', denominator, power);
        }
        numerator ??= new Number(1);
        return denominator == null ? numerator : new Binary('/', numerator, denominator);
    }
}
