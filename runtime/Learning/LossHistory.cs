using System.Globalization;

namespace PdeSym.Learning;

/// <summary>The per-step loss terms of a run, kept beside the checkpoint (CSV) so a resumed run plots its whole history.</summary>
public static class LossHistory
{
    const string Header = "step,total,validity,orthogonality,lipschitz,sobolev,skipped,validity_per_field";

    public static void Write(IEnumerable<LossTerms> losses, string path)
    {
        var c = CultureInfo.InvariantCulture;
        File.WriteAllLines(path, [Header, .. losses.Select(l => string.Join(',',
            l.Step.ToString(c), l.Total.ToString("R", c), l.Validity.ToString("R", c), l.Orthogonality.ToString("R", c),
            l.Lipschitz.ToString("R", c), l.Sobolev.ToString("R", c), l.Skipped ? "1" : "0",
            string.Join(';', l.ValidityPerField.Select(v => v.ToString("R", c)))))]);
    }

    public static List<LossTerms> Read(string path)
    {
        var c = CultureInfo.InvariantCulture;
        if (!File.Exists(path)) return [];
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            return new LossTerms(long.Parse(f[0], c), double.Parse(f[1], c), double.Parse(f[2], c), double.Parse(f[3], c),
                double.Parse(f[4], c), double.Parse(f[5], c), f[7].Split(';').Select(v => double.Parse(v, c)).ToList(), f[6] == "1");
        }).ToList();
    }
}
