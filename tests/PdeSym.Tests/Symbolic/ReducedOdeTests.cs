using PdeSym.Symbolic;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// The reduced ODEs solved (<see cref="LinearOde"/>) and integrated (<see cref="FirstIntegral"/>): general solutions against
/// the textbook bases (repeated roots, complex pairs, integrating factors), each checked here by substituting it back with
/// random constants, and first integrals against closed-form solutions they must hold constant along.
/// </summary>
public class ReducedOdeTests
{
    static string D(int k) => k == 0 ? "f" : "f_" + new string('z', k);

    static Expr? Solve(string ode, int order) => LinearOde.Solve(Expr.Parse(ode), "z", D, order);

    static void AssertSame(string expected, Expr? actual) =>
        Assert.True(actual is not null && (Expr.Parse(expected) - actual).Expand().IsZero, $"expected {expected}, got {actual?.ToPlain() ?? "null"}");

    /// <summary>Max |ODE| over z ∈ [0.3, 2] and random constants, f's derivatives by differentiating f.</summary>
    static double Residual(string ode, Expr f, int order)
    {
        var random = new Random(3);
        var values = new Dictionary<string, Expr>();
        var d = f;
        for (int k = 0; k <= order; k++, d = d.Derivative("z")) values[D(k)] = d;
        var onF = Expr.Parse(ode).Substitute(values);
        double worst = 0;
        for (int i = 0; i < 10; i++)
        {
            var point = new Dictionary<string, double> { ["z"] = 0.3 + 1.7 * random.NextDouble() };
            foreach (var c in onF.Symbols().Where(s => s.StartsWith('c'))) point[c] = random.NextDouble() * 2 - 1;
            worst = Math.Max(worst, Math.Abs(onF.Evaluate(point)));
        }
        return worst;
    }

    [Theory]
    [InlineData("f_zz + f", 2, "c1*cos(z) + c2*sin(z)")]
    [InlineData("f_zz - 2*f_z + f", 2, "c1*exp(z) + c2*z*exp(z)")]                           // repeated root 1
    [InlineData("f_zzz", 3, "c1 + c2*z + c3*z^2")]
    [InlineData("f_zz - f_z", 2, "c1 + c2*exp(z)")]
    [InlineData("f_z + 2*f - 3", 1, "c1*exp(-2*z) + 3/2")]                                    // constant right-hand side
    [InlineData("f_zz + 2*f_z + 5*f", 2, "c1*exp(-z)*cos(2*z) + c2*exp(-z)*sin(2*z)")]        // λ = −1 ± 2i
    [InlineData("f_zz - 2*f", 2, "c1*exp(sqrt(2)*z) + c2*exp(-sqrt(2)*z)")]                  // irrational roots
    [InlineData("f_z + f/z", 1, "c1/z")]                                                      // integrating factor z
    [InlineData("f_z + f/(2*(z + 1))", 1, "c1*(z + 1)^(-1/2)")]
    [InlineData("z^2*f_zz", 2, "c1 + c2*z")]                                                  // f″ alone, variable coefficient
    public void Linear_odes_get_their_general_solution(string ode, int order, string expected)
    {
        var f = Solve(ode, order);
        Assert.NotNull(f);
        Assert.True(Residual(ode, f, order) < 1e-10, f.ToPlain());
        // The same span of solutions: expected − f is a solution of the homogeneous equation only when they agree up to constants,
        // so compare the functions multiplying each constant.
        for (int i = 1; i <= order; i++)
        {
            string c = LinearOde.Constant(i);
            Assert.True(f.Contains(c), $"{f.ToPlain()} lacks {c}");
        }
        var basisOf = (Expr e) => Enumerable.Range(1, order).Select(i => e.Derivative(LinearOde.Constant(i)).Expand()).ToHashSet();
        Assert.Equal(basisOf(Expr.Parse(expected)), basisOf(f));
        var particular = (Expr e) => e.Substitute(Enumerable.Range(1, order).ToDictionary(LinearOde.Constant, _ => Expr.Zero)).Expand();
        Assert.Equal(particular(Expr.Parse(expected)), particular(f));
    }

    [Theory]
    [InlineData("f_zz + z*f_z/2", 2)]           // erf: ∫ e^(−z²/4) is no elementary function
    [InlineData("f_zzz + f*f_z", 3)]            // nonlinear
    [InlineData("f_zz + z*f", 2)]               // Airy
    public void Odes_outside_the_solved_kinds_give_null(string ode, int order) => Assert.Null(Solve(ode, order));

