using static TorchSharp.torch;

namespace PdeSym;

/// <summary>
/// The equation solved for u_t: <c>u_t = L u + N(x, t, u, u_x, ...)</c>, with L a constant-coefficient
/// x-derivative operator <c>L = Σ_k Linear[k] ∂x^k</c> (for spectral and exponential integrators) and N
/// everything else.
/// </summary>
/// <param name="Linear">Linear[k] is the coefficient of ∂x^k u in L.</param>
/// <param name="NonlinearText">N in the plain expression syntax (<c>-u*u_x</c>).</param>
/// <param name="NonlinearJet">The derivatives of u that N reads (all pure x-derivatives).</param>
/// <param name="Nonlinear">N over tensors; the jet holds <paramref name="NonlinearJet"/> and x, t.</param>
public sealed record EvolutionForm(
    IReadOnlyList<double> Linear,
    string NonlinearText,
    IReadOnlyList<JetVariable> NonlinearJet,
    Func<JetTensors, Tensor> Nonlinear)
{
    /// <summary>L u in the plain expression syntax (<c>-u_xxx</c>, <c>0.01*u_xx</c>; <c>0</c> when L is zero).</summary>
    public string LinearText
    {
        get
        {
            var text = new System.Text.StringBuilder();
            for (int k = 0; k < Linear.Count; k++)
            {
                double c = Linear[k];
                if (c == 0) continue;
                string name = new JetVariable(k, 0).Name;
                string magnitude = Math.Abs(c) == 1 ? name : Math.Abs(c).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "*" + name;
                text.Append(text.Length == 0 ? (c < 0 ? "-" : "") : (c < 0 ? " - " : " + ")).Append(magnitude);
            }
            return text.Length == 0 ? "0" : text.ToString();
        }
    }

    /// <summary>Highest x-derivative in L or N.</summary>
    public int Order => Math.Max(Linear.Count - 1, NonlinearJet.Count == 0 ? 0 : NonlinearJet.Max(v => v.X));
}
