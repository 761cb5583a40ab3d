using System.Diagnostics;
using System.Security.Cryptography;
using PdeSym.Build;

namespace PdeSym.Tests.Foundation;

/// <summary>
/// The TorchSharp native repair: detection read from real ELF symbol versions, on both answers, and the
/// repair is a no-op wherever the system libstdc++ already has the version.
/// </summary>
public class NativeRepairTests : IDisposable
{
    readonly string work = Directory.CreateTempSubdirectory("pdesym-repair-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    static string Pristine() =>
        Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                     ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");

    string ShimSources => Path.Combine(AppContext.BaseDirectory, "NativeShim");

    string BuildShim()
    {
        string shim = Path.Combine(work, "shim", TorchSharpNativeRepair.ShimName);
        Directory.CreateDirectory(Path.GetDirectoryName(shim)!);
        TorchSharpNativeRepair.BuildShimWithGxx(shim, ShimSources);
        return shim;
    }

    string CopyOfPristine()
    {
        string lib = Path.Combine(work, "lib", "libLibTorchSharp.so");
        Directory.CreateDirectory(Path.GetDirectoryName(lib)!);
        File.Copy(Pristine(), lib);
        return lib;
    }

    [Fact]
    public void Pristine_TorchSharp_needs_the_GCC13_version_strongly()
    {
        var need = ElfFile.Read(Pristine()).NeededVersions()
            .Single(n => n.File == "libstdc++.so.6" && n.Name == TorchSharpNativeRepair.MissingVersion);
        Assert.Equal(0, need.Flags & ElfFile.VerFlagWeak);
        Assert.Equal([TorchSharpNativeRepair.MissingSymbol], ElfFile.Read(Pristine()).SymbolsBoundTo(need.Index));
    }

    [Fact]
    public void Detection_agrees_with_readelf_on_the_system_libstdcxx()
    {
        string system = TorchSharpNativeRepair.FindSystemLibStdCxx()!;
        Assert.NotNull(system);
        var readelf = Process.Start(new ProcessStartInfo("readelf", $"-V \"{system}\"") { RedirectStandardOutput = true })!;
        string listing = readelf.StandardOutput.ReadToEnd();
        readelf.WaitForExit();
        bool readelfSays = listing.Contains("Name: " + TorchSharpNativeRepair.MissingVersion + "\n") ||
                           listing.Contains("Name: " + TorchSharpNativeRepair.MissingVersion + " ");
        Assert.Equal(readelfSays, TorchSharpNativeRepair.ProvidesMissingVersion(system));
        Assert.Contains("GLIBCXX_3.4", ElfFile.Read(system).DefinedVersions());
    }

    [Fact]
    public void A_library_defining_the_version_is_detected_as_providing_it()
    {
        // The shim defines GLIBCXX_3.4.32 through its version script: the "yes" answer from a real ELF file.
        Assert.True(TorchSharpNativeRepair.ProvidesMissingVersion(BuildShim()));
        Assert.Contains(TorchSharpNativeRepair.MissingVersion, ElfFile.Read(BuildShim()).DefinedVersions());
    }

    [Fact]
    public void Repair_is_a_no_op_where_the_system_already_has_the_version()
    {
        string lib = CopyOfPristine();
        byte[] before = SHA256.HashData(File.ReadAllBytes(lib));
        var outcome = TorchSharpNativeRepair.Repair(lib, systemLibStdCxx: BuildShim(), buildShim: _ => throw new Exception("must not build"));
        Assert.Equal(RepairOutcome.NotNeeded, outcome);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(lib)));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(lib)!, TorchSharpNativeRepair.ShimName)));
    }

    [Fact]
    public void Repair_marks_the_version_weak_links_the_shim_and_is_idempotent()
    {
        string lib = CopyOfPristine();
        string oldLibStdCxx = Path.Combine(work, "libstdc++-without.so");
        File.Copy(Pristine(), oldLibStdCxx); // any ELF that does not define GLIBCXX_3.4.32
        var outcome = TorchSharpNativeRepair.Repair(lib, oldLibStdCxx, shim => TorchSharpNativeRepair.BuildShimWithGxx(shim, ShimSources));
        Assert.Equal(RepairOutcome.Repaired, outcome);

        var elf = ElfFile.Read(lib);
        var need = elf.NeededVersions().Single(n => n.Name == TorchSharpNativeRepair.MissingVersion);
        Assert.NotEqual(0, need.Flags & ElfFile.VerFlagWeak);
        Assert.Contains(TorchSharpNativeRepair.ShimName, elf.NeededLibraries());
        Assert.Equal("$ORIGIN", elf.RunPath());
        // Everything else the loader reads is unchanged.
        var pristine = ElfFile.Read(Pristine());
        Assert.Equal(pristine.NeededLibraries(), elf.NeededLibraries().Where(n => n != TorchSharpNativeRepair.ShimName));
        Assert.Equal(pristine.NeededVersions().Select(n => (n.File, n.Name)), elf.NeededVersions().Select(n => (n.File, n.Name)));

        // readelf, an independent reader, agrees.
        var readelf = Process.Start(new ProcessStartInfo("readelf", $"-d -V \"{lib}\"") { RedirectStandardOutput = true })!;
        string listing = readelf.StandardOutput.ReadToEnd();
        readelf.WaitForExit();
        Assert.Contains($"Shared library: [{TorchSharpNativeRepair.ShimName}]", listing);
        Assert.Contains($"Name: {TorchSharpNativeRepair.MissingVersion}  Flags: WEAK", listing);

        byte[] once = File.ReadAllBytes(lib);
        Assert.Equal(RepairOutcome.AlreadyRepaired, TorchSharpNativeRepair.Repair(lib, oldLibStdCxx, _ => throw new Exception("shim exists")));
        Assert.Equal(once, File.ReadAllBytes(lib));
    }
}
