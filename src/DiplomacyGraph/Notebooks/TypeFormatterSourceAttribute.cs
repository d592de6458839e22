// The .NET Interactive formatter finds formatters for a type by this attribute's name and its
// FormatterSourceType property, without the package referencing the notebook kernel. It must stay internal
// so that it never clashes with the kernel's own public attribute of the same name.
namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>Names the formatter source (an object with <c>CreateTypeFormatters()</c>) a notebook uses to display the type.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type whose <c>CreateTypeFormatters()</c> yields the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types a notebook should prefer, best first.</summary>
    public string[] PreferredMimeTypes { get; set; } = ["text/html", "text/plain"];
}
