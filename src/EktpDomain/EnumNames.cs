using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace EktpDomain;

/// <summary>
/// The names of an enum's values as the data folder's CSV files and the library's messages spell them, such as
/// <c>signature-pad</c> for <c>Devices.DeviceComponent.SignaturePad</c>. The instances are
/// <see cref="RegionNames"/>, <c>Devices.DeviceNames</c>, <c>Incidents.IncidentNames</c>, <c>Recording.LedgerNames</c>,
/// <c>Attainment.AttainmentNames</c> and <c>Findings.FindingNames</c>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
public sealed class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum[] values;

    /// <summary>Names the values of <typeparamref name="TEnum"/> in their order.</summary>
    internal EnumNames(params string[] names)
    {
        values = Enum.GetValues<TEnum>();
        if (names.Length != values.Length)
        {
            throw new ArgumentException($"{typeof(TEnum).Name} has {values.Length} values, but {names.Length} names were given.", nameof(names));
        }

        All = [.. names];
    }

    /// <summary>The names, in the order of the values.</summary>
    public ImmutableArray<string> All { get; }

    /// <summary>The name of <paramref name="value"/>, such as <c>signature-pad</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its name; for a value the enum does not define, its number.</returns>
    public string Format(TEnum value)
    {
        int index = IndexOf(value);
        return index >= 0 ? All[index] : value.ToString("D");
    }

    /// <summary>Reads a name, ignoring case (ordinal): <c>Signature-Pad</c> is <c>Devices.DeviceComponent.SignaturePad</c>.</summary>
    /// <param name="text">The name, with no surrounding white space.</param>
    /// <param name="value">The value named, or <c>default</c> when <paramref name="text"/> is not one of <see cref="All"/>.</param>
    /// <returns>Whether <paramref name="text"/> is one of <see cref="All"/>.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out TEnum value)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (text.Equals(All[i], StringComparison.OrdinalIgnoreCase))
            {
                value = values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Whether the enum defines <paramref name="value"/>.</summary>
    internal bool IsDefined(TEnum value) => IndexOf(value) >= 0;

    private int IndexOf(TEnum value)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(values[i], value))
            {
                return i;
            }
        }

        return -1;
    }
}
