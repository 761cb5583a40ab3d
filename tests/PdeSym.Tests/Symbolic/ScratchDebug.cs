using PdeSym.Symbolic;
namespace PdeSym.Tests.Symbolic;
public class ScratchDebug
{
    [Fact]
    public void Debug()
    {
        foreach (var (eq, d) in new[] { ("u_t + u*u_x + u_xxx", 2), ("u_t + u*u_x + u_xx + u_xxxx", 2), ("u_t + u*u_x - 0.01*u_xx", 2), ("u_t - 0.1*u_xx", 3), ("u_t + exp(t/50)*(u*u_x + u_xxx)", 2), ("u_t + u*u_x + u_xxx + u/(2*(t + 1))", 2) })
        {
            var a = SymmetryAlgebra.Compute(Expr.Parse(eq), d);
            File.AppendAllText("/tmp/scratch/alg.txt", $"{eq}: {a.Elapsed.TotalMilliseconds} ms, {a.Unknowns} unknowns, {a.EquationsCount} eqs, {a.Ansatz}\n" + string.Join("\n", a.Generators.Select(g => "  " + g.ToUnicode())) + "\n  family: " + a.Family?.ToUnicode() + "\n  " + string.Join("\n  ", a.Notes) + "\n");
        }
    }
}
