using PdeSym.Learning;
using PdeSym.Spectral;
using PdeSym.Symbolic;
using static TorchSharp.torch;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Tests.Learning;

/// <summary>
/// The learned algebra's reduced basis, from readouts of fields as trained runs learned them, scored on real
/// trajectories (the paper authors' KdV data; cylindrical KdV simulated here). The published algebras must come out
/// term for term — KdV's periodic ∂x, ∂t, t∂x + ∂u; cKdV's ∂x, 2√(t + 1)∂x + 1/√(t + 1)∂u — and the symbolic core,
/// without the data, is the judge of what the report may call confirmed.
/// </summary>
public class LearnedAlgebraTests
{
    /// <summary>The fields read out on the data (as the learner's analysis does), then reduced.</summary>
    static IReadOnlyList<AlgebraElement> Reduce(IPde pde, TrajectorySet data, params string[][] fields) => Reduce(pde, data, clean: true, fields);

    static (IReadOnlyList<AlgebraElement> Spanned, IReadOnlyList<AlgebraElement> Completed) Complete(IPde pde, TrajectorySet data, params string[][] fields) =>
        Complete(pde, data, null, fields);

    /// <param name="period">x's period, for a linear equation's Fourier solutions in the library (as the analysis has them).</param>
    static (IReadOnlyList<AlgebraElement> Spanned, IReadOnlyList<AlgebraElement> Completed) Complete(IPde pde, TrajectorySet data, double? period, params string[][] fields)
    {
        IReadOnlyList<AlgebraElement> completed = [];
        var spanned = Reduce(pde, data, clean: true, fields, (algebra, sharp, basis) => completed = algebra.Complete(basis, sharp, pde.Equation()), period);
        return (spanned, completed);
    }

    /// <param name="clean">Read out with the check, as the analysis does; without, every term stays (threshold 1e-6).</param>
    static IReadOnlyList<AlgebraElement> Reduce(IPde pde, TrajectorySet data, bool clean, params string[][] fields) => Reduce(pde, data, clean, fields, null);

    static IReadOnlyList<AlgebraElement> Reduce(IPde pde, TrajectorySet data, bool clean, string[][] fields,
        Action<LearnedAlgebra, SharpScoreOnData, IReadOnlyList<AlgebraElement>>? then, double? period = null)
    {
        using var scope = NewDisposeScope();
        var scales = CoordinateScales.For(data);
        using var jets = new DataJets(data, maxPoints: 20_000);
        var sharp = new SharpScoreOnData(pde, jets, scales);
        var points = stack([jets["x"], jets["t"], jets["u"]], -1).narrow(0, 0, 4000);
        var library = FunctionLibrary.For(pde.Equation(), period: period);
        var readout = clean ? new SymbolicReadout(library, scales) : new SymbolicReadout(library, scales, threshold: 1e-6);
        var readouts = fields.Select(f =>
        {
            var g = Generator.Parse(f[0], f[1], f[2]);
            var values = stack([SymbolicReadout.Evaluate(g.Xi, points), SymbolicReadout.Evaluate(g.Tau, points), SymbolicReadout.Evaluate(g.Phi, points)], -1);
            return readout.Read(points, values, clean ? sharp.Relative : null);
        }).ToList();
        Assert.All(readouts, r => Assert.True(sharp.Relative(r.Generator) <= LearningAnalysis.SymmetryThreshold, r.Generator.ToUnicode()));
        var algebra = new LearnedAlgebra(library, scales, points);
        var basis = algebra.Reduce(readouts, sharp, pde.Equation());
        then?.Invoke(algebra, sharp, basis);
        return basis;
    }

    static void AssertConfirmed(IEnumerable<AlgebraElement> basis, Expr equation) => Assert.All(basis, e =>
    {
        Assert.True(e.Verified, e.Generator.ToUnicode());
        Assert.True(SymmetryCheck.Verify(equation, e.Generator) is { IsSymmetry: true, Method: CheckMethod.Exact }, e.Generator.ToUnicode());
    });

