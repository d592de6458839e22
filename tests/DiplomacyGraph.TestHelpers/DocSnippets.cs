using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using DiplomacyGraph.Tests.Packaging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyGraph.Tests.Docs;

/// <summary>
/// The ```csharp blocks of a Markdown file, compiled with Roslyn against the library as one top-level program (the blocks of a
/// page continue each other, as a reader runs them) and run in memory, its console output captured.
/// </summary>
internal static partial class DocSnippets
{
    /// <summary>Stands in for the notebook's <c>display(value)</c>: prints what the notebook's plain-text formatter shows.</summary>
    private const string Display =
        "static void display(object? value) => System.Console.WriteLine(Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(value, \"text/plain\"));";

    /// <summary>The usings a <c>dotnet new console</c> project has implicitly (ImplicitUsings), which the snippets assume.</summary>
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>Every Markdown file of README.md and docs/ that holds a C# block and runs without a server, relative to the repository root.</summary>
    public static IEnumerable<string> Pages() => AllPages().Where(p => !ServerPages.Contains(p));

    /// <summary>
    /// Pages whose snippets talk to a PostgreSQL server: tests/DiplomacyGraph.PostgreSql.Tests runs them against a real
    /// one (DocSnippetServerTests), the core tests leave them out.
    /// </summary>
    public static IReadOnlyCollection<string> ServerPages { get; } = [Path.Combine("docs", "postgresql.md")];

    private static IEnumerable<string> AllPages() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md").Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)))
            .Where(p => Blocks(p).Count > 0)
            .Order(StringComparer.Ordinal);

    /// <summary>The C# blocks of a page, in order.</summary>
    public static IReadOnlyList<string> Blocks(string page) =>
        [.. Block().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, page))).Select(m => m.Groups[1].Value)];

    /// <summary>The page's blocks as one program: <c>using</c> lines first, <c>#r</c> notebook directives dropped (the package is referenced).</summary>
    public static string Program(string page)
    {
        var lines = Blocks(page).SelectMany(b => b.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => !l.StartsWith("#r ", StringComparison.Ordinal)).ToList();
        var usings = ImplicitUsings.Select(u => $"using {u};").Concat(lines.Where(l => UsingLine().IsMatch(l))).Distinct(StringComparer.Ordinal);
        var body = lines.Where(l => !UsingLine().IsMatch(l));
        var program = string.Join('\n', usings.Concat(body));
        return program.Contains("display(", StringComparison.Ordinal) ? program + "\n" + Display + "\n" : program;
    }

    /// <summary>Compiles and runs a page's program from <paramref name="workingDirectory"/>; returns the compiler errors (empty when it built) and what it printed.</summary>
    public static (IReadOnlyList<string> Errors, string Output) Run(string page, string workingDirectory)
    {
        var source = Program(page);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Where(IsManagedAssembly)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: page)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions([]));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!emitted.Success)
        {
            return (errors, string.Empty);
        }

        image.Position = 0;
        var context = new AssemblyLoadContext(page, isCollectible: true);
        var previousOut = Console.Out;
        var previousDirectory = Environment.CurrentDirectory;
        using var output = new StringWriter();
        try
        {
            var assembly = context.LoadFromStream(image);
            Console.SetOut(output);
            Environment.CurrentDirectory = workingDirectory;
            var entry = assembly.EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"{page}: the C# snippets compiled but threw: {e.InnerException.Message}\n{source}", e.InnerException);
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            context.Unload();
        }

        return (errors, output.ToString());
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```csharp[^\n]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^using [\w.]+( = [\w.]+)?;\s*$")]
    private static partial Regex UsingLine();
}
