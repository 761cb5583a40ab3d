using PdeSym.Symbolic;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Learning;

/// <summary>
/// The sharp, unit-free score of a candidate generator on data: C = D_t Q − F_*[Q] (built symbolically by
/// <see cref="SharpScore"/>) evaluated at the spectral jets of the data, reported as
/// rel = ‖C‖ / ‖V‖ / ‖u_t‖ with ‖V‖ the field's RMS size in the normalised units (x/L, t/T, u/σ_u) and norms the
/// RMS over the data's points. 0 for an exact symmetry, O(1) for a non-symmetry.
/// </summary>
public sealed class SharpScoreOnData(IPde pde, DataJets jets, CoordinateScales scales)
{
    readonly Expr equation = pde.Equation();
    readonly EvolutionEquation evolution = EvolutionEquation.From(pde.Equation());
    double? utNorm;

    /// <summary>RMS of u_t = F over the data's points.</summary>
    public double UtNorm => utNorm ??= Rms(evolution.Rhs);

    /// <summary>rel of the generator; +∞ for the zero generator, which moves nothing and is no symmetry.</summary>
    public double Relative(Generator generator)
    {
        if (generator.IsZero) return double.PositiveInfinity;
        using var scope = NewDisposeScope();
        return Rms(Criterion(generator)) / FieldSize(generator);
    }

    /// <summary>C / ‖u_t‖ at the data's points: linear in the generator, so a combination's is the combination of theirs.</summary>
    public Tensor Criterion(Generator generator)
    {
        var criterion = SharpScore.Build(equation, generator);
        return criterion.IsZero ? zeros(jets.Count, dtype: ScalarType.Float64) : Values(criterion) / UtNorm;
    }

    /// <summary>RMS over the data's points of the field's size in normalised units.</summary>
    public double FieldSize(Generator g)
    {
        using var scope = NewDisposeScope();
        return Field(g).square().sum(-1).mean().sqrt().item<double>();
    }

    /// <summary>The field (ξ/L, τ/T, φ/σ_u) at the data's points, <c>[P, 3]</c>.</summary>
    public Tensor Field(Generator g) => stack([Values(g.Xi) / scales.Length, Values(g.Tau) / scales.Duration, Values(g.Phi) / scales.ScaleU], -1);

    /// <summary>An expression's values at the data's points.</summary>
    public Tensor Values(Expr e)
    {
        using var scope = NewDisposeScope();
        var v = e.Evaluate(name => jets[name]);
        return (v.dim() == 0 ? v.expand(jets.Count) : v).MoveToOuterDisposeScope();
    }

    double Rms(Expr e)
    {
        using var scope = NewDisposeScope();
        return Rms(Values(e));
    }

    static double Rms(Tensor values) => values.square().mean().sqrt().item<double>();
}
