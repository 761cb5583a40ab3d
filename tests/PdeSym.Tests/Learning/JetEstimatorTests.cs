using PdeSym.Learning;
using static TorchSharp.torch;

namespace PdeSym.Tests.Learning;

/// <summary>The local least-squares jets recover the derivatives of a known function after a known transformation.</summary>
public class JetEstimatorTests
{
    static readonly JetVariable U = new(0, 0), Ux = new(1, 0), Ut = new(0, 1), Uxx = new(2, 0), Uxxx = new(3, 0);

    // f(x, t) = sin(0.3x − 0.2t) + 0.5 cos(0.17x + 0.1t)
    static double F(double x, double t) => Math.Sin(0.3 * x - 0.2 * t) + 0.5 * Math.Cos(0.17 * x + 0.1 * t);

    [Fact]
    public void Recovers_derivatives_of_a_boosted_graph()
    {
        // The boost (x, t, u) -> (x + εt, t, u + ε) maps the graph of f to the graph of g(x, t) = f(x − εt, t) + ε.
        double eps = 0.3, dx = 0.5, dt = 0.4;
        var stencil = new Stencil(3, 1);
        var estimator = new JetEstimator([U, Ux, Ut, Uxx, Uxxx], stencil, dx, dt, extraDegree: 2, extraDegreeT: 1);
        (double X, double T)[] centres = [(3.0, 1.0), (10.5, 4.4), (-7.0, 2.0)];
        var points = new double[centres.Length, stencil.Size, 3];
        for (int c = 0; c < centres.Length; c++)
            for (int s = 0; s < stencil.Size; s++)
            {
                var (ox, ot) = stencil.Offsets[s];
                double x = centres[c].X + ox * dx, t = centres[c].T + ot * dt;
                points[c, s, 0] = x + eps * t;
                points[c, s, 1] = t;
                points[c, s, 2] = F(x, t) + eps;
            }
        var jet = estimator.Estimate(tensor(points));
        for (int c = 0; c < centres.Length; c++)
        {
            double x = centres[c].X + eps * centres[c].T, t = centres[c].T, h = 1e-3;
            double G(double xx, double tt) => F(xx - eps * tt, tt) + eps;
            // Analytic derivatives of g by the chain rule on f's closed form.
            double a = 0.3 * (x - eps * t) - 0.2 * t, b = 0.17 * (x - eps * t) + 0.1 * t;
            double gx = 0.3 * Math.Cos(a) - 0.5 * 0.17 * Math.Sin(b);
            double gxxx = -0.3 * 0.3 * 0.3 * Math.Cos(a) + 0.5 * 0.17 * 0.17 * 0.17 * Math.Sin(b);
            double gt = (G(x, t + h) - G(x, t - h)) / (2 * h);
            Assert.Equal(G(x, t), jet[U][c].item<double>(), 5);
            Assert.Equal(gx, jet[Ux][c].item<double>(), 4);
            Assert.Equal(gt, jet[Ut][c].item<double>(), 2);
            Assert.Equal(gxxx, jet[Uxxx][c].item<double>(), 3);
            Assert.Equal(x, jet.X[c].item<double>(), 12);
        }
    }

    [Fact]
    public void Gradients_flow_to_the_transformed_points()
    {
        var stencil = new Stencil(3, 1);
        var estimator = new JetEstimator([U, Ux, Ut], stencil, 1, 1);
        var pts = stack([tensor(stencil.Offsets.Select(o => (double)o.X).ToArray()), tensor(stencil.Offsets.Select(o => (double)o.T).ToArray())], -1);
        var u = (pts.select(-1, 0) * 0.5).sin().unsqueeze(-1);
        var points = cat([pts, u], -1).unsqueeze(0).requires_grad_(true);
        estimator.Estimate(points)[Ux].sum().backward();
        Assert.True(points.grad!.abs().sum().item<double>() > 0);
    }

    [Fact]
    public void A_stencil_too_small_for_the_order_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new JetEstimator([new JetVariable(4, 0)], new Stencil(2, 1), 1, 1, extraDegree: 2));
    }
}
