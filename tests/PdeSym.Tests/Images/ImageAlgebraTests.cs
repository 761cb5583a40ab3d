using PdeSym.Images;

namespace PdeSym.Tests.Images;

/// <summary>
/// The learned image algebra from fields as a learner leaves them (mixtures of motions plus a little noise), scored by
/// a stand-in for the classifier that accepts exactly the motions the data allow; the brackets are the affine ones
/// ([∂x, −y∂x + x∂y] = ∂y, [∂x, x∂x + y∂y] = ∂x, rotation and scaling commute).
/// </summary>
public class ImageAlgebraTests
{
    const int N = 20;
    static readonly double[] Weights = PlaneWeights.Uniform(N, N);
    static readonly double[] Sizes = PlaneMotion.Affine.Select(m => PlaneInnerProduct.SquaredNorm(m.OnGrid(N, N), Weights)).ToArray();

    /// <summary>A field Σ a_k motion_k + a small quadratic wobble, read out as the study reads its fields.</summary>
    static IReadOnlyList<NamedComponent> Field(params (PlaneMotion Motion, double A)[] parts) =>
        FieldReadout.Read(ImagePlane.Sample((x, y) =>
        {
            double vx = 0.02 * x * y, vy = -0.02 * x * x;
            foreach (var (m, a) in parts) { var (mx, my) = m.At(x, y); vx += a * mx; vy += a * my; }
            return (vx, vy);
        }, N, N), Weights, N, N).Components;

    /// <summary>Relative validity 0.1, plus 20 × the share of the combination's size outside the allowed motions.</summary>
    static Func<IReadOnlyList<double[]>, double[]> Accepting(params PlaneMotion[] allowed) => combinations => combinations.Select(c =>
    {
        double outside = 0, total = 0;
        for (int k = 0; k < c.Length; k++)
        {
            double energy = c[k] * c[k] * Sizes[k];
            total += energy;
            if (!allowed.Contains(PlaneMotion.Affine[k])) outside += energy;
        }
        return 0.1 + 20 * outside / total;
    }).ToArray();

    [Fact]
    public void Mixed_fields_of_the_standard_data_read_as_translations_rotation_and_scaling()
    {
        var fields = new[]
        {
            Field((PlaneMotion.TranslationX, 0.8), (PlaneMotion.Rotation, 0.5)),
            Field((PlaneMotion.TranslationY, 1), (PlaneMotion.Scaling, -0.4)),
            Field((PlaneMotion.Rotation, 1), (PlaneMotion.Scaling, 0.7), (PlaneMotion.TranslationX, 0.2)),
            Field((PlaneMotion.Scaling, 1), (PlaneMotion.TranslationY, 0.3)),
        };
        var algebra = ImageAlgebra.Reduce(fields, Sizes,
            Accepting(PlaneMotion.TranslationX, PlaneMotion.TranslationY, PlaneMotion.Rotation, PlaneMotion.Scaling), threshold: 0.5);
        Assert.Equal(["translation-x", "translation-y", "rotation", "isotropic scaling"], algebra.Basis.Select(e => e.Name));
        Assert.True(algebra.Closed);
        var w = algebra.Commutators;
        // [tx, rot] = ty, [ty, rot] = −tx, [tx, scale] = tx, [ty, scale] = ty, [rot, scale] = 0.
        Assert.Equal(("W2", "−W1", "W1", "W2", "0"), (w[0][2], w[1][2], w[0][3], w[1][3], w[2][3]));
        // The similarity algebra of the plane: rotation and scaling act on the translations, which they span.
        Assert.Equal("dimension 4: solvable, not nilpotent; derived algebra ⟨W1, W2⟩ ≅ abelian ℝ², centre 0", algebra.Structure);
    }

    [Fact]
    public void A_direction_the_classifier_rejects_is_left_out()
    {
        // Oriented data: rotation changes the class. Three symmetric fields span translations and scaling, each with a
        // little of a motion the data do not apply (as trained fields carry); a fourth, carrying a little rotation,
        // also passed the fields' bar, and its extra direction is the rotation.
        var fields = new[]
        {
            Field((PlaneMotion.TranslationX, 1), (PlaneMotion.TranslationY, 0.3), (PlaneMotion.Shear, 0.08)),
            Field((PlaneMotion.TranslationY, 1), (PlaneMotion.TranslationX, -0.2), (PlaneMotion.Rotation, 0.03)),
            Field((PlaneMotion.Scaling, 1), (PlaneMotion.TranslationX, 0.1), (PlaneMotion.AnisotropicScaling, -0.1)),
            Field((PlaneMotion.Scaling, 0.5), (PlaneMotion.TranslationY, 1), (PlaneMotion.Rotation, 0.05)),
        };
        var algebra = ImageAlgebra.Reduce(fields, Sizes, Accepting(PlaneMotion.TranslationX, PlaneMotion.TranslationY, PlaneMotion.Scaling), threshold: 0.5);
        Assert.Equal(["translation-x", "translation-y", "isotropic scaling"], algebra.Basis.Select(e => e.Name));
        Assert.All(algebra.Basis, e => Assert.True(e.RelativeValidity <= 0.5));
        Assert.True(algebra.Closed);
        Assert.StartsWith("Bianchi V:", algebra.Structure); // scaling acts on the translations as a multiple of the identity
    }

    [Fact]
    public void A_motion_mixed_in_goes_if_the_element_still_scores_and_stays_if_it_is_the_symmetry()
    {
        // A translation read through noise (0.3 of anisotropic scaling) is the translation...
        var tilted = ImageAlgebra.Reduce([Field((PlaneMotion.TranslationX, 1), (PlaneMotion.AnisotropicScaling, 0.3))], Sizes,
            Accepting(PlaneMotion.TranslationX), threshold: 0.5);
        Assert.Equal("translation-x", Assert.Single(tilted.Basis).Name);
        // ...but a spiral, rotation + 0.4 isotropic scaling, is kept whole when only the spiral scores as a symmetry.
        double Spiral(double[] c) => Math.Abs(c[3] / c[2] - 0.4) < 0.05 ? 0.1 : 5;
        var spiral = ImageAlgebra.Reduce([Field((PlaneMotion.Rotation, 1), (PlaneMotion.Scaling, 0.4))], Sizes,
            combinations => combinations.Select(Spiral).ToArray(), threshold: 0.5);
        Assert.Equal("rotation + 0.4 isotropic scaling", Assert.Single(spiral.Basis).Name);
    }

    [Fact]
    public void No_symmetric_field_gives_an_empty_algebra()
    {
        var algebra = ImageAlgebra.Reduce([], Sizes, Accepting(), threshold: 0.5);
        Assert.Empty(algebra.Basis);
        Assert.True(algebra.Closed);
    }
}
