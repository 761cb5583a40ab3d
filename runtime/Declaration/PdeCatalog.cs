using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace PdeSym;

/// <summary>
/// Every declared PDE of the process, by name. Generated code registers each [Pde] class from a module
/// initializer; the catalogue also loads the entry assembly's references, and the assemblies of the app's folder
/// that reference the runtime, so that PDEs declared in a library are found before anything else touches it.
/// </summary>
public static class PdeCatalog
{
    static readonly Dictionary<string, IPde> pdes = new(StringComparer.OrdinalIgnoreCase);
    static readonly Lock gate = new();
    static readonly Lock scanGate = new();
    static bool scanned;

    /// <summary>Called by generated module initializers.</summary>
    public static void Register(IPde pde)
    {
        lock (gate)
        {
            if (pdes.TryGetValue(pde.Name, out var existing) && existing.GetType() != pde.GetType())
                throw new InvalidOperationException(
                    $"two PDEs are named '{pde.Name}': {existing.GetType().FullName} and {pde.GetType().FullName}; rename one in its [Pde] attribute");
            pdes[pde.Name] = pde;
        }
    }

    public static IReadOnlyList<IPde> All
    {
        get
        {
            EnsureScanned();
            lock (gate) return pdes.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        }
    }

    public static IPde? Find(string name)
    {
        EnsureScanned();
        lock (gate) return pdes.GetValueOrDefault(name);
    }

    /// <summary>The PDE of that name, or an error that lists the known names.</summary>
    public static IPde Get(string name) => Find(name) ?? throw new UnknownPdeException(name, All.Select(p => p.Name).ToList());

    static void EnsureScanned()
    {
        lock (scanGate)
        {
            if (scanned) return;
            var seen = new HashSet<string>();
            var entry = Assembly.GetEntryAssembly();
            var roots = AppDomain.CurrentDomain.GetAssemblies().ToList();
            if (entry != null) roots.Add(entry);
            foreach (var assembly in roots) Visit(assembly, seen);
            // An app's folder can hold PDE libraries that no loaded assembly references in metadata (a test host
            // that only calls PdeCatalog.Get("kdv"), a plug-in folder): load those that reference the runtime.
            foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            {
                if (!ReferencesRuntime(path)) continue;
                try { Visit(Assembly.Load(AssemblyName.GetAssemblyName(path)), seen); }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { }
            }
            scanned = true;
        }
    }

    /// <summary>Whether the file is an assembly that references this runtime, read from its metadata without loading it.</summary>
    static bool ReferencesRuntime(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return false;
            var metadata = pe.GetMetadataReader();
            string runtime = typeof(PdeCatalog).Assembly.GetName().Name!;
            return metadata.AssemblyReferences.Any(h => metadata.GetString(metadata.GetAssemblyReference(h).Name) == runtime);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return false;
        }
    }

    // Runs module initializers of assemblies that reference the runtime (only those can declare PDEs).
    static void Visit(Assembly assembly, HashSet<string> seen)
    {
        if (!seen.Add(assembly.FullName ?? assembly.GetName().Name ?? "")) return;
        var references = assembly.GetReferencedAssemblies();
        if (!references.Any(r => r.Name == typeof(PdeCatalog).Assembly.GetName().Name)) return;
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        foreach (var reference in references)
        {
            try { Visit(Assembly.Load(reference), seen); }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { }
        }
    }
}

/// <summary>A PDE name that no declaration carries.</summary>
public sealed class UnknownPdeException(string name, IReadOnlyList<string> known)
    : Exception($"unknown PDE '{name}'; " + (NearestName.Of(name, known) is { } meant ? $"did you mean {meant}? " : "") +
                $"known PDEs: {(known.Count == 0 ? "(none declared)" : string.Join(", ", known))}")
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Known { get; } = known;
}
