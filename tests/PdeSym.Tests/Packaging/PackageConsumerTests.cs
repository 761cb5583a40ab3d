using System.Globalization;
using System.Text.Json;

namespace PdeSym.Tests.Packaging;

/// <summary>
/// The NuGet package as a user meets it: packed from this repository into a local feed, referenced by one
/// PackageReference from a console app outside the repository that declares its own PDE, evaluates its
/// residual on tensors (so TorchSharp's native libraries must load, repaired on Debian 12 by the package's
/// buildTransitive targets) and runs the pdesym CLI.
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
        """;

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

            using var json = JsonDocument.Parse(list.Output);
            var entry = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("user-advection", entry.GetProperty("name").GetString());
            Assert.Equal("u_t + 1.5*u_x", entry.GetProperty("equation").GetString());
            Assert.Equal([0.0, -1.5], entry.GetProperty("linear").EnumerateArray().Select(v => v.GetDouble()).ToArray());
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

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PdeSym.sln"))) return dir.FullName;
        throw new InvalidOperationException("PdeSym.sln not found above " + AppContext.BaseDirectory);
    }
}
