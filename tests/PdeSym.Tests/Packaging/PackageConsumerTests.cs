using System.Globalization;
using System.Text.Json;
using PdeSym.Symbolic;
using static PdeSym.Tests.Symbolic.GeneratorSpan;

namespace PdeSym.Tests.Packaging;

/// <summary>
/// The NuGet package as a user meets it: packed from this repository into a local feed, referenced by one
/// PackageReference from a console app outside the repository that declares its own PDEs, evaluates a
/// residual on tensors (so TorchSharp's native libraries must load, repaired on Debian 12 by the package's
/// buildTransitive targets) and runs the pdesym CLI: <c>list</c>, and <c>learn</c> on its own PDEs end to end
/// (data generated and cached in a temporary folder, a seconds-long training, the report checked).
/// </summary>
public class PackageConsumerTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    const string Declaration = """
        using PdeSym;

        namespace UserApp;

        /// <summary>Advection at speed C: u_t + C u_x = 0.</summary>
        [Pde("user-advection")]
        [Domain(Length = 10, Duration = 2)]
        public partial class Advection
        {
            public const double C = 1.5;

            [Equation]
            public static double Residual(double u_t, double u_x) => u_t + C * u_x;
        }

        /// <summary>Viscous Burgers with a viscosity of its own: u_t + u u_x − Nu u_xx = 0 (a finite algebra of five).</summary>
        [Pde("user-burgers")]
        [Domain(Length = 20, Duration = 5)]
        public partial class ViscousBurgers
        {
            public const double Nu = 0.05;

            [Equation]
            public static double Residual(double u, double u_t, double u_x, double u_xx) => u_t + u * u_x - Nu * u_xx;
        }

        /// <summary>The wave equation u_tt = u_xx: no evolution form (so no solver, a PDESYM013 warning), but a symmetry algebra.</summary>
        [Pde("user-wave")]
        public partial class Wave
        {
            [Equation]
            public static double Residual(double u_tt, double u_xx) => u_tt - u_xx;
        }
        """;

    // pdesym learn at a seconds-long size (as LearnCommandTests), without --data: the data is generated and cached.
    static readonly string[] TinyLearn = ["--epochs", "1", "--generators", "2", "--width", "16", "--centres", "8", "--steps-per-epoch", "2", "--threads", "1", "--json"];

    // The residual on the exact solution u = sin(x − C t): u_t = −C cos(x − C t), u_x = cos(x − C t).
    const string Program = """
        using PdeSym;
        using static TorchSharp.torch;

        var pde = PdeCatalog.Get("user-advection");
        var x = linspace(0, 10, 50, dtype: float64);
        var t = full(50, 0.3, dtype: float64);
        var phase = cos(x - UserApp.Advection.C * t);
        var jet = new JetTensors(x, t, new Dictionary<JetVariable, Tensor>
        {
            [new JetVariable(0, 1)] = -UserApp.Advection.C * phase,
            [new JetVariable(1, 0)] = phase,
        });
        Console.Error.WriteLine(FormattableString.Invariant($"residual {pde.Residual(jet).abs().max().item<double>():R}"));
        return PdeSym.Cli.PdeSymCli.Run(args);
        """;

    [Fact]
    public void Console_app_with_one_package_reference_declares_a_pde_and_runs_the_cli()
    {
        // A version of its own, so that no PdeSym package cached by an earlier run is used.
        string version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        // Under the system temp folder: no Directory.Build.props or central package versions of this repository apply.
        string root = Directory.CreateTempSubdirectory("pdesym-package-").FullName;
        string feed = Path.Combine(root, "feed"), app = Path.Combine(root, "app");
        try
        {
            var pack = DotnetProcess.Run(RepositoryRoot(), Timeout, "pack", "runtime", "-c", "Release", "-o", feed,
                "-p:Version=" + version, "--disable-build-servers");
            Assert.True(pack.ExitCode == 0, pack.Describe("dotnet pack"));

            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "UserApp.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <!-- The wave equation is declared for its symmetries only: no solver, and no warning that it has none. -->
                    <NoWarn>$(NoWarn);PDESYM013</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="PdeSym" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Advection.cs"), Declaration);
            File.WriteAllText(Path.Combine(app, "Program.cs"), Program);

            var build = DotnetProcess.Run(app, Timeout, "build", "-c", "Release", "--disable-build-servers");
            Assert.True(build.ExitCode == 0, build.Describe("dotnet build"));

            string dll = Path.Combine(app, "bin", "Release", "net10.0", "UserApp.dll");
            var list = DotnetProcess.Run(app, Timeout, dll, "list", "--json");
            Assert.True(list.ExitCode == 0, list.Describe("UserApp list --json"));

            string residualLine = list.Error.Split('\n').Single(l => l.StartsWith("residual ", StringComparison.Ordinal));
            Assert.True(double.Parse(residualLine["residual ".Length..], CultureInfo.InvariantCulture) < 1e-12, residualLine);

            using (var json = JsonDocument.Parse(list.Output))
            {
                var entries = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
                Assert.Equal(["user-advection", "user-burgers", "user-wave"], entries.Keys.Order(StringComparer.Ordinal));
                Assert.False(entries["user-wave"].GetProperty("evolution").GetBoolean());
                Assert.Equal("u_t + 1.5*u_x", entries["user-advection"].GetProperty("equation").GetString());
                Assert.Equal([0.0, -1.5], entries["user-advection"].GetProperty("linear").EnumerateArray().Select(v => v.GetDouble()).ToArray());
            }

            // The data cache goes to PDESYM_CACHE, never to the user's home during a test.
            var environment = new Dictionary<string, string> { ["PDESYM_CACHE"] = Path.Combine(root, "cache") };
            LearnsItsOwnPde(app, dll, environment, root);
            FindsTheAlgebraOfItsWaveEquation(app, dll, environment);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string cached = Path.Combine(packages, "pdesym", version.ToLowerInvariant());
            try { if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// A declared equation solved for u_tt has its exact algebra (the wave equation's seven, with the Lorentz boost) and a
    /// clear refusal from <c>learn</c>, which needs an evolution form.
    /// </summary>
    static void FindsTheAlgebraOfItsWaveEquation(string app, string dll, IReadOnlyDictionary<string, string> environment)
    {
        var symmetries = DotnetProcess.Run(app, Timeout, environment, [dll, "symmetries", "user-wave", "--json"]);
        Assert.True(symmetries.ExitCode == 0, symmetries.Describe("UserApp symmetries user-wave"));
        using var json = JsonDocument.Parse(symmetries.Output);
        var generators = json.RootElement.GetProperty("generators").EnumerateArray().Select(g => g.GetProperty("unicode").GetString()!).ToList();
        Assert.Equal(7, generators.Count);
        Assert.Contains("t∂x + x∂t", generators);
        var learn = DotnetProcess.Run(app, Timeout, environment, [dll, "learn", "user-wave"]);
        Assert.Equal(1, learn.ExitCode);
        Assert.Contains("has no evolution form", learn.Output + learn.Error);
    }

    /// <summary>
    /// <c>learn</c> on both user PDEs without --data. Burgers' report holds its published algebra (ν-free:
    /// ∂x, ∂t, t∂x + ∂u, x∂x + 2t∂t − u∂u, xt∂x + t²∂t + (x − tu)∂u). Advection's algebra is not finite (any function
    /// of x − Ct): the report says so, and a field made of ∂x, ∂t and the solution family's ∂u counts as inside it.
    /// </summary>
    static void LearnsItsOwnPde(string app, string dll, IReadOnlyDictionary<string, string> environment, string root)
    {
        foreach (var pde in new[] { "user-burgers", "user-advection" })
        {
            string run = Path.Combine(root, "runs", pde);
            var learn = DotnetProcess.Run(app, Timeout, environment, [dll, "learn", pde, "--out", run, .. TinyLearn]);
            Assert.True(learn.ExitCode == 0, learn.Describe("UserApp learn " + pde));
            Assert.Single(Directory.GetFiles(Path.Combine(root, "cache"), pde + "-*.h5"));

            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "report.json")));
            var r = report.RootElement;
            Assert.Equal(pde, r.GetProperty("pde").GetString());
            Assert.Equal(2, r.GetProperty("steps").GetInt64());
            var fields = r.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(2, fields.Count);
            foreach (var f in fields)
            {
                var g = Generator.Parse(f.GetProperty("xi").GetString()!, f.GetProperty("tau").GetString()!, f.GetProperty("phi").GetString()!);
                Assert.False(g.IsZero);
                Assert.Equal(f.GetProperty("rel").GetDouble() <= 0.1, f.GetProperty("isSymmetry").GetBoolean());
            }
            var exact = r.GetProperty("exact").EnumerateArray()
                .Select(e => Generator.Parse(e.GetProperty("xi").GetString()!, e.GetProperty("tau").GetString()!, e.GetProperty("phi").GetString()!))
                .ToList();
            var notes = r.GetProperty("algebraNotes").EnumerateArray().Select(n => n.GetString()!).ToList();
            if (pde == "user-burgers")
            {
                AssertSameSpan(
                    [G("1", "0", "0"), G("0", "1", "0"), G("t", "0", "1"), G("x", "2*t", "-u"), G("x*t", "t^2", "x - t*u")], exact);
                Assert.Equal(20, r.GetProperty("length").GetDouble());
                Assert.DoesNotContain(notes, n => n.Contains("beyond", StringComparison.Ordinal));
            }
            else
            {
                Assert.Contains(notes, n => n.Contains("β(x,t)∂u for every solution β", StringComparison.Ordinal));
                Assert.Contains(notes, n => n.Contains("reaches beyond this ansatz", StringComparison.Ordinal));
                // Every field called a symmetry lies in the algebra once the family's ∂u is counted.
                Assert.Equal(1.0, r.GetProperty("precision").GetDouble());
            }
        }
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PdeSym.sln"))) return dir.FullName;
        throw new InvalidOperationException("PdeSym.sln not found above " + AppContext.BaseDirectory);
    }
}
