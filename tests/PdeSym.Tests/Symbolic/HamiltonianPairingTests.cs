using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.ExprAssert;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// Noether's theorem in Hamiltonian form: KdV is u_t = D_x(δH/δu) with H = u_x²/2 − u³/6 (the textbook Hamiltonian of
/// u_t + u·u_x + u_xxx = 0), and its laws map to its point symmetries; equations that are not of that form get no pairing.
/// </summary>
public class HamiltonianPairingTests
{
    [Fact]
    public void KdV_laws_map_to_its_symmetries_through_its_hamiltonian()
    {
        var laws = ConservationLaws.Compute(Expr.Parse("u_t + u*u_x + u_xxx"));
        var pairing = HamiltonianPairing.Of(laws);
        Assert.NotNull(pairing);
        AssertSame("u_x^2/2 - u^3/6", pairing.Hamiltonian);
        // Mass is a Casimir; the Galilean law gives the boost t∂x + ∂u (Q = 1 − t·u_x), momentum ∂x, energy ∂t (Q = −2F).
        string[] expected = ["0", "1 - t*u_x", "u_x", "2*u*u_x + 2*u_xxx"];
        var multipliers = laws.Laws.Select(l => l.Multiplier.ToUnicode()).ToList();
        Assert.Equal(["1", "x − tu", "u", "u² + 2·u_xx"], multipliers);
        for (int i = 0; i < expected.Length; i++) AssertSame(expected[i], pairing.Symmetries[i]);
        Assert.Contains("Λ1 ↦ 0 (a Casimir)", pairing.Describe());
    }

    [Fact]
    public void Modified_KdV_needs_the_degree_of_its_hamiltonian()
    {
        Assert.Null(HamiltonianPairing.Of(ConservationLaws.Compute(Expr.Parse("u_t + u^2*u_x + u_xxx"))));   // u³ + 3u_xx is outside degree 2
        var pairing = HamiltonianPairing.Of(ConservationLaws.Compute(Expr.Parse("u_t + u^2*u_x + u_xxx"), degree: 3));
        Assert.NotNull(pairing);
        AssertSame("u_x^2/2 - u^4/12", pairing.Hamiltonian);
    }

    [Theory]
    [InlineData("u_t - 0.1*u_xx")]               // dissipative: no Hamiltonian (D_xΛ = c·u_xx has no multiplier Λ)
    [InlineData("u_t + u*u_x - 0.01*u_xx")]
    [InlineData("u_t + u*u_x + u_xx + u_xxxx")]
    public void Dissipative_equations_have_no_pairing(string equation) =>
        Assert.Null(HamiltonianPairing.Of(ConservationLaws.Compute(Expr.Parse(equation))));
}
