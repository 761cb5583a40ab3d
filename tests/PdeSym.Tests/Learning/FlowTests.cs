using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>RK4 flows of affine fields against their exact flows (closed forms and the matrix exponential).</summary>
public class FlowTests
{
    [Fact]
    public void Boost_flow_is_exact()
    {
        // V = t∂x + ∂u on (x, t, u): exact flow (x + αt, t, u + α); RK4 is exact for it.
        var start = tensor(new double[,] { { 1.0, 2.0, 3.0 }, { -4.0, 0.5, 0.0 } });
        Tensor Field(Tensor z) => stack([z.select(-1, 1), zeros_like(z.select(-1, 1)), ones_like(z.select(-1, 1))], -1);
        var end = Rk4Flow.Integrate(Field, start, tensor(0.7, float64), steps: 3);
        var exact = tensor(new double[,] { { 1.0 + 0.7 * 2.0, 2.0, 3.7 }, { -4.0 + 0.7 * 0.5, 0.5, 0.7 } });
        Assert.True(allclose(end, exact, rtol: 0, atol: 1e-13));
    }

    [Fact]
    public void Scaling_flow_matches_exponentials()
    {
        // V = x∂x + 3t∂t − 2u∂u: exact flow (x e^α, t e^{3α}, u e^{−2α}).
        var start = tensor(new double[,] { { 1.5, 0.2, -0.7 } });
        var rates = tensor(new double[] { 1, 3, -2 });
        double alpha = -0.4;
        var end = Rk4Flow.Integrate(z => z * rates, start, tensor(alpha, float64), steps: 40);
        var exact = start * (rates * alpha).exp();
        Assert.True(allclose(end, exact, rtol: 1e-7, atol: 0));
    }

    [Fact]
    public void General_affine_flow_matches_the_matrix_exponential_per_field()
    {
        // One α per field (broadcast [n,1,1]); the exact flow of V = Az + b is the exponential of the augmented matrix.
        var random = new Random(7);
        int n = 2, d = 3;
        var a = new double[n][,];
        var b = new double[n][];
        for (int k = 0; k < n; k++)
        {
            a[k] = new double[d, d];
            b[k] = new double[d];
            for (int i = 0; i < d; i++)
            {
                b[k][i] = random.NextDouble() - 0.5;
                for (int j = 0; j < d; j++) a[k][i, j] = random.NextDouble() - 0.5;
            }
        }
        double[] alphas = [0.3, -0.25];
        var start = randn(n, 5, d, dtype: float64, generator: manual_seed(3));
        var aT = stack(a.Select(m => tensor(m).t()).ToArray());
        var bT = stack(b.Select(v => tensor(v)).ToArray()).unsqueeze(1);
        var end = Rk4Flow.Integrate(z => matmul(z, aT) + bT, start, tensor(alphas).reshape(n, 1, 1), steps: 10);

        for (int k = 0; k < n; k++)
        {
            var expm = AugmentedExponential(a[k], b[k], alphas[k]);
            var pts = start[k].data<double>().ToArray();
            for (int p = 0; p < 5; p++)
                for (int i = 0; i < d; i++)
                {
                    double exact = expm[i, d];
                    for (int j = 0; j < d; j++) exact += expm[i, j] * pts[p * d + j];
                    Assert.Equal(exact, end[k, p, i].item<double>(), 8);
                }
        }
    }

    // exp(α [[A, b], [0, 0]]) by its Taylor series (converges fast for |α|·‖A‖ < 1).
    static double[,] AugmentedExponential(double[,] a, double[] b, double alpha)
    {
        int d = b.Length, m = d + 1;
        var g = new double[m, m];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++) g[i, j] = alpha * a[i, j];
            g[i, d] = alpha * b[i];
        }
        var result = new double[m, m];
        var term = new double[m, m];
        for (int i = 0; i < m; i++) result[i, i] = term[i, i] = 1;
        for (int k = 1; k < 40; k++)
        {
            var next = new double[m, m];
            for (int i = 0; i < m; i++)
                for (int j = 0; j < m; j++)
                {
                    double s = 0;
                    for (int l = 0; l < m; l++) s += term[i, l] * g[l, j];
                    next[i, j] = s / k;
                }
            term = next;
            for (int i = 0; i < m; i++)
                for (int j = 0; j < m; j++) result[i, j] += term[i, j];
        }
        return result;
    }
}
