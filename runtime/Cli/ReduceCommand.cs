using System.ComponentModel;
using PdeSym.Reports;
using PdeSym.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>
/// <c>pdesym reduce &lt;pde&gt; ["&lt;xi&gt;" "&lt;tau&gt;" "&lt;phi&gt;"]</c>: the invariant solutions of a symmetry and the ODE they
/// satisfy; without a generator, one reduction per generator of the exact algebra.
/// </summary>
internal sealed class ReduceCommand : Command<ReduceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<pde>")]
        [Description("A declared PDE (see `pdesym list`), or an equation Δ in the plain syntax.")]
        public string Pde { get; init; } = "";

        [CommandArgument(1, "[xi]")]
        [Description("ξ, the ∂x component of the symmetry (a leading minus needs a space or parentheses: \" -u\"); or alone, a combination of the exact algebra's generators such as \"V2 + 2V1\"; leave out all three to reduce by every generator of the exact algebra.")]
        public string? Xi { get; init; }

        [CommandArgument(2, "[tau]")]
        [Description("τ, the ∂t component.")]
        public string? Tau { get; init; }

        [CommandArgument(3, "[phi]")]
        [Description("φ, the ∂u component.")]
        public string? Phi { get; init; }

        [CommandOption("--degree <d>")]
        [Description("Without a generator, or with one named V1, V2, …: the degree of the exact algebra's ansatz, as in `pdesym symmetries` (default 2).")]
        [DefaultValue(2)]
        public int Degree { get; init; } = 2;

        [CommandOption("--from <run>")]
        [Description("Reduce by the learned algebra of a `pdesym learn` run (its folder or report.json): the elements the equation confirmed.")]
        public string? From { get; init; }

        [CommandOption("--optimal")]
        [Description("Reduce by each representative of the exact algebra's optimal system of one-dimensional subalgebras (`pdesym symmetries --optimal`): every invariant solution, up to symmetry, once.")]
        public bool Optimal { get; init; }

        [CommandOption("--latex")]
        [Description("Print each reduction as LaTeX (an align*: the invariant, the solutions, the ODE).")]
        public bool Latex { get; init; }

        [CommandOption("--json")]
        [Description("Print the reductions as JSON: invariant, solutions u = U(x, t, f) and the ODE in the plain syntax.")]
        public bool Json { get; init; }

        public override ValidationResult Validate()
        {
            int given = new[] { Xi, Tau, Phi }.Count(c => c != null);
            if (new[] { given > 0, From != null, Optimal }.Count(b => b) > 1)
                return ValidationResult.Error("give one of a generator, --from RUN and --optimal");
            if (given == 2 || given == 1 && !BasisCombination.Looks(Xi!))
                return ValidationResult.Error("give all three components ξ τ φ of the symmetry (\"x\" \"3*t\" \" -2*u\"), a combination of the exact algebra's generators (\"V2 + 2V1\"), or none to reduce by every generator of the exact algebra");
            return Degree >= 0 ? ValidationResult.Success() : ValidationResult.Error($"--degree is {Degree}; use 0 or more (default 2)");
        }
    }

    /// <summary>One reduction in the plain syntax (f for f(variable)), or the reason a generator was not reduced (Refused; then the other fields but Generator are null).</summary>
    internal sealed record Entry(
        string Generator, string? Variable, string? Invariant, string? Solution, string? Ode, string? OdeUnicode, int? Order,
        string? Factor, string? ExplicitSolution, string? Integral, string? SecondIntegral, string? SolitaryWave, string? Refused,
        string? OptimalClass = null, string? Where = null, bool NoSolution = false);

    internal sealed record Output(string Pde, string Equation, Entry[] Reductions);

    // The learned algebra's elements that the equation confirmed (report.json's "learnedAlgebra", verified).
    // A declared PDE must be the one the run learned; an equation written out is the user's to match.
    static IReadOnlyList<Generator> Learned(string run, IPde? declared)
    {
        var generators = LearningReportFile.Generators(run, "learnedAlgebra",
            e => e.TryGetProperty("verified", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.True, declared?.Name);
        return generators.Count > 0 ? generators
            : throw new UserFacingException($"the learned algebra of '{run}' has no element the equation confirmed; there is nothing to reduce by");
    }

    // What to reduce by, each with its label: V1, V2, … (the algebra), W1, … (a learned one), ⟨V2 + V3⟩ (an optimal
    // system's representative, reduced already: Case — a family's generic case with its Where, then its exceptional
    // members; Family a member to suggest where the generic case is refused). Class: for a combination of the
    // generators, the optimal system's representative whose class holds it.
    // ClassMember: that representative, at the combination's parameter values, as text and as a field.
    sealed record Item(string Label, Generator Field, string? Family = null, string? Class = null, (string Plain, Generator Field)? ClassMember = null,
        FamilyReduction.Case? Case = null);

    static List<Item> Items(Settings settings, Expr equation, IPde? declared)
    {
        if (settings.From is { } run) return Learned(run, declared).Select((g, i) => new Item($"W{i + 1}", g)).ToList();
        if (settings.Xi is null && !settings.Optimal)
            return SymmetryAlgebra.Compute(equation, settings.Degree).Generators.Select((g, i) => new Item($"V{i + 1}", g)).ToList();
        if (settings.Xi is null)
        {
            var basis = SymmetryAlgebra.Compute(equation, settings.Degree).Generators;
            var system = OptimalSystem.Of(CommutatorTable.Compute(basis), out var reason)
                ?? throw new UserFacingException($"no optimal system of {settings.Pde} at --degree {settings.Degree}: {reason}");
            return system.Representatives.SelectMany(r => FamilyReduction.Of(equation, r, basis).Cases.Select(c =>
                new Item(c.Label, c.Field, r.Parameters.Count > 0 ? r.Member() : null, Case: c))).ToList();
        }
        if (settings.Tau is not null) return [new Item("V", Generator.Parse(settings.Xi, settings.Tau!, settings.Phi!))];
        var generators = SymmetryAlgebra.Compute(equation, settings.Degree).Generators;
        var combination = BasisCombination.Parse(settings.Xi, generators, out var coefficients);
        if (OptimalSystem.Of(CommutatorTable.Compute(generators), out _)?.Classify(coefficients) is not var (representative, values))
            return [new Item("V", combination)];
        // "⟨V2⟩", "⟨V3 + aV5⟩ at a = 2", and that member in the plain syntax (values recognised as simple fractions).
        var exact = values.ToDictionary(kv => kv.Key, kv => Rational.Near(kv.Value, 1000, 1e-9).Take(1).Select(r => (Rational?)r).FirstOrDefault());
        string Number(string name) => exact[name] is { } r ? SubalgebraRepresentative.Value(r)
            : values[name].ToString("G6", System.Globalization.CultureInfo.InvariantCulture).Replace("-", "−");
        var label = $"⟨{representative.ToUnicode()}⟩" + (values.Count == 0 ? "" : " at " + string.Join(", ", values.Keys.Order().Select(k => $"{k} = {Number(k)}")));
        var at = exact.Values.All(r => r is not null) ? exact.ToDictionary(kv => kv.Key, kv => kv.Value!.Value) : null;
        return [new Item("V", combination, Class: label, ClassMember: at is null ? null : (representative.Member(at), representative.Field(generators, at)!))];
    }

    // A PDE as typed again on a command line: an equation with spaces or operators in quotes.
    static string Quoted(string pde) => pde.Any(c => char.IsWhiteSpace(c) || "*()^+-/".Contains(c)) ? $"\"{pde}\"" : pde;

    // The command that reduces one generator of this algebra (the degree it was computed at included).
    static string Command(Settings settings, string generator) =>
        $"`pdesym reduce {Quoted(settings.Pde)} \"{generator}\"{(settings.Degree == 2 ? "" : $" --degree {settings.Degree}")}`";

    // A family's parameters: their ranges and the values its generic case leaves out, or an exceptional member's values.
    static string? Where(Item item) => item.Case is { Where: not "" } c ? c.Where : null;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (name, equation, declared) = SymmetriesCommand.Resolve(settings.Pde);
        bool one = settings.Xi != null;
        var items = Items(settings, equation, declared);
        var results = new List<(Item Item, SimilarityReduction? Reduction, string? Refused)>();
        foreach (var item in items)
        {
            var g = item.Field;
            if (item.Case is { } reduced)
            {
                results.Add((item, reduced.Reduction, reduced.Reduction is null && item.Family is { } member && reduced.Generic
                    ? $"{reduced.Refused}; a member may reduce: {Command(settings, member)}" : reduced.Refused));
                continue;
            }
            // One generator given: its refusal is the command's error — and where the optimal system holds a conjugate
            // that reduces, the way round it.
            if (!one)
            {
                var (reduction, refused) = SimilarityReduction.Attempt(equation, g);
                results.Add((item, reduction, refused));
                continue;
            }
            try { results.Add((item, SimilarityReduction.Of(equation, g), null)); }
            catch (UserFacingException e) when (item.ClassMember is { } member && SimilarityReduction.Attempt(equation, member.Field).Reduction is not null)
            {
                throw new UserFacingException($"V = {g.ToUnicode()} is not reduced here ({(e is UnreducibleGeneratorException u ? u.Reason : e.Message)}); it is conjugate to " +
                    $"{item.Class} of the optimal system, which reduces: {Command(settings, member.Plain)} gives the same solutions up to symmetry");
            }
        }

        if (settings.Json)
        {
            ConsoleJson.Write(new Output(name, equation.ToPlain(), results.Select(r => r.Reduction is { } s
                ? new Entry(s.Generator.ToUnicode(), s.Variable, s.Invariant.ToPlain(), s.Solution.ToPlain(), s.Ode.ToPlain(), s.OdeUnicode(), s.Order, s.Factor.ToPlain(),
                    s.ExplicitSolution?.ToPlain(), s.Integral?.ToPlain(), s.SecondIntegral?.ToPlain(),
                    s.SolitaryWaveSolution?.ToPlain(), null, r.Item.Class, Where(r.Item), s.NoSolution)
                : new Entry(r.Item.Field.ToUnicode(), null, null, null, null, null, null, null, null, null, null, null, r.Refused, r.Item.Class, Where(r.Item))).ToArray()));
            return 0;
        }
        if (settings.Latex)
        {
            foreach (var (item, s, refused) in results)
            {
                if (item.Case is { Where: not "" } c) Console.Out.Write($"\\noindent ${c.WhereLatex}$:\\par\n");
                Console.Out.Write(s is null ? $"% {item.Field.ToUnicode()}: {refused}\n" : s.ToLatex());
            }
            return 0;
        }
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {Markup.Escape(declared?.Pretty ?? equation.ToUnicode() + " = 0")}");
        foreach (var (item, s, refused) in results)
        {
            AnsiConsole.MarkupLine($"{Markup.Escape(item.Label)} = {Markup.Escape(item.Field.ToUnicode())}");
            if (Where(item) is { } where) AnsiConsole.MarkupLine(Markup.Escape($"  {"where",-12} {where}"));
            if (item.Class is { } optimalClass)
                AnsiConsole.MarkupLine(Markup.Escape($"  {"class",-12} {optimalClass} of the optimal system (`pdesym symmetries {Quoted(settings.Pde)} --optimal`): the same solutions up to symmetry"));
            if (s is null)
            {
                AnsiConsole.MarkupLine($"  [yellow]not reduced:[/] {Markup.Escape(refused!)}");
                continue;
            }
            foreach (var (fact, text) in s.Describe()) AnsiConsole.MarkupLine(Markup.Escape($"  {fact,-12} {text}"));
        }
        if (results.Any(r => r.Reduction is null))
            AnsiConsole.MarkupLine($"[yellow]note:[/] {Markup.Escape(UnreducibleGeneratorException.Reach)}");
        return 0;
    }
}
