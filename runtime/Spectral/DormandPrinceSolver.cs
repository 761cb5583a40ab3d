using TorchSharp;
using static TorchSharp.torch;

namespace PdeSym.Spectral;

/// <summary>
/// Adaptive embedded Runge–Kutta, Dormand–Prince 5(4) with local extrapolation and FSAL, on the full right-hand
/// side L u + N in physical space. Works for any evolution form (also when L is not constant-coefficient and
/// everything sits in N) and serves as an independent cross-check of ETDRK4. Error control as in torchdiffeq's
/// dopri5: RMS over the whole batch of err / (atol + rtol·max(|u_n|, |u_n+1|)). Requested times are hit by
/// shortening the last step, not by interpolation.
/// </summary>
public sealed class DormandPrinceSolver(double relativeTolerance = 1e-9, double absoluteTolerance = 1e-9) : ITimeIntegrator
{
    public double RelativeTolerance { get; } = relativeTolerance;
    public double AbsoluteTolerance { get; } = absoluteTolerance;

    /// <summary>Steps shorter than this (relative to the time scale) mean the solution has blown up.</summary>
    public const double MinimumRelativeStep = 1e-12;

    public string Name => "dopri5";

    public bool RequiresLinearPart => false;

    public IIntegration Start(SpectralEvolution evolution, Tensor u0, double t0) => new Integration(this, evolution, u0, t0);

    static readonly double[][] A =
    [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ];
    static readonly double[] C = [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1];
    // Fifth-order weights are the last row of A; these are fifth minus fourth order, the error estimate.
    static readonly double[] ErrorWeights =
    [
        35.0 / 384 - 5179.0 / 57600, 0, 500.0 / 1113 - 7571.0 / 16695, 125.0 / 192 - 393.0 / 640,
        -2187.0 / 6784 + 92097.0 / 339200, 11.0 / 84 - 187.0 / 2100, -1.0 / 40,
    ];

    sealed class Integration : IIntegration
    {
        readonly DormandPrinceSolver solver;
        readonly SpectralEvolution evolution;
        Tensor u;
        Tensor k1;
        double h;

        public Integration(DormandPrinceSolver solver, SpectralEvolution evolution, Tensor u0, double t0)
        {
            evolution.Derivative.CheckShape(u0);
            this.solver = solver;
            this.evolution = evolution;
            u = u0.to_type(ScalarType.Float64).clone().DetachFromDisposeScope();
            Time = t0;
            k1 = evolution.RightHandSide(u, t0).DetachFromDisposeScope();
            h = InitialStep();
        }

        public double Time { get; private set; }
        public long Steps { get; private set; }
        public long RejectedSteps { get; private set; }

        // Hairer, Nørsett & Wanner's starting step (as in torchdiffeq).
        double InitialStep()
        {
            using var scope = NewDisposeScope();
            var scale = solver.AbsoluteTolerance + u.abs() * solver.RelativeTolerance;
            double d0 = Rms(u / scale), d1 = Rms(k1 / scale);
            double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
            var u1 = u + h0 * k1;
            var f1 = evolution.RightHandSide(u1, Time + h0);
            double d2 = Rms((f1 - k1) / scale) / h0;
            double h1 = Math.Max(d1, d2) <= 1e-15 ? Math.Max(1e-6, h0 * 1e-3) : Math.Pow(0.01 / Math.Max(d1, d2), 1.0 / 5);
            return Math.Min(100 * h0, h1);
        }

        static double Rms(Tensor t) => t.square().mean().sqrt().item<double>();

        public Tensor AdvanceTo(double t)
        {
            if (t < Time) throw new ArgumentOutOfRangeException(nameof(t), $"cannot integrate backwards from {Time} to {t}");
            double floor = MinimumRelativeStep * Math.Max(1, Math.Abs(t));
            while (Time < t)
            {
                double remaining = t - Time;
                bool last = h >= remaining;
                double step = last ? remaining : h;
                if (TryStep(step, out double factor))
                {
                    Steps++;
                    Time = last ? t : Time + step;
                }
                else RejectedSteps++;
                // Keep the controller's proposal unless the step was cut short to land on t.
                if (!(last && factor > 1)) h = step * factor;
                if (h < floor)
                    throw new StepSizeUnderflowException(Time, h);
            }
            return u.clone();
        }

        bool TryStep(double step, out double factor)
        {
            using var scope = NewDisposeScope();
            var k = new Tensor[7];
            k[0] = k1;
            // The last stage point is the fifth-order solution (FSAL): its right-hand side starts the next step.
            // Combinations accumulate in place (add_ with a scalar weight): on [32, 256] fields each tensor op
            // costs about as much as its arithmetic, so the op count sets the speed.
            Tensor next = u;
            for (int s = 1; s < 7; s++)
            {
                var stage = u.add(k[0], step * A[s][0]);
                for (int j = 1; j < s; j++)
                    if (A[s][j] != 0) stage.add_(k[j], step * A[s][j]);
                k[s] = evolution.RightHandSide(stage, Time + C[s] * step);
                if (s == 6) next = stage;
            }
            var error = k[0].mul(step * ErrorWeights[0]);
            for (int s = 1; s < 7; s++)
                if (ErrorWeights[s] != 0) error.add_(k[s], step * ErrorWeights[s]);
            var scale = maximum(u.abs(), next.abs()).mul_(solver.RelativeTolerance).add_(solver.AbsoluteTolerance);
            double norm = Rms(error.div_(scale));
            if (double.IsNaN(norm) || double.IsInfinity(norm))
            {
                factor = 0.2;
                return false;
            }
            factor = norm == 0 ? 10 : Math.Clamp(0.9 * Math.Pow(norm, -1.0 / 5), 0.2, 10);
            if (norm > 1)
            {
                factor = Math.Min(factor, 1);
                return false;
            }
            var oldU = u; var oldK = k1;
            u = next.DetachFromDisposeScope();
            k1 = k[6].DetachFromDisposeScope();
            oldU.Dispose(); oldK.Dispose();
            return true;
        }

        public void Dispose()
        {
            u.Dispose();
            k1.Dispose();
        }
    }
}

/// <summary>The adaptive step shrank below any useful size: the solution is blowing up (or is not resolvable).</summary>
public sealed class StepSizeUnderflowException(double time, double step)
    : Exception($"the adaptive step fell to {step:g3} at t = {time:g6}; the solution is blowing up or not resolved on this grid")
{
    public double Time { get; } = time;
}
