using System.Globalization;
using System.Text;

namespace PdeSym.Images;

/// <summary>
/// Writes a polynomial in x and y in the project's plain expression syntax (<c>0.98*x - 0.012*x^2*y</c>), with
/// three significant digits; terms smaller than <c>relativeCutoff</c> times the largest coefficient given are
/// left out. (Kept to this one function so it can move onto the symbolic core's printer.)
/// </summary>
public static class PlainPolynomialText
{
    public static string Format(IReadOnlyList<double> coefficients, int degree, double scale, double relativeCutoff = 0.01)
    {
        var monomials = PolynomialPlaneField.Monomials(degree);
        var text = new StringBuilder();
        for (int m = 0; m < monomials.Count; m++)
        {
            double c = coefficients[m];
            if (Math.Abs(c) < relativeCutoff * scale || c == 0) continue;
            string number = Number(Math.Abs(c));
            string factors = Factors(monomials[m].X, monomials[m].Y);
            string term = factors.Length == 0 ? number : number == "1" ? factors : $"{number}*{factors}";
            if (text.Length == 0) text.Append(c < 0 ? "-" : "").Append(term);
            else text.Append(c < 0 ? " - " : " + ").Append(term);
        }
        return text.Length == 0 ? "0" : text.ToString();
    }

    static string Factors(int px, int py)
    {
        var parts = new List<string>();
        if (px > 0) parts.Add(px == 1 ? "x" : $"x^{px}");
        if (py > 0) parts.Add(py == 1 ? "y" : $"y^{py}");
        return string.Join("*", parts);
    }

    /// <summary>A positive number to three significant digits as an invariant decimal literal.</summary>
    static string Number(double value)
    {
        int digits = 2 - (int)Math.Floor(Math.Log10(value));
        double rounded = digits >= 0 ? Math.Round(value, Math.Min(digits, 15)) : Math.Round(value / Math.Pow(10, -digits)) * Math.Pow(10, -digits);
        return rounded.ToString("0.###############", CultureInfo.InvariantCulture);
    }
}
