using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// The kind of Lie algebra a commutator table describes, against the classification of real Lie algebras of dimension
/// ≤ 3 (Bianchi) realised by textbook vector fields, and the published structure of KdV's and the heat equation's
/// algebras (Olver, Applications of Lie Groups to Differential Equations, §2.4).
/// </summary>
public class LieAlgebraStructureTests
{
    static LieAlgebraStructure Structure(params Generator[] basis) =>
        LieAlgebraStructure.Of(CommutatorTable.Compute(basis)) ?? throw new InvalidOperationException("not closed or not exact");

    public static TheoryData<string[], string> ThreeDimensional => new()
    {
        { ["1,0,0", "0,1,0", "t,0,1"], "Heisenberg algebra 𝔥₃ (Bianchi II)" },     // KdV's periodic algebra
        { ["t,-x,0", "0,u,-t", "-u,0,x"], "𝔰𝔬(3) (Bianchi IX)" },                   // rotations of (x, t, u)-space
        { ["1,0,0", "x,0,0", "x^2,0,0"], "𝔰𝔩(2, ℝ) (Bianchi VIII)" },              // projective line
        { ["1,0,0", "0,1,0", "t,-x,0"], "𝔢(2), the Euclidean motions of the plane (Bianchi VII₀)" },
        { ["1,0,0", "0,1,0", "t,x,0"], "𝔢(1, 1), the Poincaré algebra of 1 + 1 dimensions (Bianchi VI₀)" },
        { ["1,0,0", "x,0,0", "0,1,0"], "𝔞𝔣𝔣(1) ⊕ ℝ (Bianchi III)" },
        { ["1,0,0", "0,1,0", "x,t,0"], "Bianchi V" },                                 // isotropic scaling of the plane
        { ["1,0,0", "0,1,0", "x + t,t,0"], "Bianchi IV" },                            // a Jordan block
        { ["1,0,0", "0,1,0", "x,0,0"], "𝔞𝔣𝔣(1) ⊕ ℝ (Bianchi III)" },
    };

    [Theory]
    [MemberData(nameof(ThreeDimensional))]
    public void Three_dimensional_algebras_are_named_by_their_Bianchi_type(string[] fields, string name)
    {
        var basis = fields.Select(f => f.Split(',')).Select(p => G(p[0], p[1], p[2])).ToArray();
        Assert.Equal(name, Structure(basis).Name);
    }

