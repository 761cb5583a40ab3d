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

    public double Relative(Generator generator)
    {
        var criterion = SharpScore.Build(equation, generator);
        double c = criterion.IsZero ? 0 : Rms(criterion);
        return c / FieldSize(generator) / UtNorm;
    }

    /// <summary>RMS over the data's points of the field's size in normalised units.</summary>
    public double FieldSize(Generator g)
    {
        using var scope = NewDisposeScope();
        var xi = Values(g.Xi) / scales.Length;
        var tau = Values(g.Tau) / scales.Duration;
        var phi = Values(g.Phi) / scales.ScaleU;
        return (xi.square() + tau.square() + phi.square()).mean().sqrt().item<double>();
    }

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
        return Values(e).square().mean().sqrt().item<double>();
    }
}
