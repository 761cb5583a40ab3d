namespace PdeSym.Learning;

/// <summary>Deterministic seeds for one step's random draws, the same in every process (unlike HashCode).</summary>
public static class StepSeed
{
    /// <summary>SplitMix64 of (seed, step, stream), folded to a non-negative int.</summary>
    public static int Of(int seed, long step, int stream)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)step * 0xBF58476D1CE4E5B9UL + (ulong)stream * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7fffffff);
    }
}
