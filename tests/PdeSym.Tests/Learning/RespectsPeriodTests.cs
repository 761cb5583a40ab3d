using PdeSym.Learning;
using Generator = PdeSym.Symbolic.Generator;

namespace PdeSym.Tests.Learning;

/// <summary>A generator's flow maps the periodic domain to itself exactly when its components are periodic in x.</summary>
public class RespectsPeriodTests
{
    [Fact]
    public void Periodic_components_respect_the_period_and_others_do_not()
    {
        var domain = new PdeDomain(2 * Math.PI, 1);
        Assert.True(LearningAnalysis.RespectsPeriod(Generator.Parse("1", "t", "u"), domain));
        Assert.True(LearningAnalysis.RespectsPeriod(Generator.Parse("0", "0", "exp(-t/10)*sin(2*x)"), domain));
        Assert.True(LearningAnalysis.RespectsPeriod(Generator.Parse("2*sqrt(t + 1)", "0", "1/sqrt(t + 1)"), domain));
        Assert.False(LearningAnalysis.RespectsPeriod(Generator.Parse("0", "0", "x"), domain));
        Assert.False(LearningAnalysis.RespectsPeriod(Generator.Parse("x", "2*t", "0"), domain));
        Assert.False(LearningAnalysis.RespectsPeriod(Generator.Parse("0", "0", "cos(x)"), new PdeDomain(128, 1))); // not 128-periodic
    }
}
