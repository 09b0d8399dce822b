using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EktpDomain;

/// <summary>
/// Reads and writes a <see cref="RegionCode"/> for System.Text.Json as its dotted string, such as <c>"36.03.01"</c>
/// (<c>"0"</c> for the nation), both as a value and as a dictionary key. It is applied to <see cref="RegionCode"/> by
/// attribute, so every serialization uses it without registration.
/// </summary>
/// <remarks>
/// Reading accepts what <see cref="RegionCode.Parse(string)"/> accepts: the dotted form and the undotted form of a NIK
/// (<c>"360301"</c>). Anything else, including a JSON number or <c>null</c> for a <see cref="RegionCode"/> that is not
/// nullable, is a <see cref="JsonException"/> whose message says why.
/// </remarks>
public sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    /// <summary>Reads a code from a JSON string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The options (not used).</param>
    /// <returns>The code.</returns>
    /// <exception cref="JsonException">The value is not a string, or not a region code.</exception>
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ParseString(ref reader)
            : throw new JsonException($"A region code must be a JSON string such as \"36.03.01\", not {Describe(reader.TokenType)}.");

    /// <summary>Writes the code as its dotted string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The code.</param>
    /// <param name="options">The options (not used).</param>
    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value, stackalloc char[RegionCode.MaxFormattedLength]));
    }

    /// <summary>Reads a code from a dictionary key.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The options (not used).</param>
    /// <returns>The code.</returns>
    /// <exception cref="JsonException">The key is not a region code.</exception>
    public override RegionCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseString(ref reader);

    /// <summary>Writes the code as a dictionary key, in its dotted form.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The code.</param>
    /// <param name="options">The options (not used).</param>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value, stackalloc char[RegionCode.MaxFormattedLength]));
    }

    private static RegionCode ParseString(ref Utf8JsonReader reader)
    {
        string text = reader.GetString() ?? string.Empty;
        return RegionCode.TryParse(text, out var code, out string? error) ? code : throw new JsonException(error);
    }

    private static ReadOnlySpan<char> Format(RegionCode value, Span<char> buffer) =>
        value.TryFormat(buffer, out int written, default, null) ? buffer[..written] : throw new InvalidOperationException("A region code fits in 13 characters.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}
