using PdeSym.Data;

namespace PdeSym.Learning;

/// <summary>Turns a data file's train split into the learner's <see cref="TrajectorySet"/>, checking it fits the PDE.</summary>
public static class TrajectorySource
{
    /// <summary>Reference files from the authors' generator store no times: they keep the last nt of 250 steps over
    /// the PDE's duration (dt = T/249).</summary>
    public const int ReferenceSteps = 250;

    public static TrajectorySet From(PdeDataSet data, IPde pde, string origin)
    {
        if (data.Pde is { } name && !string.Equals(name, pde.Name, StringComparison.OrdinalIgnoreCase))
            throw new UserFacingException($"'{origin}' holds data of the PDE '{name}', not '{pde.Name}'; pass a file generated for {pde.Name} (pdesym generate {pde.Name})");
        if (data.Equation is { } equation && data.Pde is null && equation != pde.EquationText)
            throw new UserFacingException($"'{origin}' holds data of {equation} = 0, not of {pde.Pretty}");
        var split = data.Find("train") ?? data.Splits.FirstOrDefault()
            ?? throw new UserFacingException($"'{origin}' holds no trajectories");
        if (split.Nx < 8 || split.Nx % 2 != 0)
            throw new UserFacingException($"'{origin}' has {split.Nx} grid points; the learner needs an even number, at least 8");
        double length = data.Length ?? pde.Domain.Length;
        double dt, start;
        if (data.T is { Length: > 1 } times)
        {
            dt = times[1] - times[0];
            start = times[0];
        }
        else
        {
            dt = data.Dt ?? pde.Domain.Duration / (ReferenceSteps - 1);
            start = Math.Max(0, ReferenceSteps - split.Nt) * dt;
        }
        return new TrajectorySet(split.ToTensor(), length, start, dt);
    }
}