    [Fact]
    public void Four_noisy_KdV_fields_reduce_to_the_published_periodic_algebra()
    {
        var kdv = PdeCatalog.Get("kdv");
        // The four fields of a `pdesym learn kdv` run: three dimensions' worth, off from them by a few parts in a
        // thousand, so that the coefficients alone have rank four (∂x, ∂t, t∂x and ∂u).
        var basis = Reduce(kdv, ReferenceData.KdV(),
            ["-1.98", "1", "0"], ["0.998*t - 145", "-27.5", "1"], ["0.00974*t + 1.95", "1", "0.00974"], ["t - 21.7", "19.2", "1"]);
        Assert.Equal(["∂x", "∂t", "t∂x + ∂u"], basis.Select(e => e.Generator.ToUnicode()));
        Assert.All(basis, e => Assert.True(e.Rel < 1e-9, $"{e.Generator.ToUnicode()}: rel {e.Rel}"));
        AssertConfirmed(basis, kdv.Equation());
    }

    [Fact]
    public void A_symmetry_faint_in_the_fields_survives_noise_of_like_size()
    {
        var kdv = PdeCatalog.Get("kdv");
        // The boost appears only faintly (0.5 % of the second field); the third field carries noise a fifth that
        // size in t∂x alone, left in by reading out without the check. The span is four-dimensional; the symmetries in
        // it, three. Kept by size (the largest singular directions), the faint boost mixed with the noise and was lost
        // (∂x and 0.00232t∂x + ∂t + 0.00206∂u); kept by the data's check, it comes out exact.
        var basis = Reduce(kdv, ReferenceData.KdV(), clean: false,
            ["1", "0", "0"], ["0.005*t", "1", "0.005"], ["0.001*t - 1.98", "1", "0"], ["1.5", "1", "0"]);
        Assert.Equal(["∂x", "∂t", "t∂x + ∂u"], basis.Select(e => e.Generator.ToUnicode()));
        AssertConfirmed(basis, kdv.Equation());
    }

    [Fact]
    public void Repeated_readouts_of_one_boost_give_one_generator_in_whole_numbers()
    {
        var ckdv = PdeCatalog.Get("ckdv");
        var data = ReferenceData.Simulated(ckdv);
        // cKdV's translation and two learned copies of its boost, one 1 % larger and shifted by a translation.
        var basis = Reduce(ckdv, data, ["1", "0", "0"], ["2*sqrt(t + 1) - 17", "0", "1/sqrt(t + 1)"], ["2.02*sqrt(t + 1) - 17.1", "0", "1.01/sqrt(t + 1)"]);
        Assert.Equal(["∂x", "2√(t + 1)∂x + 1/√(t + 1)∂u"], basis.Select(e => e.Generator.ToUnicode()));
        AssertConfirmed(basis, ckdv.Equation());
    }

    [Fact]
    public void A_missing_generator_is_added_as_the_bracket_of_two_found()
    {
        var kdv = PdeCatalog.Get("kdv");
        // A run that found a time shift and a boost but not ∂x. Their span alone reduces to a mixture; closed under
        // the bracket ([∂t, t∂x + ∂u] = ∂x) it is the periodic algebra.
        var (spanned, completed) = Complete(kdv, ReferenceData.KdV(), ["0.5", "1", "0"], ["t - 30", "0", "1"]);
        Assert.Equal(2, spanned.Count);
        Assert.False(CommutatorTable.Compute(spanned.Select(e => e.Generator).ToList()).Closed);
        Assert.Equal(["∂x", "∂t", "t∂x + ∂u"], completed.Select(e => e.Generator.ToUnicode()));
        AssertConfirmed(completed, kdv.Equation());
    }

    [Fact]
    public void A_large_term_stays_even_where_the_equation_would_allow_dropping_it()
    {
        // Heat is linear, so β∂u is a symmetry for every solution β, x∂u among them. A `pdesym learn heat` field read
        // (x − 0.113x² + 1.72u − 1.67)∂u (rel 0.025; a periodic β that the polynomial library only approximates).
        // Read out without the check (so every term stays): without the size rule its −0.113x² — the largest term in
        // the learner's units — went, and the learned algebra claimed x∂u, confirmed by the equation but not what the
        // fields span (and not periodic); with it the element reads (9x − x²)∂u and is not claimed.
        var heat = PdeCatalog.Get("heat");
        var element = Reduce(heat, ReferenceData.Simulated(heat), clean: false, ["0", "0", "x - 0.113*x^2 + 1.72*u - 1.67"]).Last();
        double At(double x) => element.Generator.Phi.Evaluate(new Dictionary<string, double> { ["x"] = x, ["t"] = 50, ["u"] = 0 });
        Assert.True(Math.Abs(At(1) + At(-1) - 2 * At(0)) > 0.1, $"x² dropped: {element.Generator.ToUnicode()}");
        Assert.False(element.Verified, element.Generator.ToUnicode());
    }

