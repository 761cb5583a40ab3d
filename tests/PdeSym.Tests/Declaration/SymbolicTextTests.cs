using PdeSym.Symbolic;

namespace PdeSym.Tests.Declaration;

/// <summary>
/// The texts the generator emits (EquationText, NonlinearText) are read by the symbolic core and agree with the
/// user's double method: the generated code and the symbolic tree describe one equation.
/// </summary>
public class SymbolicTextTests
{
    [Theory]
    [MemberData(nameof(CatalogueTests.Names), MemberType = typeof(CatalogueTests))]
    public void Texts_parse_and_agree_with_the_declared_method(string name)
    {
        var pde = PdeCatalog.Get(name);
        var equation = pde.Equation();
        var form = pde.Evolution!;
        var nonlinear = Expr.Parse(form.NonlinearText);
        var random = new Random(3);
        for (int trial = 0; trial < 20; trial++)
        {
            var values = new Dictionary<string, double>
            {
                ["x"] = random.NextDouble() * pde.Domain.Length,
                ["t"] = random.NextDouble() * pde.Domain.Duration,
            };
            for (int k = 0; k <= 4; k++) values[new JetVariable(k, 0).Name] = 2 * random.NextDouble() - 1;
            // u_t from the evolution form, symbolically: Σ L_k ∂x^k u + N.
            double ut = nonlinear.Evaluate(values);
            for (int k = 0; k < form.Linear.Count; k++) ut += form.Linear[k] * values[new JetVariable(k, 0).Name];
            values["u_t"] = ut;

            // The evolution form solves the symbolic equation and the user's method alike.
            var method = pde.GetType().GetMethods().Single(m => m.GetCustomAttributes(typeof(EquationAttribute), false).Length == 1);
            double Declared() => (double)method.Invoke(null, method.GetParameters().Select(p => (object)values[p.Name!]).ToArray())!;
            Assert.Equal(0, equation.Evaluate(values), 1e-12);
            Assert.Equal(0, Declared(), 1e-12);
            // Off the solution the symbolic tree and the user's method give the same residual.
            values["u_t"] = ut + 0.5;
            Assert.Equal(Declared(), equation.Evaluate(values), 1e-12);
        }
    }
}
