// Makes TorchSharp's native bridge load on systems whose libstdc++ is older than the one it was built against.
//
// libLibTorchSharp.so (TorchSharp 0.107, built with GCC 13) asks for one symbol that GCC 12's libstdc++
// (Debian 12) lacks: std::ios_base_library_init() at version GLIBCXX_3.4.32. The repair, applied to a copy
// in a build output folder and only when the system libstdc++ lacks that version:
//   1. mark the GLIBCXX_3.4.32 requirement weak (VER_FLG_WEAK) in .gnu.version_r, so the loader does not
//      refuse the library;
//   2. build a tiny shim library that defines the symbol at that version (g++ and a version script);
//   3. add the shim as a DT_NEEDED dependency, found through the library's $ORIGIN run path.
// This file is compiled twice: by MSBuild's RoslynCodeTaskFactory as the build task (PdeSym.targets), and
// into the tests (with PDESYM_TESTS defined) to test the ELF reading and editing without MSBuild.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace PdeSym.Build
{
    /// <summary>What the repair found or did for one library.</summary>
    public enum RepairOutcome { NotNeeded, AlreadyRepaired, Repaired }

    /// <summary>Reads and edits the dynamic-linking parts of a 64-bit little-endian ELF shared library.</summary>
    public sealed class ElfFile
    {
        const uint ShtDynamic = 6, ShtDynsym = 11, ShtVerdef = 0x6ffffffd, ShtVerneed = 0x6ffffffe, ShtVersym = 0x6fffffff;
        const long DtNull = 0, DtNeeded = 1, DtRpath = 15, DtRunpath = 29;
        public const ushort VerFlagWeak = 0x2;

        readonly byte[] data;
        readonly List<Section> sections = new List<Section>();

        sealed class Section
        {
            public uint Type; public long Offset; public long Size; public uint Link; public uint Info; public long EntrySize;
        }

        /// <summary>One version that the library needs from one of its dependencies.</summary>
        public sealed class VersionNeed
        {
            public string File = ""; public string Name = ""; public ushort Flags; public ushort Index; public long FlagsOffset;
        }

        public ElfFile(byte[] bytes)
        {
            data = bytes;
            if (data.Length < 64 || data[0] != 0x7f || data[1] != (byte)'E' || data[2] != (byte)'L' || data[3] != (byte)'F')
                throw new InvalidDataException("not an ELF file");
            if (data[4] != 2 || data[5] != 1)
                throw new InvalidDataException("only 64-bit little-endian ELF files are supported");
            long shoff = I64(0x28);
            int shentsize = U16(0x3A), shnum = U16(0x3C);
            for (int i = 0; i < shnum; i++)
            {
                long h = shoff + (long)i * shentsize;
                sections.Add(new Section
                {
                    Type = U32(h + 4), Offset = I64(h + 24), Size = I64(h + 32), Link = U32(h + 40), Info = U32(h + 44), EntrySize = I64(h + 56),
                });
            }
        }

        public static ElfFile Read(string path) => new ElfFile(File.ReadAllBytes(path));

        public byte[] Bytes => data;

        /// <summary>Version names this file defines (.gnu.version_d), e.g. GLIBCXX_3.4.30.</summary>
        public IReadOnlyList<string> DefinedVersions()
        {
            var names = new List<string>();
            foreach (var s in sections.Where(s => s.Type == ShtVerdef))
            {
                var strtab = sections[(int)s.Link];
                long at = s.Offset;
                for (uint i = 0; i < s.Info; i++)
                {
                    long aux = at + U32(at + 12);
                    names.Add(Str(strtab, U32(aux)));
                    uint next = U32(at + 16);
                    if (next == 0) break;
                    at += next;
                }
            }
            return names;
        }

        /// <summary>Versions this file needs from its dependencies (.gnu.version_r).</summary>
        public IReadOnlyList<VersionNeed> NeededVersions()
        {
            var needs = new List<VersionNeed>();
            foreach (var s in sections.Where(s => s.Type == ShtVerneed))
            {
                var strtab = sections[(int)s.Link];
                long at = s.Offset;
                for (uint i = 0; i < s.Info; i++)
                {
                    string file = Str(strtab, U32(at + 4));
                    int count = U16(at + 2);
                    long aux = at + U32(at + 8);
                    for (int j = 0; j < count; j++)
                    {
                        needs.Add(new VersionNeed { File = file, Flags = U16(aux + 4), Index = U16(aux + 6), Name = Str(strtab, U32(aux + 8)), FlagsOffset = aux + 4 });
                        uint nextAux = U32(aux + 12);
                        if (nextAux == 0) break;
                        aux += nextAux;
                    }
                    uint next = U32(at + 12);
                    if (next == 0) break;
                    at += next;
                }
            }
            return needs;
        }

        /// <summary>Names of the undefined dynamic symbols bound to the given version index.</summary>
        public IReadOnlyList<string> SymbolsBoundTo(ushort versionIndex)
        {
            var dynsym = sections.FirstOrDefault(s => s.Type == ShtDynsym);
            var versym = sections.FirstOrDefault(s => s.Type == ShtVersym);
            if (dynsym == null || versym == null) return Array.Empty<string>();
            var strtab = sections[(int)dynsym.Link];
            var names = new List<string>();
            long count = dynsym.Size / 24;
            for (long i = 0; i < count; i++)
            {
                if ((U16(versym.Offset + 2 * i) & 0x7fff) == versionIndex)
                    names.Add(Str(strtab, U32(dynsym.Offset + 24 * i)));
            }
            return names;
        }

        /// <summary>DT_NEEDED entries, in load order.</summary>
        public IReadOnlyList<string> NeededLibraries()
        {
            var dyn = DynamicSection();
            var strtab = sections[(int)dyn.Link];
            var libs = new List<string>();
            foreach (var (tag, val, _) in DynamicEntries())
                if (tag == DtNeeded) libs.Add(Str(strtab, (uint)val));
            return libs;
        }

        /// <summary>The DT_RUNPATH (or DT_RPATH) string, or null.</summary>
        public string? RunPath()
        {
            var strtab = sections[(int)DynamicSection().Link];
            foreach (var (tag, val, _) in DynamicEntries())
                if (tag == DtRunpath || tag == DtRpath) return Str(strtab, (uint)val);
            return null;
        }

        public void MarkWeak(VersionNeed need)
        {
            W16(need.FlagsOffset, (ushort)(need.Flags | VerFlagWeak));
            need.Flags |= VerFlagWeak;
        }

        /// <summary>
        /// Adds a DT_NEEDED entry without growing the file: the run path is shortened to "$ORIGIN" (where the
        /// dependency lives) and the freed tail of its string holds the new name; a spare DT_NULL slot of the
        /// dynamic section takes the new entry.
        /// </summary>
        public void AddNeeded(string library)
        {
            var dyn = DynamicSection();
            var strtab = sections[(int)dyn.Link];
            var entries = DynamicEntries().ToList();
            int firstNull = entries.FindIndex(e => e.Tag == DtNull);
            if (firstNull < 0 || firstNull + 1 >= entries.Count)
                throw new InvalidDataException("the dynamic section has no spare slot for another DT_NEEDED entry");
            var runpath = entries.FirstOrDefault(e => e.Tag == DtRunpath || e.Tag == DtRpath);
            if (runpath.Offset == 0)
                throw new InvalidDataException("the library has no run path to hold the new dependency's name");
            string old = Str(strtab, (uint)runpath.Value);
            if (!old.StartsWith("$ORIGIN", StringComparison.Ordinal))
                throw new InvalidDataException($"the run path '{old}' does not start with $ORIGIN");
            const string origin = "$ORIGIN";
            long keep = origin.Length + 1;                   // "$ORIGIN\0"
            long nameAt = runpath.Value + keep;
            if (keep + library.Length + 1 > old.Length + 1)
                throw new InvalidDataException($"the run path string is too short to hold '{library}'");
            long freedEnd = runpath.Value + old.Length;
            if (StringReferences(strtab).Any(r => r > runpath.Value + origin.Length && r <= freedEnd))
                throw new InvalidDataException("another dynamic string shares the run path's tail; refusing to edit it");

            var bytes = Encoding.ASCII.GetBytes(origin + "\0" + library + "\0");
            Array.Copy(bytes, 0, data, strtab.Offset + runpath.Value, bytes.Length);
            for (long p = strtab.Offset + runpath.Value + bytes.Length; p <= strtab.Offset + freedEnd; p++) data[p] = 0;

            int insertAt = entries.FindLastIndex(firstNull, e => e.Tag == DtNeeded) + 1;
            for (int i = firstNull; i > insertAt; i--)
            {
                W64(entries[i].Offset, entries[i - 1].Tag);
                W64(entries[i].Offset + 8, entries[i - 1].Value);
            }
            W64(entries[insertAt].Offset, DtNeeded);
            W64(entries[insertAt].Offset + 8, nameAt);
        }

        IEnumerable<long> StringReferences(Section strtab)
        {
            foreach (var (tag, val, _) in DynamicEntries())
                if (tag == DtNeeded || tag == 14 /* DT_SONAME */ || tag == DtRpath || tag == DtRunpath) yield return val;
            foreach (var s in sections.Where(s => s.Link < sections.Count && sections[(int)s.Link] == strtab))
            {
                if (s.Type == ShtDynsym)
                    for (long i = 0; i < s.Size / 24; i++) yield return U32(s.Offset + 24 * i);
            }
            foreach (var need in NeededVersionOffsets()) yield return need;
            foreach (var s in sections.Where(s => s.Type == ShtVerdef))
            {
                long at = s.Offset;
                for (uint i = 0; i < s.Info; i++)
                {
                    long aux = at + U32(at + 12);
                    for (int j = 0; j < U16(at + 6); j++)
                    {
                        yield return U32(aux);
                        uint nextAux = U32(aux + 4);
                        if (nextAux == 0) break;
                        aux += nextAux;
                    }
                    uint next = U32(at + 16);
                    if (next == 0) break;
                    at += next;
                }
            }
        }

        IEnumerable<long> NeededVersionOffsets()
        {
            foreach (var s in sections.Where(s => s.Type == ShtVerneed))
            {
                long at = s.Offset;
                for (uint i = 0; i < s.Info; i++)
                {
                    yield return U32(at + 4);
                    long aux = at + U32(at + 8);
                    for (int j = 0; j < U16(at + 2); j++)
                    {
                        yield return U32(aux + 8);
                        uint nextAux = U32(aux + 12);
                        if (nextAux == 0) break;
                        aux += nextAux;
                    }
                    uint next = U32(at + 12);
                    if (next == 0) break;
                    at += next;
                }
            }
        }

        Section DynamicSection() =>
            sections.FirstOrDefault(s => s.Type == ShtDynamic) ?? throw new InvalidDataException("no dynamic section");

        IEnumerable<(long Tag, long Value, long Offset)> DynamicEntries()
        {
            var dyn = DynamicSection();
            for (long at = dyn.Offset; at + 16 <= dyn.Offset + dyn.Size; at += 16)
                yield return (I64(at), I64(at + 8), at);
        }

        string Str(Section strtab, uint offset)
        {
            long start = strtab.Offset + offset, end = start;
            while (data[end] != 0) end++;
            return Encoding.ASCII.GetString(data, (int)start, (int)(end - start));
        }

        ushort U16(long at) => (ushort)(data[at] | data[at + 1] << 8);
        uint U32(long at) => (uint)(data[at] | data[at + 1] << 8 | data[at + 2] << 16 | data[at + 3] << 24);
        long I64(long at) => (long)U32(at) | (long)U32(at + 4) << 32;
        void W16(long at, ushort v) { data[at] = (byte)v; data[at + 1] = (byte)(v >> 8); }
        void W64(long at, long v) { for (int i = 0; i < 8; i++) data[at + i] = (byte)(v >> (8 * i)); }
    }

    /// <summary>The repair itself, free of MSBuild so that tests can drive it.</summary>
    public static class TorchSharpNativeRepair
    {
        public const string MissingVersion = "GLIBCXX_3.4.32";
        public const string MissingSymbol = "_ZSt21ios_base_library_initv";
        public const string ShimName = "libpdesym_glibcxx_shim.so";
        const string LibStdCxx = "libstdc++.so.6";

        /// <summary>The system's libstdc++.so.6 as the dynamic loader would find it, or null.</summary>
        public static string? FindSystemLibStdCxx()
        {
            try
            {
                var psi = new ProcessStartInfo("/sbin/ldconfig", "-p") { RedirectStandardOutput = true, UseShellExecute = false };
                using var p = Process.Start(psi)!;
                string output = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                foreach (var line in output.Split('\n'))
                {
                    if (line.TrimStart().StartsWith(LibStdCxx + " ", StringComparison.Ordinal) && line.Contains("x86-64") && line.Contains("=>"))
                        return line.Substring(line.IndexOf("=>", StringComparison.Ordinal) + 2).Trim();
                }
            }
            catch (Exception) { /* fall through to the usual places */ }
            foreach (var dir in new[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib" })
            {
                string candidate = Path.Combine(dir, LibStdCxx);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }

        /// <summary>True when the given libstdc++ defines <see cref="MissingVersion"/>.</summary>
        public static bool ProvidesMissingVersion(string libStdCxxPath) =>
            ElfFile.Read(libStdCxxPath).DefinedVersions().Contains(MissingVersion);

        /// <summary>
        /// Repairs one libLibTorchSharp.so in place when <paramref name="systemLibStdCxx"/> lacks the version it
        /// needs; <paramref name="buildShim"/> writes the shim library to the path it is given.
        /// </summary>
        public static RepairOutcome Repair(string library, string systemLibStdCxx, Action<string> buildShim)
        {
            var elf = ElfFile.Read(library);
            var need = elf.NeededVersions().FirstOrDefault(n => n.File == LibStdCxx && n.Name == MissingVersion);
            if (need == null || ProvidesMissingVersion(systemLibStdCxx))
                return RepairOutcome.NotNeeded;

            var bound = elf.SymbolsBoundTo(need.Index);
            var unknown = bound.Where(s => s != MissingSymbol).ToList();
            if (unknown.Count > 0)
                throw new InvalidOperationException(
                    $"{Path.GetFileName(library)} needs {string.Join(", ", unknown)} at {MissingVersion}, which this repair cannot supply; " +
                    "install a libstdc++ from GCC 13 or newer.");

            string shim = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(library))!, ShimName);
            if (!File.Exists(shim)) buildShim(shim);

            bool weak = (need.Flags & ElfFile.VerFlagWeak) != 0;
            bool linked = elf.NeededLibraries().Contains(ShimName);
            if (weak && linked) return RepairOutcome.AlreadyRepaired;
            if (!weak) elf.MarkWeak(need);
            if (!linked) elf.AddNeeded(ShimName);

            string temp = library + ".pdesym-tmp";
            File.WriteAllBytes(temp, elf.Bytes);
            File.Copy(temp, library, overwrite: true);
            File.Delete(temp);
            return RepairOutcome.Repaired;
        }

        /// <summary>Compiles the shim with g++ from the source and version script beside this file.</summary>
        public static void BuildShimWithGxx(string output, string sourceDir, string compiler = "g++")
        {
            string args = $"-shared -fPIC -O2 -o \"{output}\" \"{Path.Combine(sourceDir, "glibcxx_shim.cpp")}\" " +
                          $"-Wl,--version-script=\"{Path.Combine(sourceDir, "glibcxx_shim.map")}\"";
            Process p;
            try
            {
                p = Process.Start(new ProcessStartInfo(compiler, args) { RedirectStandardError = true, UseShellExecute = false })!;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"TorchSharp needs a small compatibility shim on this system (its libstdc++ lacks {MissingVersion}), " +
                    $"and building it needs a C++ compiler: '{compiler}' could not be started ({e.Message}). Install g++ (Debian: apt-get install g++).");
            }
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
                throw new InvalidOperationException($"building {ShimName} with {compiler} failed: {err}");
        }
    }

#if !PDESYM_TESTS
    /// <summary>MSBuild task: repairs every libLibTorchSharp.so under the given folders.</summary>
    public sealed class RepairTorchSharpNative : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required] public string[] Folders { get; set; } = Array.Empty<string>();
        [Microsoft.Build.Framework.Required] public string ShimSourceDirectory { get; set; } = "";

        public override bool Execute()
        {
            if (!System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux)) return true;
            var libraries = Folders.Where(Directory.Exists)
                .SelectMany(f => Directory.EnumerateFiles(f, "libLibTorchSharp.so", SearchOption.AllDirectories))
                .Distinct().ToList();
            if (libraries.Count == 0) return true;
            string? system = TorchSharpNativeRepair.FindSystemLibStdCxx();
            if (system == null)
            {
                Log.LogWarning("PdeSym: could not find the system libstdc++.so.6; TorchSharp's native library was left as it is.");
                return true;
            }
            try
            {
                foreach (var lib in libraries)
                {
                    var outcome = TorchSharpNativeRepair.Repair(lib, system,
                        shim => TorchSharpNativeRepair.BuildShimWithGxx(shim, ShimSourceDirectory));
                    Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, $"PdeSym native repair: {lib}: {outcome}");
                    if (outcome == RepairOutcome.Repaired)
                        Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal,
                            $"PdeSym: {system} lacks {TorchSharpNativeRepair.MissingVersion}; repaired {lib}.");
                }
            }
            catch (Exception e)
            {
                Log.LogError($"PdeSym native repair failed: {e.Message}");
            }
            return !Log.HasLoggedErrors;
        }
    }
#endif
}
