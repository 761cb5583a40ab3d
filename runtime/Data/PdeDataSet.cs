namespace PdeSym.Data;

/// <summary>
/// Trajectories of a PDE on a periodic grid in the LPSDA layout, with what is known about how they were made.
/// Files written by <c>pdesym generate</c> carry everything; files from the reference Python code carry only
/// the splits, so the descriptive members are nullable there.
/// </summary>
public sealed record PdeDataSet
{
    /// <summary>The split names of the layout, in order.</summary>
    public static IReadOnlyList<string> SplitNames { get; } = ["train", "valid", "test"];

    /// <summary>The splits present, in the order train, valid, test.</summary>
    public required IReadOnlyList<PdeDataSplit> Splits { get; init; }

    /// <summary>Name of the PDE (catalogue name), if recorded.</summary>
    public string? Pde { get; init; }

    /// <summary>The equation Δ = 0 in the plain expression syntax, if recorded.</summary>
    public string? Equation { get; init; }

    /// <summary>The PDE's constants, by name (empty when not recorded).</summary>
    public IReadOnlyDictionary<string, double> Constants { get; init; } = new Dictionary<string, double>();

    /// <summary>Grid points x_j = j·dx, [nx], if recorded.</summary>
    public double[]? X { get; init; }

    /// <summary>The stored times, [nt], if recorded.</summary>
    public double[]? T { get; init; }

    public double? Dx { get; init; }
    public double? Dt { get; init; }

    /// <summary>The domain length L (periodic x in [0, L)), if recorded.</summary>
    public double? Length { get; init; }

    /// <summary>Seed the initial conditions were drawn from, if recorded.</summary>
    public int? Seed { get; init; }

    /// <summary>Time integrator used, if recorded.</summary>
    public string? Integrator { get; init; }

    public PdeDataSplit? Find(string split) => Splits.FirstOrDefault(s => s.Name == split);

    /// <summary>The split of that name, or an error that lists the splits present.</summary>
    public PdeDataSplit Get(string split) => Find(split) ?? throw new UserFacingException(
        $"the data set has no '{split}' split; it has {string.Join(", ", Splits.Select(s => s.Name))}");
}
