using PdeSym.Spectral;

namespace PdeSym.Data;

/// <summary>
/// How the data of one PDE is made by default, following the authors' generator (LPSDA / paper code): the
/// initial conditions (sums of sines: 10 waves with l ∈ {1, 2} for KdV, KS, cKdV; l = 1 for nKdV; 20 waves with
/// l ∈ 1..6 mapped through inverse Cole–Hopf for Burgers) and whether Burgers is solved through the heat
/// equation; mKdV (no authors' data) as KdV at half the amplitude. PDEs not in the table get 5 waves with l ∈ 1..3.
/// </summary>
public sealed record DataRecipe(InitialConditions Initial, bool UseColeHopf = false)
{
    public static DataRecipe For(IPde pde)
    {
        var evolution = pde.Evolution;
        switch (pde.Name.ToLowerInvariant())
        {
            case "kdv" or "ks" or "ckdv":
                return new DataRecipe(new SineSeries(10, 1, 2));
            case "mkdv":
                // Half KdV's amplitudes: focusing mKdV's solitons narrow as 1/|u| (KdV's as 1/√u), and at full amplitude
                // they fall below the grid's two points per width and blow up.
                return new DataRecipe(new SineSeries(10, 1, 2, MaxAmplitude: 0.25));
            case "nkdv":
                return new DataRecipe(new SineSeries(10, 1, 1));
            case "burgers" when evolution != null && ColeHopf.IsBurgers(evolution, out double nu):
                return new DataRecipe(new ColeHopfSineSeries(new SineSeries(20, 1, 6), nu), UseColeHopf: true);
            case "burgers" or "heat":
                return new DataRecipe(new SineSeries(20, 1, 6));
            default:
                return new DataRecipe(new SineSeries(5, 1, 3));
        }
    }
}
