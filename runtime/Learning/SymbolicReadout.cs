using PdeSym.Symbolic;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Learning;

/// <summary>A learned field read out as a sparse combination of library functions, in physical x, t, u.</summary>
/// <param name="Generator">ξ∂x + τ∂t + φ∂u with rounded float coefficients.</param>
/// <param name="FitQuality">R² of the sparse fit in normalised units (1 = the field is exactly that combination).</param>
public sealed record FieldReadout(Generator Generator, double FitQuality);

/// <summary>
/// Reads a field out symbolically: each component (in normalised units, so the three weigh alike) is fitted by
/// least squares on the library's functions at sample points, then coefficients whose contribution is below
/// <c>threshold</c> × the field's RMS are dropped and the rest refitted, until the support is stable (sequentially
/// thresholded least squares). The result is scaled so its largest term has coefficient ±1 and rounded to three
/// significant digits.
/// </summary>
public sealed class SymbolicReadout(FunctionLibrary library, CoordinateScales scales, double threshold = 0.05)
{
    public FunctionLibrary Library { get; } = library;

    /// <param name="points">Physical (x, t, u) <c>[P, 3]</c>.</param>
    /// <param name="field">Physical (ξ, τ, φ) at the points <c>[P, 3]</c>.</param>
    public FieldReadout Read(Tensor points, Tensor field)
    {
        using var scope = NewDisposeScope();
        var columns = stack(Library.Terms.Select(term => Evaluate(term, points)).ToArray(), 1); // [P, J]
        var columnScale = columns.square().mean([0]).sqrt().clamp(min: 1e-300);
        var design = columns / columnScale;
        var target = scales.FieldToNormalised(field); // [P, 3]
        double fieldRms = target.square().sum(-1).mean().sqrt().item<double>();
        var units = new[] { scales.Length, scales.Duration, scales.ScaleU };

        int terms = Library.Terms.Count;
        var active = Enumerable.Range(0, 3).Select(_ => Enumerable.Repeat(true, terms).ToArray()).ToArray();
        var coefficients = new double[3][];
        for (int iteration = 0; iteration < 10; iteration++)
        {
            bool changed = false;
            for (int c = 0; c < 3; c++)
            {
                coefficients[c] = Fit(design, target.select(1, c), active[c]);
                for (int j = 0; j < terms; j++)
                    if (active[c][j] && Math.Abs(coefficients[c][j]) < threshold * fieldRms)
                    {
                        active[c][j] = false;
                        coefficients[c][j] = 0;
                        changed = true;
                    }
            }
            if (!changed) break;
        }
        for (int c = 0; c < 3; c++) coefficients[c] = Fit(design, target.select(1, c), active[c]);

        // Residual of the sparse fit (normalised units).
        var fitted = stack(Enumerable.Range(0, 3).Select(c => matmul(design, tensor(coefficients[c]))).ToArray(), 1);
        double quality = 1 - (fitted - target).square().sum(-1).mean().item<double>() / Math.Max(fieldRms * fieldRms, 1e-300);

        // Physical coefficients: component c = unit_c · Σ_j (k_j / scale_j) f_j.
        var scalesJ = columnScale.data<double>().ToArray();
        var physical = Enumerable.Range(0, 3).Select(c => Enumerable.Range(0, terms).Select(j => coefficients[c][j] * units[c] / scalesJ[j]).ToArray()).ToArray();
        // Scale so the largest contribution (normalised) has coefficient ±1 on its term.
        double best = 0, pivot = 1;
        for (int c = 0; c < 3; c++)
            for (int j = 0; j < terms; j++)
                if (Math.Abs(coefficients[c][j]) > best) { best = Math.Abs(coefficients[c][j]); pivot = physical[c][j]; }
        var components = physical.Select(row => Expr.Add(row.Select((v, j) => v == 0 ? Expr.Zero : Coefficient(Round(v / pivot)) * Library.Terms[j]))).ToArray();
        return new FieldReadout(new Generator(components[0].Simplify(), components[1].Simplify(), components[2].Simplify()), quality);
    }

    static double[] Fit(Tensor design, Tensor target, bool[] active)
    {
        var index = Enumerable.Range(0, active.Length).Where(j => active[j]).Select(j => (long)j).ToArray();
        var result = new double[active.Length];
        if (index.Length == 0) return result;
        using var scope = NewDisposeScope();
        var a = design.index_select(1, tensor(index));
        var solution = linalg.lstsq(a, target.unsqueeze(1)).Solution.reshape(-1).data<double>().ToArray();
        for (int i = 0; i < index.Length; i++) result[index[i]] = solution[i];
        return result;
    }

    /// <summary>Three significant digits; exact 1 stays 1 so pivots print without a coefficient.</summary>
    static double Round(double v)
    {
        if (v == 0) return 0;
        double digits = Math.Pow(10, 2 - Math.Floor(Math.Log10(Math.Abs(v))));
        return Math.Round(v * digits) / digits;
    }

    // Whole numbers become exact integers (they print as 3, not 3.0); others stay floats.
    static Expr Coefficient(double v) => v == Math.Round(v) && Math.Abs(v) < 1e6 ? Expr.Num((int)v) : Expr.Float(v);

    internal static Tensor Evaluate(Expr e, Tensor points)
    {
        var x = points.select(-1, 0);
        var t = points.select(-1, 1);
        var u = points.select(-1, 2);
        var value = e.Evaluate(name => name switch { "x" => x, "t" => t, "u" => u, _ => throw new KeyNotFoundException(name) });
        return value.dim() == 0 ? value.expand_as(x) : value;
    }
}
