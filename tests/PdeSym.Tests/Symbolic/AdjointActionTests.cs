using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Symbolic;

/// <summary>
/// The adjoint action Ad(exp(εV_i))V_j in closed form: KdV's table against Olver's (Table 3.1 of "Applications of Lie
/// Groups to Differential Equations"), and for every table, independent of how it was computed, the two facts that define
/// it: each Ad(exp(εV_i)) is an automorphism of the algebra ([Ad V_j, Ad V_k] = Ad [V_j, V_k]) and its derivative at
/// ε = 0 is −ad V_i.
/// </summary>
public class AdjointActionTests
{
    [Fact]
    public void Kdv_table_is_olvers()
    {
        var basis = Compute("u_t + u*u_x + u_xxx").Generators;
        AssertSameSpan([G("1", "0", "0")], [basis[0]]);
        AssertSameSpan([G("x", "3*t", "-2*u")], [basis[3]]);
        var ad = AdjointAction.Of(CommutatorTable.Compute(basis))!;
        string[][] olver =
        [
            ["V1", "V2", "V3", "V4 − ε V1"],
            ["V1", "V2", "V3 − ε V1", "V4 − 3ε V2"],
            ["V1", "V2 + ε V1", "V3", "V4 + 2ε V3"],
            ["e^ε V1", "e^(3ε) V2", "e^(−2ε) V3", "V4"],
        ];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) Assert.Equal(olver[i][j], ad.Entry(i, j));
    }

    public static TheoryData<string, int> Algebras => new()
    {
        { "u_t - u_xx", 3 },                    // 𝔰𝔩(2, ℝ) ⋉ 𝔥₃: nilpotent and diagonal rows, ε² terms
        { "u_t + u*u_x - u_xx", 2 },            // Burgers
        { "u_tt - u_xx", 2 },                   // the conformal algebra of the wave equation
    };

    [Theory]
    [MemberData(nameof(Algebras))]
    public void Every_row_is_an_automorphism_generated_by_minus_ad(string equation, int degree)
    {
        var table = CommutatorTable.Compute(Compute(equation, degree).Generators);
        AssertAutomorphisms(table, AdjointAction.Of(table)!);
    }

    [Fact]
    public void A_rotation_acts_by_cosines_and_sines()
    {
        // V1 = ∂x, V2 = ∂t, V3 = t∂x − x∂t, the Euclidean algebra 𝔢(2): ad V3 has eigenvalues ±i.
        var table = CommutatorTable.Compute([G("1", "0", "0"), G("0", "1", "0"), G("t", "-x", "0")]);
        var ad = AdjointAction.Of(table)!;
        Assert.Equal("cos(ε) V1 − sin(ε) V2", ad.Entry(2, 0));
        Assert.Equal("cos(ε) V2 + sin(ε) V1", ad.Entry(2, 1));
        AssertAutomorphisms(table, ad);
    }

    static void AssertAutomorphisms(CommutatorTable table, AdjointAction ad)
    {
        var c = table.ExactConstants()!;
        int n = c.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            Assert.NotNull(ad.Entries[i, 0]);
            foreach (double epsilon in new[] { 0.37, -1.1 })
            {
                var a = Matrix(ad, i, epsilon);
                for (int j = 0; j < n; j++)
                    for (int k = 0; k < n; k++)
                        for (int r = 0; r < n; r++)
                        {
                            double left = 0, right = 0;
                            for (int p = 0; p < n; p++)
                                for (int q = 0; q < n; q++) left += a[p, j] * a[q, k] * c[p, q, r].ToDouble();
                            for (int s = 0; s < n; s++) right += c[j, k, s].ToDouble() * a[r, s];
                            Assert.True(Math.Abs(left - right) < 1e-9 * (1 + Math.Abs(right)), $"row {i + 1}, ε = {epsilon}: [Ad V{j + 1}, Ad V{k + 1}] ≠ Ad [V{j + 1}, V{k + 1}] in V{r + 1}");
                        }
            }
            const double h = 1e-5;
            var (plus, minus) = (Matrix(ad, i, h), Matrix(ad, i, -h));
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++)
                    Assert.True(Math.Abs((plus[k, j] - minus[k, j]) / (2 * h) + c[i, j, k].ToDouble()) < 1e-6);
        }
    }

    static double[,] Matrix(AdjointAction ad, int i, double epsilon)
    {
        int n = ad.Dimension;
        var m = new double[n, n];
        var at = new Dictionary<string, double> { [AdjointAction.Parameter] = epsilon };
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++) m[k, j] = ad.Entries[i, j]![k].Evaluate(at);
        return m;
    }
}
