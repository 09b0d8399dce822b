using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Reporting.Json;

/// <summary>Reads and writes a <see cref="LocalDate"/> as ISO <c>YYYY-MM-DD</c>, for the DTOs of the JSON contract.</summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(LocalDatePattern.Iso, ref reader, "a date (YYYY-MM-DD)");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    internal static T Parse<T>(IPattern<T> pattern, ref Utf8JsonReader reader, string what)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var result = text is null ? null : pattern.Parse(text);
        return result is { Success: true }
            ? result.Value
            : throw new JsonException($"Expected {what}, not {(text is null ? reader.TokenType.ToString() : $"\"{text}\"")}.");
    }
}

/// <summary>Reads and writes a <see cref="YearMonth"/> as ISO <c>YYYY-MM</c>, for the DTOs of the JSON contract.</summary>
internal sealed class IsoYearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoLocalDateJsonConverter.Parse(YearMonthPattern.Iso, ref reader, "a month (YYYY-MM)");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
}
