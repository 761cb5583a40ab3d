using System.Diagnostics;

namespace PdeSym.Tests.Data;

/// <summary>
/// h5py, the reader the LPSDA / paper code uses, run as an independent check of our HDF5 files.
/// Debian's python3-h5py (installed by .ci/run) lives in the system interpreter, so that one is tried first.
/// </summary>
internal static class H5py
{
    static readonly Lazy<string?> interpreter = new(() =>
        new[] { "/usr/bin/python3", "python3" }.FirstOrDefault(p => TryRun(p, "import h5py, numpy", out _)));

    public static string? Interpreter => interpreter.Value;

    /// <summary>Runs a Python script with h5py; returns its standard output or fails the test with its error.</summary>
    public static string Run(string script)
    {
        var python = Interpreter ?? throw new InvalidOperationException("h5py is not available");
        if (!TryRun(python, script, out var output)) Assert.Fail($"python failed:\n{output}");
        return output;
    }

    static bool TryRun(string python, string script, out string output)
    {
        try
        {
            var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            info.ArgumentList.Add("-");
            using var process = Process.Start(info)!;
            process.StandardInput.Write(script);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            output = stdout.Result + stderr;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return false;
        }
    }
}

/// <summary>A test that needs h5py: skipped, with the reason, where no Python with h5py is installed.</summary>
public sealed class H5pyFactAttribute : FactAttribute
{
    public H5pyFactAttribute()
    {
        if (H5py.Interpreter == null) Skip = "needs python3 with h5py (Debian: apt-get install python3-h5py; .ci/run installs it)";
    }
}
