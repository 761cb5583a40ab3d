using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Tests.Declaration;

/// <summary>A generator's flow maps the periodic domain to itself exactly when its components are periodic in x.</summary>
public class PdeDomainTests
{
    [Fact]
    public void Periodic_components_preserve_the_domain_and_others_do_not()
    {
        var domain = new PdeDomain(2 * Math.PI, 1);
        Assert.True(domain.Preserves(Generator.Parse("1", "t", "u")));
        Assert.True(domain.Preserves(Generator.Parse("0", "0", "exp(-t/10)*sin(2*x)")));
        Assert.True(domain.Preserves(Generator.Parse("2*sqrt(t + 1)", "0", "1/sqrt(t + 1)")));
        Assert.False(domain.Preserves(Generator.Parse("0", "0", "x")));
        Assert.False(domain.Preserves(Generator.Parse("x", "2*t", "0")));
        Assert.False(new PdeDomain(128, 1).Preserves(Generator.Parse("0", "0", "cos(x)"))); // not 128-periodic
    }
}
