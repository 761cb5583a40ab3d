using System.Numerics;
using PdeSym.Spectral;

namespace PdeSym.Tests.Spectral;

/// <summary>
/// The contour-integral coefficients against the φ-function formulas, for the imaginary symbol of KdV. The
/// half-circle + real-part shortcut of Kassam–Trefethen's paper (valid only for real L) is computed here as the
/// counter-example the oracle must reject.
/// </summary>
public class Etdrk4CoefficientTests
{
    const double H = 0.02;

    // Cox–Matthews formulas evaluated directly; accurate where |z| is not small.
    static Etdrk4Coefficients Direct(Complex lambda, double h)
    {
        var z = h * lambda;
        var ez = Complex.Exp(z);
        var z3 = z * z * z;
        return new(ez, Complex.Exp(z / 2), h * (Complex.Exp(z / 2) - 1) / z,
            h * (-4 - z + ez * (4 - 3 * z + z * z)) / z3, h * (2 + z + ez * (z - 2)) / z3, h * (-4 - 3 * z - z * z + ez * (4 - z)) / z3);
    }

    static IEnumerable<Complex> KdVSymbols()
    {
        var grid = new PeriodicGrid(128, 256);
        return Enumerable.Range(0, grid.Bins).Select(m => -SpectralDerivative.Symbol(grid, m, 3)); // L = -∂x³ → i k³
    }

    static double RelativeError(Complex a, Complex b) => (a - b).Magnitude / Math.Max(b.Magnitude, 1e-300);

    [Fact]
    public void Full_circle_matches_the_phi_functions_for_imaginary_L()
    {
        foreach (var lambda in KdVSymbols().Where(l => (H * l).Magnitude > 1))
        {
            var c = Etdrk4Coefficients.For(lambda, H);
            var d = Direct(lambda, H);
            foreach (var (a, b) in new[] { (c.Q, d.Q), (c.F1, d.F1), (c.F2, d.F2), (c.F3, d.F3) })
                Assert.True(RelativeError(a, b) < 1e-11, $"λ = {lambda}: {a} vs {b}");
        }
    }

    [Fact]
    public void Small_z_reaches_the_Taylor_limits()
    {
        // z → 0: Q → h/2, f1 → h/6, f2 → h/6, f3 → h/6, each to within O(|z|) relative.
        foreach (var lambda in new[] { Complex.Zero, new Complex(0, 1e-6), new Complex(-1e-5, 0) })
        {
            var c = Etdrk4Coefficients.For(lambda, H);
            double tolerance = 2 * (H * lambda).Magnitude + 1e-14;
            Assert.True(RelativeError(c.Q, H / 2) < tolerance);
            Assert.True(RelativeError(c.F1, H / 6) < tolerance);
            Assert.True(RelativeError(c.F2, H / 6) < tolerance);
            Assert.True(RelativeError(c.F3, H / 6) < tolerance);
        }
    }

    [Fact]
    public void Half_circle_real_part_shortcut_is_wrong_for_dispersive_L()
    {
        double worst = 0;
        foreach (var lambda in KdVSymbols().Where(l => (H * l).Magnitude > 0.5))
        {
            // Kassam–Trefethen's shortcut: 16 points on the upper half circle, real part of the mean.
            Complex sum = 0;
            const int m = 16;
            for (int j = 1; j <= m; j++)
            {
                var w = H * lambda + Complex.Exp(new Complex(0, Math.PI * (j - 0.5) / m));
                sum += (-4 - w + Complex.Exp(w) * (4 - 3 * w + w * w)) / (w * w * w);
            }
            var shortcut = new Complex(H * (sum / m).Real, 0);
            worst = Math.Max(worst, RelativeError(shortcut, Direct(lambda, H).F1));
        }
        Assert.True(worst > 0.05, $"the shortcut should be visibly wrong, worst relative error {worst:e2}");
    }
}
