using PdeSym.Images;

namespace PdeSym.Tests.Images;

/// <summary>Recovery and precision against the generator's motions, on spans whose answer is known.</summary>
public class SymmetryRecoveryTests
{
    const int N = 16;
    static readonly double[] Uniform = PlaneWeights.Uniform(N, N);
    static readonly IReadOnlyList<PlaneMotion> Applied = [PlaneMotion.TranslationX, PlaneMotion.TranslationY, PlaneMotion.Rotation, PlaneMotion.Scaling];

    static double[,] Combine(params (double Weight, PlaneMotion Motion)[] terms) =>
        PolynomialPlaneField.From(new PlaneMotion("combination",
            [.. Enumerable.Range(0, 3).Select(k => terms.Sum(t => t.Weight * t.Motion.Vx[k]))],
            [.. Enumerable.Range(0, 3).Select(k => terms.Sum(t => t.Weight * t.Motion.Vy[k]))])).OnGrid(N, N);

    [Fact]
    public void Mixed_fields_spanning_the_true_motions_recover_all_of_them_and_nothing_else()
    {
        // Four independent mixtures of the four applied motions span the same space.
        var fields = new[]
        {
            Combine((1, PlaneMotion.TranslationX), (0.5, PlaneMotion.Rotation)),
            Combine((1, PlaneMotion.TranslationY), (-0.3, PlaneMotion.Scaling)),
            Combine((0.7, PlaneMotion.Rotation), (0.7, PlaneMotion.Scaling)),
            Combine((0.7, PlaneMotion.Rotation), (-0.7, PlaneMotion.Scaling), (0.2, PlaneMotion.TranslationX)),
        };
        var recovery = SymmetryRecovery.Measure(fields, Applied, Uniform, N, N);
        foreach (var m in recovery.Motions)
            Assert.Equal(m.Applied ? 1.0 : 0.0, m.Fraction, 9);
        Assert.Equal(1.0, recovery.Precision);
    }

    [Fact]
    public void A_shear_called_a_symmetry_lowers_precision_and_a_missing_rotation_lowers_recovery()
    {
        var fields = new[]
        {
            PlaneMotion.TranslationX.OnGrid(N, N),
            PlaneMotion.TranslationY.OnGrid(N, N),
            PlaneMotion.Scaling.OnGrid(N, N),
            PlaneMotion.Shear.OnGrid(N, N),
        };
        var recovery = SymmetryRecovery.Measure(fields, Applied, Uniform, N, N);
        Assert.Equal(0.75, recovery.Precision);
        Assert.Equal(0.0, recovery.Motions.Single(m => m.Motion == "rotation").Fraction, 9);
        Assert.Equal(1.0, recovery.Motions.Single(m => m.Motion == "shear").Fraction, 9);
        // A field half inside the true span: |P v|/|v| = 1/√2 for translation-x + shear of equal size (shear is
        // orthogonal to every applied motion on a symmetric grid).
        var shear = PlaneMotion.Shear.OnGrid(N, N);
        double shearNorm = Math.Sqrt(Enumerable.Range(0, N * N).Sum(p => Uniform[p] * (shear[p, 0] * shear[p, 0] + shear[p, 1] * shear[p, 1])));
        double inside = SymmetryRecovery.FractionInSpan(
            Combine((shearNorm, PlaneMotion.TranslationX), (1, PlaneMotion.Shear)),
            Applied.Select(m => m.OnGrid(N, N)).ToArray(), Uniform);
        Assert.Equal(Math.Sqrt(0.5), inside, 9);
    }

    [Fact]
    public void Nothing_called_a_symmetry_recovers_nothing()
    {
        var recovery = SymmetryRecovery.Measure([], Applied, Uniform, N, N);
        Assert.Null(recovery.Precision);
        Assert.All(recovery.Motions, m => Assert.Equal(0.0, m.Fraction));
    }
}
