using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Symmetries β(x, t)e^(λu)∂u of equations that show no exponential, read off the criterion, against the linearisation
/// the equation admits: u_t = νu_xx + a·u_x² becomes w_t = νw_xx under w = e^(au/ν), so λ = −a/ν and β_t = νβ_xx; the
/// periodic members are each checked as a symmetry on their own.
/// </summary>
public class ExponentialFamilyTests
{
    [Theory]
    [InlineData("u_t - u_xx - u_x^2", "-1", "1")]                 // w = e^u solves w_t = w_xx
    [InlineData("u_t - 0.1*(u_xx + u_x^2)", "-1", "0.1")]
    [InlineData("u_t - u_xx - 2*u_x^2", "-2", "1")]               // w = e^(2u)
    [InlineData("u_t - 3*u_xx + u_x^2", "1/3", "3")]              // w = e^(−u/3)
    public void Potential_burgers_equations_have_the_heat_family(string equation, string rate, string nu)
    {
        var de = new DeterminingEquations(EvolutionEquation.Solve(Expr.Parse(equation).Rationalize()));
        var (λ, a) = Assert.Single(de.ExponentialFamilies());
        Assert.Equal(((Number)Expr.Parse(rate)).Exact, λ);
        Assert.Equal(new Rational[] { Rational.Zero, Rational.Zero, ((Number)Expr.Parse(nu).Rationalize()).Exact }, a);
        // Each periodic member e^(λu)β is a symmetry, decided by the symbolic check on its own.
        var members = FourierSolutions.OfExponentialFamilies(Expr.Parse(equation), 2 * Math.PI, 2);
        Assert.Equal(5, members.Count);                           // e^(λu), and cos, sin of k = 1, 2
        foreach (var phi in members)
            Assert.True(SymmetryCheck.Verify(Expr.Parse(equation), new Generator(Expr.Zero, Expr.Zero, phi)).IsSymmetry, phi.ToPlain());
    }

    [Theory]
    [InlineData("u_t + u*u_x + u_xxx")]      // KdV
    [InlineData("u_t - u_xx")]               // heat: λ = 0 only (its family is β∂u)
    [InlineData("u_t + u*u_x - u_xx")]       // Burgers
    [InlineData("u_t - u_xx - exp(u)")]      // an exponential already in the equation: polynomial ansatz
    public void Other_equations_have_none(string equation)
    {
        var de = new DeterminingEquations(EvolutionEquation.Solve(Expr.Parse(equation).Rationalize()));
        Assert.Empty(de.ExponentialRatesInU());
        Assert.Empty(FourierSolutions.OfExponentialFamilies(Expr.Parse(equation), 2 * Math.PI, 2));
    }
}
