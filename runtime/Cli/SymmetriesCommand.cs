using System.ComponentModel;
using PdeSym.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary><c>pdesym symmetries &lt;pde&gt; [--degree d] [--json]</c>: the exact Lie point symmetries from the determining equations.</summary>
internal sealed class SymmetriesCommand : Command<SymmetriesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an equation Δ in the plain syntax such as \"u_t - u_xx\".")]
        public string Pde { get; init; } = "";

        [CommandOption("--degree <d>")]
        [Description("Highest total degree in x, t, u of the polynomial ansatz for ξ, τ, φ (default 2).")]
        [DefaultValue(2)]
        public int Degree { get; init; } = 2;

        [CommandOption("--equations")]
        [Description("Also print the determining equations (reduced) on the ansatz's coefficients, e.g. xi_t - phi_1 = 0.")]
        public bool Equations { get; init; }

        [CommandOption("--adjoint")]
        [Description("Also print the adjoint action Ad(exp(εVi))Vj in closed form (Olver's table; V and Ad(g)V give equivalent reductions).")]
        public bool Adjoint { get; init; }

        [CommandOption("--optimal")]
        [Description("Also print an optimal system of one-dimensional subalgebras: every ⟨V⟩ is carried by the group onto one representative's, so reducing by each gives every invariant solution up to symmetry.")]
        public bool Optimal { get; init; }

        [CommandOption("--latex")]
        [Description("Print the generators and their commutator table as LaTeX (an align* and a tabular), for a paper.")]
        public bool Latex { get; init; }

        [CommandOption("--json")]
        [Description("Print the algebra as JSON: each generator's xi, tau, phi in the plain syntax and its Unicode form.")]
        public bool Json { get; init; }

        [CommandOption("--period <L>")]
        [Description("Period of x for a linear equation's lowest Fourier solutions β in the family β∂u (default: a catalogue PDE's declared length; none for an equation given as text).")]
        public double? Period { get; init; }

        public override ValidationResult Validate() => Period is { } l && !(l > 0 && double.IsFinite(l))
            ? ValidationResult.Error($"--period is {l}; give the positive length L of the periodic domain [0, L)")
            : ValidationResult.Success();
    }

    internal sealed record GeneratorEntry(string Xi, string Tau, string Phi, string Unicode, string Latex)
    {
        public static GeneratorEntry Of(Generator g) => new(g.Xi.ToPlain(), g.Tau.ToPlain(), g.Phi.ToPlain(), g.ToUnicode(), g.ToLatex());
    }

    /// <param name="Rhs">L[β] of β_{t^m} = L[β] (plain syntax).</param>
    /// <param name="TimeOrder">m: 1 for β_t = L[β], 2 for β_tt = L[β].</param>
    /// <param name="Unicode">The family in words.</param>
    /// <param name="PeriodicSolutions">The lowest β of the family periodic on [0, L) (plain syntax): L from --period or a catalogue PDE's domain.</param>
    internal sealed record FamilyEntry(string Rhs, int TimeOrder, string Unicode, string[] PeriodicSolutions);

    /// <param name="Unicode">⟨V4 + aV3⟩ written out: V4 + aV3.</param>
    /// <param name="Plain">The same as <c>pdesym reduce</c> reads it: V4 + a*V3.</param>
    /// <param name="Conditions">Each parameter's range: "a ≥ −1/2".</param>
    internal sealed record SubalgebraEntry(string Unicode, string Plain, string[] Conditions)
    {
        public static SubalgebraEntry Of(SubalgebraRepresentative r) => new(r.ToUnicode(), r.ToPlain(), [.. r.Conditions]);
    }

    internal sealed record Output(
        string Pde, string Equation, int Degree, string Ansatz, GeneratorEntry[] Generators, FamilyEntry? Family,
        string[] Notes, double Milliseconds, string[][] Commutators, bool Closed, string? Structure, string[]? RespectPeriod, string[][]? Adjoint,
        SubalgebraEntry[]? Optimal, string? OptimalNote);

    /// <summary>The commutator table [V_i, V_j], row i and column j.</summary>
    static void Write(CommutatorTable table, bool family)
    {
        int n = table.Basis.Count;
        var grid = new Table().Border(TableBorder.Simple).AddColumn("[[Vi, Vj]]");
        for (int j = 0; j < n; j++) grid.AddColumn($"V{j + 1}", c => c.RightAligned());
        for (int i = 0; i < n; i++)
            grid.AddRow([$"V{i + 1}", .. Enumerable.Range(0, n).Select(j => Markup.Escape(table.Entry(i, j)))]);
        AnsiConsole.MarkupLine("commutators [[Vi, Vj]] (row i, column j):");
        AnsiConsole.Write(grid);
        if (!table.Closed)
            AnsiConsole.MarkupLine("[yellow]note:[/] " + Markup.Escape(family
                ? "a bracket outside the listed generators lies in the solution family β∂u or beyond the ansatz"
                : "a bracket lies outside the listed generators: the ansatz truncates the algebra (try a larger --degree)"));
    }

    /// <summary>Ad(exp(εV_i))V_j, row i and column j.</summary>
    static void WriteAdjoint(string[][]? adjoint)
    {
        if (adjoint is null)
        {
            AnsiConsole.MarkupLine("[yellow]note:[/] no adjoint table: the commutator table is not closed with exact constants");
            return;
        }
        var grid = new Table().Border(TableBorder.Simple).AddColumn("Ad(exp(εVi))Vj");
        for (int j = 0; j < adjoint.Length; j++) grid.AddColumn($"V{j + 1}");
        for (int i = 0; i < adjoint.Length; i++) grid.AddRow([$"V{i + 1}", .. adjoint[i].Select(Markup.Escape)]);
        AnsiConsole.MarkupLine(Markup.Escape("adjoint action Ad(exp(εVi))Vj = Vj − ε[Vi, Vj] + ε²/2 [Vi, [Vi, Vj]] − … (row i, column j):"));
        AnsiConsole.Write(grid);
    }

    /// <summary>The optimal system, one representative a line, or why there is none.</summary>
    static void WriteOptimal(OptimalSystem? optimal, string? note)
    {
        if (optimal is null)
        {
            AnsiConsole.MarkupLine($"[yellow]note:[/] no optimal system: {Markup.Escape(note ?? "")}");
            return;
        }
        AnsiConsole.MarkupLine(Markup.Escape($"optimal system of one-dimensional subalgebras ({optimal.Representatives.Count}; every ⟨V⟩ is conjugate to one of these):"));
        foreach (var r in optimal.Representatives) AnsiConsole.MarkupLine($"  {Markup.Escape(r.Describe())}");
    }

    /// <summary>A catalogue name (with its declaration), or else an equation written out (it must mention u or a derivative).</summary>
    internal static (string Name, Expr Equation, IPde? Declared) Resolve(string pde)
    {
        var declared = PdeCatalog.Find(pde);
        if (declared != null) return (declared.Name, declared.Equation(), declared);
        // A bare word is a catalogue name ("kdb": unknown PDE, did you mean kdv?); text with u, u_x, … an equation, whose
        // own checks then say what it lacks ("u_x - u" has no u_t).
        if (!pde.Contains("u_t") && (System.Text.RegularExpressions.Regex.IsMatch(pde, @"^[\w-]*$") || !MentionsU(pde))) PdeCatalog.Get(pde);
        return (pde, Expr.Parse(pde), null);
    }

    static bool MentionsU(string text)
    {
        try { return Expr.Parse(text).Symbols().Any(n => JetVariable.TryParse(n, out _)); }
        catch (ExprParseException) { return false; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation, declared) = Resolve(settings.Pde);
        var algebra = SymmetryAlgebra.Compute(equation, settings.Degree);
        var table = CommutatorTable.Compute(algebra.Generators);
        int n = algebra.Generators.Count;
        // On a periodic domain (given, or declared), the family's members that fit it: the heat equation's e^{−t/10}cos x, ...
        double? period = settings.Period ?? declared?.Domain.Length;
        var periodic = algebra.Family is not null && period is { } length ? FourierSolutions.Of(equation, length, 2) : [];
        // The generators whose flow maps the periodic domain to itself: what acts on periodic data, and what learn can find.
        var domain = period is { } l ? new PdeDomain(l, declared?.Domain.Duration ?? 1) : null;
        var respecting = domain is null ? null : Enumerable.Range(0, n).Where(i => domain.Preserves(algebra.Generators[i])).ToArray();
        var adjoint = settings.Json || settings.Adjoint ? AdjointAction.Of(table) : null;
        string? optimalNote = null;
        var optimal = settings.Json || settings.Optimal ? OptimalSystem.Of(table, out optimalNote) : null;
        var output = new Output(
            name, equation.ToPlain(), algebra.Degree, algebra.Ansatz,
            algebra.Generators.Select(GeneratorEntry.Of).ToArray(),
            algebra.Family is { } f ? new FamilyEntry(f.RhsPlain, f.TimeOrder, f.ToUnicode(), periodic.Select(b => b.ToPlain()).ToArray()) : null,
            algebra.Notes.ToArray(), algebra.Elapsed.TotalMilliseconds,
            Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => table.Entry(i, j)).ToArray()).ToArray(), table.Closed,
            LieAlgebraStructure.Of(table)?.Describe(k => $"V{k + 1}"),
            respecting?.Select(i => $"V{i + 1}").ToArray(),
            adjoint is null ? null : Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => adjoint.Entry(i, j)).ToArray()).ToArray(),
            optimal?.Representatives.Select(SubalgebraEntry.Of).ToArray(), optimalNote);
        if (settings.Json)
        {
            ConsoleJson.Write(output);
            return 0;
        }
        if (settings.Latex)
        {
            if (output.Structure is { } described) Console.Out.WriteLine($"% structure: {described}");
            Console.Out.Write(table.ToLatex());
            if (settings.Adjoint && adjoint is not null) Console.Out.Write(adjoint.ToLatex());
            if (settings.Optimal) Console.Out.Write(optimal?.ToLatex() ?? $"% no optimal system: {optimalNote}\n");
            return 0;
        }
        // A catalogue PDE as declared (u_t + u u_x + u_xxx), not in the canonical order (u·u_x + u_t + u_xxx).
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(declared?.Pretty ?? equation.ToUnicode() + " = 0")}");
        AnsiConsole.MarkupLine(Markup.Escape(
            $"ansatz: {algebra.Ansatz} ({algebra.Unknowns} unknowns, {algebra.EquationsCount} equations, {algebra.Elapsed.TotalMilliseconds:F0} ms)"));
        for (int i = 0; i < algebra.Generators.Count; i++)
            AnsiConsole.MarkupLine($"  V{i + 1} = {Markup.Escape(algebra.Generators[i].ToUnicode())}");
        if (algebra.Generators.Count == 0) AnsiConsole.MarkupLine("  no generator inside the ansatz");
        if (algebra.Family is { } family) AnsiConsole.MarkupLine($"  and {Markup.Escape(family.ToUnicode())}");
        if (periodic.Count > 0)
            AnsiConsole.MarkupLine(Markup.Escape($"    periodic on [0, {period!.Value:G6}): β = {string.Join(", ", periodic.Select(b => b.ToUnicode()))}, …"));
        if (n > 1) Write(table, algebra.Family is not null);
        if (output.Structure is { } structure) AnsiConsole.MarkupLine($"structure: {Markup.Escape(structure)}");
        if (settings.Adjoint) WriteAdjoint(output.Adjoint);
        if (settings.Optimal) WriteOptimal(optimal, optimalNote);
        if (respecting != null)
            AnsiConsole.MarkupLine(Markup.Escape($"respect the period [0, {period!.Value:G6}): " +
                (respecting.Length == 0 ? "none" : string.Join(", ", respecting.Select(i => $"V{i + 1}"))) +
                (periodic.Count > 0 ? ", and β∂u for the periodic β" : "") +
                " — the generators that act on periodic data as a whole (what pdesym learn can find)"));
        if (settings.Equations)
        {
            AnsiConsole.MarkupLine($"determining equations ({algebra.DeterminingEquations.Count}, reduced):");
            foreach (var e in algebra.DeterminingEquations) AnsiConsole.MarkupLine($"  {Markup.Escape(e.ToUnicode())} = 0");
        }
        foreach (var note in algebra.Notes) AnsiConsole.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        return 0;
    }
}
