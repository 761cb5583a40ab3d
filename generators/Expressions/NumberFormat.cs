using System;
using System.Globalization;

namespace PdeSym.Generators.Expressions;

/// <summary>
/// Invariant, round-trip formatting of numbers, so a constant prints the same on every machine. A long decimal
/// that is exactly a small fraction (1/3) prints as that fraction, which the symbolic core reads exactly.
/// </summary>
internal static class NumberFormat
{
    /// <summary>A decimal literal of the plain syntax (no sign handling: callers print negatives through negation).</summary>
    public static string Plain(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (Digits(text) <= 8) return text;
        for (long q = 2; q <= 1000; q++)
        {
            double p = Math.Round(value * q);
            if (Math.Abs(p) < 1e15 && p / q == value)
                return p.ToString("R", CultureInfo.InvariantCulture) + "/" + q.ToString(CultureInfo.InvariantCulture);
        }
        return text;
    }

    /// <summary>A C# double literal that round-trips.</summary>
    public static string CSharp(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
    }

    static int Digits(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (c == 'E' || c == 'e') break;
            if (char.IsDigit(c)) count++;
        }
        return count;
    }
}
