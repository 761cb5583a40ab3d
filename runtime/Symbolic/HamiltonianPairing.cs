namespace PdeSym.Symbolic;

/// <summary>
/// Noether's theorem in Hamiltonian form (Olver, Theorem 7.15): when u_t = F is D_x(δH/δu) — found as a law whose
/// multiplier Λ_H has D_xΛ_H = c·F, so H = T_H/c — every conservation law's multiplier Λ = δT/δu maps to the symmetry with
/// characteristic Q = D_xΛ. KdV: H = u_x²/2 − u³/6, and mass, the Galilean law, momentum and energy map to 0 (a Casimir),
/// the boost, the translation in x and the one in t. Each Q is checked on the equation (<see cref="GeneralizedSymmetries.Criterion"/>).
/// </summary>
/// <param name="Hamiltonian">H, with u_t = D_x(δH/δu).</param>
/// <param name="Symmetries">D_xΛ for each law, in the laws' order (0 for a Casimir).</param>
public sealed record HamiltonianPairing(Expr Hamiltonian, IReadOnlyList<Expr> Symmetries)
{
    /// <summary>One paragraph: the Hamiltonian form and what each law maps to (Λ1 ↦ 0, Λ2 ↦ 1 − t·u_x, …).</summary>
    public string Describe() =>
        $"Hamiltonian: u_t = D_x(δH/δu) with H = {Hamiltonian.ToUnicode()}; so (Noether) each law's D_xΛ is a symmetry: " +
        string.Join(", ", Symmetries.Select((q, i) => $"Λ{i + 1} ↦ " + (q.IsZero ? "0 (a Casimir)" : q.ToUnicode())));

    /// <returns>The pairing, or null when no law's multiplier makes the equation Hamiltonian with D_x.</returns>
    public static HamiltonianPairing? Of(ConservationLaws laws)
    {
        if (laws.Evolution.TimeOrder != 1 || laws.Laws.Any(l => l.Density is null)) return null;
        var ring = new PolynomialRing();
        JetPolynomial rhs;
        List<JetPolynomial> flows;
        try
        {
            rhs = ring.FromExpr(laws.Evolution.Rhs);
            flows = laws.Laws.Select(l => ring.TotalX(ring.FromExpr(l.Multiplier))).ToList();
        }
        catch (NotPolynomialException) { return null; }
        if (rhs.IsZero) return null;
        var (lead, f) = rhs.Terms.First();
        for (int i = 0; i < flows.Count; i++)
        {
            var c = flows[i].Terms.GetValueOrDefault(lead, Rational.Zero) / f;
            if (c.IsZero || !(flows[i] - rhs.Scale(c)).IsZero) continue;
            var symmetries = flows.Select(ring.ToExpr).ToList();
            if (symmetries.Any(q => !GeneralizedSymmetries.Criterion(laws.Equation, q).IsZero)) return null;
            return new HamiltonianPairing((laws.Laws[i].Density! / Expr.Num(c)).Expand(), symmetries);
        }
        return null;
    }
}
