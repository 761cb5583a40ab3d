using System.Numerics;

namespace PdeSym.Spectral;

/// <summary>
/// The ETDRK4 coefficients of Cox–Matthews for one step h and one Fourier mode with symbol λ, computed as
/// Kassam–Trefethen do: by averaging the φ-function formulas over a circle of radius 1 centred at z = hλ, which
/// avoids the cancellation of the direct formulas near z = 0.
/// The circle must be the full circle with complex averages: the half-circle + real-part shortcut in Kassam and
/// Trefethen's paper is exact only for real λ; for a dispersive equation (KdV: λ = i k³) it silently gives
/// coefficients wrong by O(0.1).
/// </summary>
public readonly record struct Etdrk4Coefficients(Complex E, Complex E2, Complex Q, Complex F1, Complex F2, Complex F3)
{
    /// <summary>Points on the contour; 64 gives double precision for any z.</summary>
    public const int ContourPoints = 64;

    static readonly Complex[] roots = Enumerable.Range(1, ContourPoints)
        .Select(m => Complex.Exp(new Complex(0, Math.PI * (m - 0.5) / (ContourPoints / 2.0))))
        .ToArray();

    public static Etdrk4Coefficients For(Complex lambda, double h)
    {
        var z = h * lambda;
        Complex q = 0, f1 = 0, f2 = 0, f3 = 0;
        foreach (var r in roots)
        {
            var w = z + r;
            var ew = Complex.Exp(w);
            var w3 = w * w * w;
            q += (Complex.Exp(w / 2) - 1) / w;
            f1 += (-4 - w + ew * (4 - 3 * w + w * w)) / w3;
            f2 += (2 + w + ew * (w - 2)) / w3;
            f3 += (-4 - 3 * w - w * w + ew * (4 - w)) / w3;
        }
        double n = ContourPoints;
        return new Etdrk4Coefficients(
            Complex.Exp(z), Complex.Exp(z / 2), h * q / n, h * f1 / n, h * f2 / n, h * f3 / n);
    }
}
