namespace PdeSym;

/// <summary>
/// A file written whole or not at all: the content goes to a temporary name beside the target, which is then moved over
/// it, so an interrupted run leaves no half-written file (and no temporary: it is deleted when the write fails).
/// </summary>
public static class AtomicFile
{
    /// <param name="path">The target; its folder is created.</param>
    /// <param name="write">Writes the content to the temporary path it is given.</param>
    public static void Write(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.partial");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static void WriteAllText(string path, string text) => Write(path, temporary => File.WriteAllText(temporary, text));
}