    [Fact]
    public void Kdv_is_solvable_with_the_heisenberg_algebra_as_derived_algebra()
    {
        var kdv = SymmetryAlgebra.Compute(PdeCatalog.Get("kdv").Equation()).Generators;
        var s = Structure([.. kdv]);
        Assert.Null(s.Name);
        Assert.True(s.Solvable);
        Assert.False(s.Nilpotent);
        Assert.Equal(3, s.Derived.Count);
        Assert.Empty(s.Centre);
        Assert.Contains("≅ Heisenberg algebra 𝔥₃", s.Describe(k => $"V{k + 1}"));
        var periodic = Structure(G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"));
        Assert.True(periodic.Nilpotent);
        Assert.Equal("Heisenberg algebra 𝔥₃ (Bianchi II): nilpotent; derived algebra ⟨W1⟩ = centre", periodic.Describe(k => $"W{k + 1}"));
    }

    [Fact]
    public void Mkdvs_scaling_acts_on_its_translations_with_weights_one_and_three()
    {
        // ∂x, ∂t and x∂x + 3t∂t − u∂u: [∂x, S] = ∂x, [∂t, S] = 3∂t, so the action on [g, g] = ⟨∂x, ∂t⟩ has eigenvalues in
        // the ratio 1 : 3 — Bianchi VI with h fixed by that ratio.
        var mkdv = Structure([.. SymmetryAlgebra.Compute(PdeCatalog.Get("mkdv").Equation()).Generators]);
        Assert.Equal("Bianchi VIₕ (eigenvalues of the action on [g, g] in the ratio 0.333)", mkdv.Name);
        Assert.False(mkdv.Nilpotent);
    }

    [Fact]
    public void Heat_has_u_du_central_and_its_projective_generator_makes_it_not_solvable()
    {
        var heat = PdeCatalog.Get("heat").Equation();
        var degree2 = Structure([.. SymmetryAlgebra.Compute(heat).Generators]);
        Assert.True(degree2.Solvable);
        Assert.Equal("u∂u", SymmetryAlgebra.Compute(heat).Generators[4].ToUnicode());
        Assert.Equal(new Rational[] { 0, 0, 0, 0, 1 }, Assert.Single(degree2.Centre));
        // With the projective generator the algebra is the Schrödinger algebra 𝔰𝔩(2, ℝ) ⋉ 𝔥₃: Levi factor spanned by ∂t,
        // x∂x + 2t∂t and the projective one; radical ∂x, the Galilean boost and u∂u, a Heisenberg algebra.
        var degree3 = Structure([.. SymmetryAlgebra.Compute(heat, 3).Generators]);
        Assert.False(degree3.Solvable);
        Assert.Equal(3, degree3.Radical.Count);
        Assert.Contains("not solvable; Levi factor 𝔰𝔩(2, ℝ) (Bianchi VIII), radical ⟨", degree3.Describe(k => $"V{k + 1}"));
        Assert.Contains("⟩ ≅ Heisenberg algebra 𝔥₃ (Bianchi II)", degree3.Describe(k => $"V{k + 1}"));
    }

    [Fact]
    public void Burgers_is_sl2_acting_on_an_abelian_plane()
    {
        // ∂x, ∂t, t∂x + ∂u, x∂x + 2t∂t − u∂u, xt∂x + t²∂t + (x − tu)∂u: 𝔰𝔩(2, ℝ) ⋉ ℝ², the radical ∂x and the boost.
        var burgers = Structure([.. SymmetryAlgebra.Compute(PdeCatalog.Get("burgers").Equation(), 3).Generators]);
        Assert.Equal(5, burgers.Dimension);
        Assert.Empty(burgers.Centre);
        Assert.Contains("Levi factor 𝔰𝔩(2, ℝ) (Bianchi VIII), radical ⟨", burgers.Describe(k => $"V{k + 1}"));
        Assert.Contains("⟩ ≅ abelian ℝ²", burgers.Describe(k => $"V{k + 1}"));
        var so3 = Structure(G("t", "-x", "0"), G("0", "u", "-t"), G("-u", "0", "x"));
        Assert.Equal("𝔰𝔬(3) (Bianchi IX): semisimple; centre 0", so3.Describe(k => $"V{k + 1}"));
    }

    // Rotations of (x, t, u)-space and the conformal fields P_i ± K_i, K_i = 2x_i(r·∂) − |r|²∂_i: with P + K they span
    // 𝔰𝔬(4) (the rotations of the 3-sphere, in stereographic coordinates), with P − K the Lorentz algebra 𝔰𝔬(3, 1).
    static readonly string[] Rotations = ["t,-x,0", "u,0,-x", "0,u,-t"];
    static readonly string[] ConformalPlus = ["1 + x^2 - t^2 - u^2,2*x*t,2*x*u", "2*x*t,1 + t^2 - x^2 - u^2,2*t*u", "2*x*u,2*t*u,1 + u^2 - x^2 - t^2"];
    static readonly string[] ConformalMinus = ["1 - x^2 + t^2 + u^2,-2*x*t,-2*x*u", "-2*x*t,1 - t^2 + x^2 + u^2,-2*t*u", "-2*x*u,-2*t*u,1 - u^2 + x^2 + t^2"];
    static readonly string[] ProjectiveX = ["1,0,0", "x,0,0", "x^2,0,0"];
    static readonly string[] ProjectiveT = ["0,1,0", "0,t,0", "0,t^2,0"];
    // 𝔰𝔬(3) on the (t, u)-plane as the rotations of the 2-sphere: u∂t − t∂u and the 2-D P + K.
    static readonly string[] SphereTu = ["0,u,-t", "0,1 + t^2 - u^2,2*t*u", "0,2*t*u,1 + u^2 - t^2"];

    public static TheoryData<string[], string> SixDimensional => new()
    {
        { [.. ProjectiveX, .. ProjectiveT], "𝔰𝔩(2, ℝ) ⊕ 𝔰𝔩(2, ℝ) ≅ 𝔰𝔬(2, 2)" },
        { [.. ProjectiveX, .. SphereTu], "𝔰𝔩(2, ℝ) ⊕ 𝔰𝔬(3)" },
        { [.. Rotations, .. ConformalPlus], "𝔰𝔬(3) ⊕ 𝔰𝔬(3) ≅ 𝔰𝔬(4)" },
        { [.. Rotations, .. ConformalMinus], "𝔰𝔬(3, 1) ≅ 𝔰𝔩(2, ℂ), the Lorentz algebra" },
    };

    [Theory]
    [MemberData(nameof(SixDimensional))]
    public void Six_dimensional_semisimple_algebras_are_told_apart_by_their_killing_form(string[] fields, string name)
    {
        var basis = fields.Select(f => f.Split(',')).Select(p => G(p[0], p[1], p[2])).ToArray();
        var s = Structure(basis);
        Assert.Empty(s.Radical);
        Assert.Equal(name, s.Name);
        Assert.Equal($"{name}: semisimple; centre 0", s.Describe(k => $"V{k + 1}"));
    }

    [Fact]
    public void Low_dimensions_and_tables_that_are_not_algebras()
    {
        Assert.Equal("abelian ℝ²", Structure(G("1", "0", "0"), G("0", "1", "0")).Describe(k => $"V{k + 1}"));
        Assert.Equal("𝔞𝔣𝔣(1), the non-abelian 2-dimensional algebra", Structure(G("1", "0", "0"), G("x", "0", "0")).Name);
        Assert.Null(LieAlgebraStructure.Of(CommutatorTable.Compute([G("1", "0", "0"), G("x^2", "0", "0")]))); // [∂x, x²∂x] = 2x∂x: not closed
    }
}