    [Fact]
    public void Kdv_travelling_wave_integrates_twice_and_the_soliton_sits_at_zero()
    {
        var ode = Expr.Parse("f_zzz + f*f_z - 2*f_z");
        var g = FirstIntegral.Of(ode, "z", D, 3);
        AssertSame("f_zz + f^2/2 - 2*f", g);
        var energy = FirstIntegral.Energy(g!, "z", D, Expr.Sym("c1"));
        AssertSame("f_z^2/2 + f^3/6 - f^2 - c1*f", energy);
        // The soliton 6 sech²(z/√2) decays with its derivatives, so it lies on G = 0 and on energy 0 (c1 = c2 = 0).
        var soliton = Expr.Parse("24/(exp(z/sqrt(2)) + exp(-z/sqrt(2)))^2");
        var values = new Dictionary<string, Expr> { ["f"] = soliton, ["f_z"] = soliton.Derivative("z"), ["f_zz"] = soliton.Derivative("z").Derivative("z"), ["c1"] = Expr.Zero };
        foreach (var z in new[] { -3.0, -0.5, 0.2, 1.7 })
        {
            var at = new Dictionary<string, double> { ["z"] = z };
            Assert.True(Math.Abs(g!.Substitute(values).Evaluate(at)) < 1e-12);
            Assert.True(Math.Abs(energy!.Substitute(values).Evaluate(at)) < 1e-12);
        }
    }

    [Fact]
    public void A_pendulum_ode_has_its_energy() =>
        AssertSame("f_z^2/2 - 4*cos(f)/3", FirstIntegral.Energy(Expr.Parse("f_zz + 4*sin(f)/3"), "z", D, Expr.Zero));

    [Theory]
    [InlineData("f_zz + z*f_z/2")]              // D(f′ + zf/2) = f″ + zf′/2 + f/2
    [InlineData("f_zzz + f^2")]                 // f² is no derivative
    public void An_ode_that_is_no_total_derivative_has_no_first_integral(string ode) =>
        Assert.Null(FirstIntegral.Of(Expr.Parse(ode), "z", D, 3));

    [Theory]
    [InlineData("f_z^2/2 + f^3/6 - f^2 - c1*f", "sech²", "6", "sqrt(2)/2")]          // KdV, c = 2: 6 sech²(z/√2)
    [InlineData("f_z^2/2 + f^4/12 - f^2/2 - c1*f", "sech", "sqrt(6)", "1")]          // mKdV, c = 1: √6 sech z
    [InlineData("f_z - f^2/2 + f - c1", "tanh", "-1", "1/2")]                       // Burgers, c = 1: the front 1 − tanh(z/2)
    public void The_zero_level_holds_the_sech_pulse_or_the_tanh_front(string integral, string shape, string amplitude, string rate)
    {
        var wave = SolitaryWave.Of(Expr.Parse(integral), "z", D)!;
        Assert.Equal(shape, wave.Shape);
        AssertSame(amplitude, wave.Amplitude);
        AssertSame(rate, wave.Rate);
        // The integral vanishes along the wave (its own derivative put in), at points on both sides.
        var f = wave.F;
        var values = new Dictionary<string, Expr> { ["f"] = f, ["f_z"] = f.Derivative("z"), ["c1"] = Expr.Zero };
        foreach (var z in new[] { -2.1, 0.3, 1.4 })
            Assert.True(Math.Abs(Expr.Parse(integral).Substitute(values).Evaluate(new Dictionary<string, double> { ["z"] = z })) < 1e-12);
    }

    [Theory]
    [InlineData("f_z^2/2 - 4*cos(f)/3")]       // the pendulum: Q is no polynomial
    [InlineData("f_z^2/2 + f + f^3")]          // a linear term in Q: no wave decays to 0
    [InlineData("f_z^2/2 + f^2/2 + f^3")]      // α = −1 < 0: oscillates about 0, no decay
    [InlineData("f_z + f^2 + 1")]              // f′ = −(f² + 1): no real equilibria to connect
    public void Other_integrals_have_no_wave(string energy) => Assert.Null(SolitaryWave.Of(Expr.Parse(energy), "z", D));
}
