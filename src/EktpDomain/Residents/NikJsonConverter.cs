using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EktpDomain.Residents;

/// <summary>
/// Writes a <see cref="Nik"/> for System.Text.Json as its masked string, such as <c>"360327******0001"</c> (R11).
/// It is applied to <see cref="Nik"/> by attribute, so every serialization uses it without registration; a
/// <c>Nik?</c> that is null is written as <c>null</c>.
/// </summary>
/// <remarks>
/// Reading a NIK from JSON is refused with a <see cref="JsonException"/>: the masked form cannot be turned back into
/// the number, and a JSON field that carried all 16 digits would leak them into every log of that JSON. Where the
/// full number must be exchanged, write <see cref="Nik.RevealDigits"/> explicitly and read it back with
/// <see cref="Nik.Parse(string, NodaTime.LocalDate)"/>.
/// </remarks>
public sealed class NikJsonConverter : JsonConverter<Nik>
{
    /// <summary>Refuses to read a NIK; see the remarks of <see cref="NikJsonConverter"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="JsonException">Always.</exception>
    public override Nik Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException(
            "A NIK cannot be read from JSON: System.Text.Json writes it masked (such as 360327******0001), which cannot be turned back into the number. Exchange the digits of Nik.RevealDigits() as a string where they are required, and read them with Nik.Parse and a reference date.");

    /// <summary>Writes the NIK's masked form as a JSON string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The NIK.</param>
    /// <param name="options">The options (not used: the masked form is culture-invariant).</param>
    public override void Write(Utf8JsonWriter writer, Nik value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> masked = stackalloc char[Nik.Length];
        Nik.WriteMasked(value.Digits, masked);
        writer.WriteStringValue(masked);
    }
}