    [Fact]
    public void A_heat_field_on_periodic_solutions_gives_them_apart_by_its_brackets()
    {
        // `pdesym learn heat` learned u∂u plus β∂u with β a periodic solution (its readout, with the equation's Fourier
        // solutions in the library: (u − 0.671e^{−t/10}sin x − 0.335e^{−t/10}cos x)∂u, rel 0.000). With ∂x beside it,
        // the brackets [∂x, ·] turn sin into cos and back, so the modes and u∂u each join the span on their own.
        var heat = PdeCatalog.Get("heat");
        var grid = new PeriodicGrid(2 * Math.PI, 128);
        double[] times = [0, .. Enumerable.Range(0, 29).Select(i => 0.44 + 0.02 * i)];
        var u = Trajectories.Simulate(heat, new SineSeries(10, 1, 3).Sample(grid, 2, 3), grid, times);
        var data = new TrajectorySet(u.narrow(1, 1, 29), 2 * Math.PI, 0.44, 0.02);
        var (spanned, completed) = Complete(heat, data, 2 * Math.PI,
            ["1", "0", "0"], ["0", "0", "u - 0.671*exp(-t/10)*sin(x) - 0.335*exp(-t/10)*cos(x)"]);
        Assert.Equal(2, spanned.Count);
        Assert.Equal(["∂x", "u∂u", "e^(−t/10)cos(x)∂u", "e^(−t/10)sin(x)∂u"], completed.Select(e => e.Generator.ToUnicode()));
        Assert.All(completed, e => Assert.True(e.Verified && SymmetryCheck.Verify(heat.Equation(), e.Generator).IsSymmetry, e.Generator.ToUnicode()));
        Assert.True(CommutatorTable.Compute(completed.Select(e => e.Generator).ToList()).Closed);
    }

    [Fact]
    public void Fourier_solutions_with_float_wavenumbers_are_still_checked_by_the_core()
    {
        // On a period of 128, k = 2π/128 is no fraction: the library's solutions hold it as a float, but the elements'
        // coefficients on them are exact, so the core (numerically, to 1e-9) still vouches for each.
        var heat = PdeCatalog.Get("heat");
        var modes = FourierSolutions.Of(heat.Equation(), 128, 1);
        var (_, completed) = Complete(heat, ReferenceData.Simulated(heat), 128.0, ["1", "0", "0"], ["0", "0", $"u - 0.5*{modes[1].ToPlain()}"]);
        Assert.Equal(4, completed.Count);
        Assert.Contains(completed, e => e.Generator.Phi == Expr.U);
        Assert.All(completed, e => Assert.True(e.Verified && SymmetryCheck.Verify(heat.Equation(), e.Generator).IsSymmetry, e.Generator.ToUnicode()));
    }

    [Fact]
    public void A_field_that_only_nearly_passes_keeps_its_float_and_is_not_called_confirmed()
    {
        var kdv = PdeCatalog.Get("kdv");
        // t∂x + 0.95∂u passes the data's bar (rel ≤ 0.1) but is no symmetry; 0.95 is 5 % from the nearest simple
        // fraction (1), beyond the snapping tolerance, and ∂u cannot be dropped, so it stays a float: the report does
        // not ask the symbolic core to vouch for it, and the core, asked, refuses.
        var basis = Reduce(kdv, ReferenceData.KdV(), ["t", "0", "0.95"]);
        var element = Assert.Single(basis);
        Assert.Null(element.Check);
        Assert.False(element.Verified);
        Assert.False(SymmetryCheck.Verify(kdv.Equation(), element.Generator).IsSymmetry);
    }

    [Fact]
    public void Coefficients_snap_to_the_simplest_fraction_within_three_percent()
    {
        Assert.Equal(new Rational(50, 1), LearnedAlgebra.Fractions(49.6).First());
        Assert.Equal(new Rational(1, 2), LearnedAlgebra.Fractions(0.495).First());
        Assert.Equal(new Rational(-2, 3), LearnedAlgebra.Fractions(-0.66).First());
        Assert.Empty(LearnedAlgebra.Fractions(0.95));
        Assert.Empty(LearnedAlgebra.Fractions(0.0141));
    }
}
