namespace PdeSym.Symbolic;

/// <summary>
/// General solutions in closed form of the linear ODEs that reductions give, with constants c1, c2, …: constant
/// coefficients (the characteristic polynomial's rational roots, then a quadratic factor: e^(λz), z^j e^(λz),
/// e^(αz)cos(βz), e^(αz)sin(βz)) with a constant right-hand side; first order a·f′ + b·f + r = 0 by the integrating factor;
/// f absent (order reduced by g = f′, which also takes a(z)f^(n) = 0). Each solution is substituted back into the ODE before it is returned.
/// </summary>
public static class LinearOde
{
    /// <summary>The name of the i-th constant of integration.</summary>
    public static string Constant(int i) => $"c{i}";

    /// <param name="ode">The equation (= 0) in the variable and f's derivatives.</param>
    /// <param name="variable">The independent variable (z or t).</param>
    /// <param name="derivative">The name of f's k-th derivative (f, f_z, f_zz, …).</param>
    /// <param name="order">The ODE's order.</param>
    /// <returns>f(variable) with constants c1 … c_order, or null when the ODE is nonlinear or of another kind.</returns>
    public static Expr? Solve(Expr ode, string variable, Func<int, string> derivative, int order)
    {
        var solution = SolveLinear(ode, variable, derivative, order);
        return solution != null && Satisfies(ode, solution, variable, derivative, order) ? solution : null;
    }

    static Expr? SolveLinear(Expr ode, string variable, Func<int, string> derivative, int order)
    {
        var names = Enumerable.Range(0, order + 1).Select(derivative).ToList();
        var a = names.Select(n => ode.Derivative(n).Expand()).ToList();
        if (a.Any(c => names.Any(c.Contains)) || a[order].IsZero) return null;          // nonlinear
        var r = ode.Substitute(names.ToDictionary(n => n, _ => Expr.Zero)).Expand();
        var z = Expr.Sym(variable);

        if (a.All(c => c is Number { IsExact: true }) && !r.Contains(variable))
            return ConstantCoefficients(a.Select(c => ((Number)c).Exact).ToList(), r, z);
        if (order == 1)
        {
            // a₁f′ + a₀f + r = 0: f = h(c1 − ∫ r/(a₁h)) with h = e^(−∫ a₀/a₁).
            if (Antiderivative.Of(a[0] / a[1], variable) is not { } p) return null;
            var h = Antiderivative.ExpOf(-p, variable);
            if (r.IsZero) return Expr.Sym(Constant(1)) * h;
            return Antiderivative.Of(r / (a[1] * h), variable) is { } i ? (h * (Expr.Sym(Constant(1)) - i)).Expand() : null;
        }
        if (a[0].IsZero)
        {
            // f absent: g = f′ solves an equation of one order less; f = c_n + ∫ g.
            var lowered = ode.Substitute(Enumerable.Range(1, order).ToDictionary(derivative, k => Expr.Sym(derivative(k - 1))));
            if (SolveLinear(lowered, variable, derivative, order - 1) is not { } g || Antiderivative.Of(g, variable) is not { } f) return null;
            return Expr.Sym(Constant(order)) + f;
        }
        return null;
    }

    // Σ aₖ f^(k) + r = 0 with rational aₖ, r constant: f = Σ c_i (basis from the roots of Σ aₖλ^k) − r zᵐ/(m! aₘ).
    static Expr? ConstantCoefficients(List<Rational> a, Expr r, Expr z)
    {
        if (FundamentalSystem(a, z) is not { } basis) return null;
        int m = a.FindIndex(c => !c.IsZero);
        Rational factorial = Enumerable.Range(1, m).Aggregate(Rational.One, (p, k) => p * k);
        var particular = r.IsZero ? Expr.Zero : -r * Expr.Pow(z, m) / Expr.Num(factorial * a[m]);
        return Expr.Add([.. basis.Select((e, i) => Expr.Sym(Constant(i + 1)) * e), particular]);
    }

    /// <summary>
    /// The solutions of Σ aₖ f^(k) = 0 (aₖ rational, constant term first) that span all: z^j e^(λz) for each rational root λ
    /// of Σ aₖλ^k below its multiplicity, then e^((α ± β)z) or e^(αz)cos βz, e^(αz)sin βz for one remaining quadratic
    /// factor; null when a factor of higher degree remains.
    /// </summary>
    public static List<Expr>? FundamentalSystem(IReadOnlyList<Rational> a, Expr z)
    {
        var basis = new List<Expr>();
        var remaining = new UnivariatePolynomial(a);
        // Rational roots (λ = 0 first), each as often as it divides.
        foreach (var root in remaining.RationalRoots())
            for (int j = 0; remaining.Degree > 0 && remaining.At(root).IsZero; j++)
            {
                basis.Add(Expr.Pow(z, j) * Expr.Exp(Expr.Num(root) * z));
                remaining = remaining.DivRem(UnivariatePolynomial.Linear(root)).Quotient;
            }
        if (remaining.Degree == 2)
        {
            var (c, b, q) = (remaining[0], remaining[1], remaining[2]);                   // qλ² + bλ + c
            var discriminant = b * b - new Rational(4, 1) * q * c;
            var centre = Expr.Num(-b / (new Rational(2, 1) * q));
            var width = Expr.Sqrt(Expr.Num(discriminant.Abs() / (new Rational(4, 1) * q * q)));      // √2, not √8/2
            if (discriminant.Sign > 0)
                basis.AddRange([Expr.Exp((centre + width) * z), Expr.Exp((centre - width) * z)]);
            else
                basis.AddRange([Expr.Exp(centre * z) * Expr.Cos(width * z), Expr.Exp(centre * z) * Expr.Sin(width * z)]);
            return basis;
        }
        return remaining.Degree > 0 ? null : basis;
    }

    // The solution put back into the ODE: exactly zero, or zero at random points where the sum does not cancel term by term.
    static bool Satisfies(Expr ode, Expr f, string variable, Func<int, string> derivative, int order)
    {
        var values = new Dictionary<string, Expr>();
        var d = f;
        for (int k = 0; k <= order; k++, d = d.Derivative(variable)) values[derivative(k)] = d;
        return Evaluation.Vanishes(ode.Substitute(values));
    }
}
