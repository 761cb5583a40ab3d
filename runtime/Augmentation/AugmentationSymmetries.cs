using System.Text.Json;
using PdeSym.Symbolic;

namespace PdeSym.Augmentation;

/// <summary>
/// The generators an augmentation draws from: none, the exact algebra's generators that respect the periodic
/// domain, or the fields a learning run called symmetries (its <c>report.json</c>, drawn from isotropically).
/// </summary>
public sealed record AugmentationSymmetries(string Name, IReadOnlyList<Symbolic.Generator> Generators)
{
    /// <summary>Draw from the generators' span isotropically (an orthonormal basis of it in units of the data) rather
    /// than from the generators as given. Learned fields come in whatever basis the learner settled on — often
    /// redundant (three ∂x/∂t combinations) or lopsided (the boost mixed with a large time shift) — and the group
    /// elements drawn along them would depend on that accident.</summary>
    public bool Isotropic { get; init; }

    public static AugmentationSymmetries None { get; } = new("none", []);

    /// <summary>The exact Lie point symmetries whose flows keep the periodic domain (<see cref="PdeDomain.Preserves"/>).</summary>
    public static AugmentationSymmetries Exact(IPde pde)
    {
        IReadOnlyList<Symbolic.Generator> algebra;
        try { algebra = SymmetryAlgebra.Compute(pde.Equation()).Generators; }
        catch (SymmetryAnalysisException e) { throw new UserFacingException($"the exact algebra of '{pde.Name}' is not available ({e.Message}); use --symmetries or --none"); }
        var periodic = algebra.Where(pde.Domain.Preserves).ToList();
        if (periodic.Count == 0) throw new UserFacingException($"no exact symmetry of '{pde.Name}' respects the periodic domain; use --symmetries or --none");
        return new("exact", periodic);
    }

    /// <summary>
    /// Reads a learning run's <c>report.json</c> (a folder or the file): the entries of <c>fields</c> whose
    /// <c>verdict</c> is "symmetry", each with <c>xi</c>, <c>tau</c>, <c>phi</c> in the plain syntax (physical x, t, u).
    /// Other keys are ignored.
    /// </summary>
    /// <param name="path">The run folder, or its report.json.</param>
    /// <param name="pde">The PDE augmented: a run of another PDE is refused (null: any).</param>
    public static AugmentationSymmetries FromLearningRun(string path, string? pde = null)
    {
        var generators = Reports.LearningReportFile.Generators(path, "fields",
            field => field.TryGetProperty("verdict", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == "symmetry", pde);
        if (generators.Count == 0)
            throw new UserFacingException($"no field of the report at '{path}' has the verdict \"symmetry\"; there is nothing to augment with");
        return new("learned", generators) { Isotropic = true };
    }
}
