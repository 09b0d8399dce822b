using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace EktpDomain;

/// <summary>
/// A Kemendagri region code (kode wilayah): <c>PP</c> for a province, <c>PP.KK</c> for a regency or city,
/// <c>PP.KK.CC</c> for a kecamatan and <c>PP.KK.CC.DDDD</c> for a village, or the nation as a whole.
/// </summary>
/// <remarks>
/// <para>
/// Every part is a fixed number of ASCII digits and is never zero: two digits for the province, regency and
/// kecamatan, four for the village. A regency part of 71 or more is a kota (city). A village part starting with 1 is
/// a kelurahan, with 2 a desa and with 3 a desa adat.
/// </para>
/// <para>
/// The <c>default</c> value is <see cref="Nation"/>: the whole of Indonesia, the root of the hierarchy, whose
/// <see cref="Level"/> is <see cref="RegionLevel.Nation"/>. It formats as <c>"0"</c>, the code Kemendagri's
/// population tables use for the nation, and <c>"0"</c> parses back to it.
/// </para>
/// <para>
/// Equality compares every part. Ordering is the hierarchical order of the dotted text: a region sorts directly
/// before its descendants (<c>36 &lt; 36.03 &lt; 36.03.01 &lt; 36.03.01.1001 &lt; 36.03.02</c>), and the nation
/// sorts first. Kemendagri codes are a different scheme from BPS statistical codes; this type never accepts the
/// seven-digit BPS form.
/// </para>
/// <para>
/// System.Text.Json writes a code as its dotted string (<c>"36.03.01"</c>) and reads it back, in the dotted or the
/// undotted form, also as a dictionary key (<see cref="RegionCodeJsonConverter"/>, applied to the type).
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(RegionCodeJsonConverter))]
public readonly struct RegionCode :
    IEquatable<RegionCode>,
    IComparable<RegionCode>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<RegionCode>
{
    private const int MaxTwoDigitPart = 99;
    private const int MaxVillagePart = 9999;
    internal const int MinVillagePart = 1000;
    private const int FirstCityRegency = 71;

    private readonly byte province;
    private readonly byte regency;
    private readonly byte kecamatan;
    private readonly ushort village;

    /// <summary>Creates the code of a province, such as <c>36</c> (Banten).</summary>
    /// <param name="province">The province part, 1 to 99.</param>
    /// <exception cref="ArgumentOutOfRangeException">The part is outside 1 to 99.</exception>
    public RegionCode(int province)
        : this(CheckTwoDigits(province, nameof(province)), 0, 0, 0, trusted: true)
    {
    }

    /// <summary>Creates the code of a regency or city, such as <c>36.03</c> (Kabupaten Tangerang).</summary>
    /// <param name="province">The province part, 1 to 99.</param>
    /// <param name="regency">The regency or city part, 1 to 99; 71 and above are cities.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside 1 to 99.</exception>
    public RegionCode(int province, int regency)
        : this(CheckTwoDigits(province, nameof(province)), CheckTwoDigits(regency, nameof(regency)), 0, 0, trusted: true)
    {
    }

    /// <summary>Creates the code of a kecamatan, such as <c>36.03.27</c> (Sukamulya).</summary>
    /// <param name="province">The province part, 1 to 99.</param>
    /// <param name="regency">The regency or city part, 1 to 99.</param>
    /// <param name="kecamatan">The kecamatan part, 1 to 99.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside 1 to 99.</exception>
    public RegionCode(int province, int regency, int kecamatan)
        : this(
            CheckTwoDigits(province, nameof(province)),
            CheckTwoDigits(regency, nameof(regency)),
            CheckTwoDigits(kecamatan, nameof(kecamatan)),
            0,
            trusted: true)
    {
    }

    /// <summary>Creates the code of a village, such as <c>36.03.01.1001</c> (Kelurahan Balaraja).</summary>
    /// <param name="province">The province part, 1 to 99.</param>
    /// <param name="regency">The regency or city part, 1 to 99.</param>
    /// <param name="kecamatan">The kecamatan part, 1 to 99.</param>
    /// <param name="village">The village part, 1000 to 9999; its first digit gives the <see cref="VillageKind"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public RegionCode(int province, int regency, int kecamatan, int village)
        : this(
            CheckTwoDigits(province, nameof(province)),
            CheckTwoDigits(regency, nameof(regency)),
            CheckTwoDigits(kecamatan, nameof(kecamatan)),
            CheckVillage(village, nameof(village)),
            trusted: true)
    {
    }

    // The parts have been checked; the flag only tells this overload apart from the public ones.
#pragma warning disable IDE0060 // Remove unused parameter
    internal RegionCode(int province, int regency, int kecamatan, int village, bool trusted)
#pragma warning restore IDE0060
    {
        this.province = (byte)province;
        this.regency = (byte)regency;
        this.kecamatan = (byte)kecamatan;
        this.village = (ushort)village;
    }

    /// <summary>The whole of Indonesia. This is the <c>default</c> value; it formats as <c>"0"</c>.</summary>
    public static RegionCode Nation => default;

    /// <summary>The level of this code, from <see cref="RegionLevel.Nation"/> to <see cref="RegionLevel.Village"/>.</summary>
    public RegionLevel Level =>
        village != 0 ? RegionLevel.Village
        : kecamatan != 0 ? RegionLevel.Kecamatan
        : regency != 0 ? RegionLevel.Regency
        : province != 0 ? RegionLevel.Province
        : RegionLevel.Nation;

    /// <summary>The province part (<c>PP</c>), or 0 for the nation.</summary>
    public int ProvincePart => province;

    /// <summary>The regency or city part (<c>KK</c>), or 0 above the regency level.</summary>
    public int RegencyPart => regency;

    /// <summary>The kecamatan part (<c>CC</c>), or 0 above the kecamatan level.</summary>
    public int KecamatanPart => kecamatan;

    /// <summary>The village part (<c>DDDD</c>), or 0 above the village level.</summary>
    public int VillagePart => village;

    /// <summary>Whether this is the nation, the <c>default</c> value.</summary>
    public bool IsNation => province == 0;

    /// <summary>
    /// Whether this code lies in a kota (city): its regency part is 71 or more. False above the regency level.
    /// </summary>
    public bool IsInCity => regency >= FirstCityRegency;

    /// <summary>
    /// Whether the regency or city of this code is a kabupaten or a kota (<c>KK ≥ 71</c>); <c>null</c> for a code
    /// above the regency level, which has no regency part.
    /// </summary>
    public RegencyKind? RegencyKind => regency == 0
        ? null
        : regency >= FirstCityRegency ? EktpDomain.RegencyKind.Kota : EktpDomain.RegencyKind.Kabupaten;

    /// <summary>
    /// The kind of this village, read from the first digit of <c>DDDD</c>; <c>null</c> for a code that is not a
    /// village code.
    /// </summary>
    public VillageKind? VillageKind => village == 0
        ? null
        : (village / 1000) switch
        {
            1 => EktpDomain.VillageKind.Kelurahan,
            2 => EktpDomain.VillageKind.Desa,
            3 => EktpDomain.VillageKind.DesaAdat,
            _ => EktpDomain.VillageKind.Other,
        };

    /// <summary>The smallest region that contains both codes (either code itself when it contains the other).</summary>
    internal static RegionCode CommonAncestor(RegionCode a, RegionCode b)
    {
        for (var level = (RegionLevel)Math.Min((int)a.Level, (int)b.Level); level > RegionLevel.Nation; level--)
        {
            if (a.AncestorAt(level) == b.AncestorAt(level))
            {
                return a.AncestorAt(level);
            }
        }

        return Nation;
    }

    /// <summary>The parent region: the code with its last part removed. The parent of a province is the nation.</summary>
    /// <exception cref="InvalidOperationException">This is the nation, which has no parent.</exception>
    public RegionCode Parent => Level switch
    {
        RegionLevel.Nation => throw new InvalidOperationException("The nation (region code '0') has no parent region."),
        RegionLevel.Province => Nation,
        RegionLevel.Regency => new RegionCode(province, 0, 0, 0, trusted: true),
        RegionLevel.Kecamatan => new RegionCode(province, regency, 0, 0, trusted: true),
        _ => new RegionCode(province, regency, kecamatan, 0, trusted: true),
    };

    /// <summary>The province this code lies in (the province itself for a province code).</summary>
    /// <exception cref="InvalidOperationException">This is the nation.</exception>
    public RegionCode Province => AncestorAt(RegionLevel.Province);

    /// <summary>The regency or city this code lies in (the regency itself for a regency code).</summary>
    /// <exception cref="InvalidOperationException">This code is above the regency level.</exception>
    public RegionCode Regency => AncestorAt(RegionLevel.Regency);

    /// <summary>The kecamatan this code lies in (the kecamatan itself for a kecamatan code).</summary>
    /// <exception cref="InvalidOperationException">This code is above the kecamatan level.</exception>
    public RegionCode Kecamatan => AncestorAt(RegionLevel.Kecamatan);

    /// <summary>
    /// The region at <paramref name="level"/> that contains this code, or this code itself when it is at that level.
    /// </summary>
    /// <param name="level">The level to truncate to; not below this code's own level.</param>
    /// <exception cref="InvalidOperationException"><paramref name="level"/> is below this code's level.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    [Pure]
    public RegionCode AncestorAt(RegionLevel level)
    {
        if (level < RegionLevel.Nation || level > RegionLevel.Village)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be Nation, Province, Regency, Kecamatan or Village.");
        }

        if (level > Level)
        {
            throw new InvalidOperationException(
                $"Region code '{this}' is a {Level} code; it has no {level} part.");
        }

        return level switch
        {
            RegionLevel.Nation => Nation,
            RegionLevel.Province => new RegionCode(province, 0, 0, 0, trusted: true),
            RegionLevel.Regency => new RegionCode(province, regency, 0, 0, trusted: true),
            RegionLevel.Kecamatan => new RegionCode(province, regency, kecamatan, 0, trusted: true),
            _ => this,
        };
    }

    /// <summary>
    /// Whether <paramref name="other"/> lies inside this region, or is this region. The nation contains every code.
    /// </summary>
    /// <param name="other">The code to test.</param>
    [Pure]
    public bool Contains(RegionCode other) => other.Level >= Level && other.AncestorAt(Level) == this;

    /// <summary>Creates the code of a child of this region, one level down.</summary>
    /// <param name="part">The child's own part: 1 to 99, or 1000 to 9999 for a village.</param>
    /// <exception cref="InvalidOperationException">This is a village code, which has no children.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The part is out of range.</exception>
    [Pure]
    public RegionCode Child(int part) => Level switch
    {
        RegionLevel.Nation => new RegionCode(part),
        RegionLevel.Province => new RegionCode(province, part),
        RegionLevel.Regency => new RegionCode(province, regency, part),
        RegionLevel.Kecamatan => new RegionCode(province, regency, kecamatan, part),
        _ => throw new InvalidOperationException($"Region code '{this}' is a village code; villages have no child regions."),
    };

    /// <summary>
    /// A single number that orders codes exactly as <see cref="CompareTo(RegionCode)"/> does: the parts written
    /// as <c>PPKKCCDDDD</c> with absent parts as zeros. Useful as a dense sort or dictionary key.
    /// </summary>
    public long SortKey => (((((long)province * 100) + regency) * 100 + kecamatan) * 10_000) + village;

    /// <inheritdoc />
    [Pure]
    public bool Equals(RegionCode other) =>
        province == other.province && regency == other.regency && kecamatan == other.kecamatan && village == other.village;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => SortKey.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(RegionCode other) => SortKey.CompareTo(other.SortKey);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RegionCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(RegionCode)}, not {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two codes are equal.</summary>
    [Pure]
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    [Pure]
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <(RegionCode left, RegionCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <=(RegionCode left, RegionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >(RegionCode left, RegionCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >=(RegionCode left, RegionCode right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the code in dotted Kemendagri form, such as <c>36.03.30</c>; the nation is <c>"0"</c>.</summary>
    [Pure]
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the code.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c>, <c>"G"</c> or <c>"D"</c> for the dotted form (<c>36.03.30</c>); <c>"N"</c> for the
    /// undotted form used in a NIK (<c>360330</c>). The nation is <c>"0"</c> in both.
    /// </param>
    /// <param name="formatProvider">Ignored: region codes are culture-invariant.</param>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        if (!TryFormat(buffer, out int written, format, formatProvider))
        {
            throw new UnreachableException("The buffer is long enough for any region code.");
        }

        return new string(buffer[..written]);
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" />
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format, as for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Ignored: region codes are culture-invariant.</param>
    /// <returns>Whether the destination was long enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        bool dotted = ParseFormat(format);
        charsWritten = 0;
        if (IsNation)
        {
            return Write(destination, ref charsWritten, '0');
        }

        bool ok = WriteDigits(destination, ref charsWritten, province, 2);
        if (regency != 0)
        {
            ok = ok && (!dotted || Write(destination, ref charsWritten, '.')) && WriteDigits(destination, ref charsWritten, regency, 2);
        }

        if (kecamatan != 0)
        {
            ok = ok && (!dotted || Write(destination, ref charsWritten, '.')) && WriteDigits(destination, ref charsWritten, kecamatan, 2);
        }

        if (village != 0)
        {
            ok = ok && (!dotted || Write(destination, ref charsWritten, '.')) && WriteDigits(destination, ref charsWritten, village, 4);
        }

        if (!ok)
        {
            charsWritten = 0;
        }

        return ok;
    }

    /// <summary>
    /// Parses a region code in dotted form (<c>36</c>, <c>36.03</c>, <c>36.03.30</c>, <c>36.03.30.2001</c>), in the
    /// undotted form of a NIK (<c>3603</c>, <c>360330</c>, <c>3603302001</c>), or <c>"0"</c> for the nation.
    /// </summary>
    /// <param name="text">The text: ASCII digits and dots only, with no spaces.</param>
    /// <returns>The parsed code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a region code; the message says why.</exception>
    [Pure]
    public static RegionCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)" />
    [Pure]
    public static RegionCode Parse(ReadOnlySpan<char> text)
    {
        string? error = RegionCodeParser.TryParse(text, out RegionCode result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Parses a region code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <see cref="Nation"/> when parsing fails.</param>
    /// <returns>Whether the text was a valid code.</returns>
    [Pure]
    public static bool TryParse([NotNullWhen(true)] string? text, out RegionCode result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return RegionCodeParser.TryParse(text.AsSpan(), out result) is null;
    }

    /// <inheritdoc cref="TryParse(string?, out RegionCode)" />
    [Pure]
    public static bool TryParse(ReadOnlySpan<char> text, out RegionCode result) => RegionCodeParser.TryParse(text, out result) is null;

    /// <summary>
    /// Parses a region code, and on failure gives the reason in the same words as the exception of
    /// <see cref="Parse(string)"/>. Useful for collecting every problem in a file instead of stopping at the first.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <see cref="Nation"/> when parsing fails.</param>
    /// <param name="error">Why the text is not a region code, or null on success.</param>
    /// <returns>Whether the text was a valid code.</returns>
    [Pure]
    public static bool TryParse(ReadOnlySpan<char> text, out RegionCode result, [NotNullWhen(false)] out string? error)
    {
        error = RegionCodeParser.TryParse(text, out result);
        return error is null;
    }

    /// <inheritdoc />
    static RegionCode IParsable<RegionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<RegionCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegionCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static RegionCode ISpanParsable<RegionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<RegionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegionCode result) =>
        TryParse(s, out result);

    /// <summary>The longest formatted code: <c>PP.KK.CC.DDDD</c>.</summary>
    internal const int MaxFormattedLength = 13;

    private static bool ParseFormat(ReadOnlySpan<char> format) => format switch
    {
        "" or "G" or "D" => true,
        "N" => false,
        _ => throw new FormatException($"'{format}' is not a region code format. Use \"G\" or \"D\" for the dotted form (36.03.30) or \"N\" for the NIK form (360330)."),
    };

    private static bool Write(Span<char> destination, ref int position, char c)
    {
        if (position >= destination.Length)
        {
            return false;
        }

        destination[position++] = c;
        return true;
    }

    private static bool WriteDigits(Span<char> destination, ref int position, int value, int width)
    {
        if (position + width > destination.Length)
        {
            return false;
        }

        for (int i = width - 1; i >= 0; i--)
        {
            destination[position + i] = (char)('0' + (value % 10));
            value /= 10;
        }

        position += width;
        return true;
    }

    private static int CheckTwoDigits(int value, string paramName)
    {
        if (value is < 1 or > MaxTwoDigitPart)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The {paramName} part of a region code must be between 1 and {MaxTwoDigitPart}.");
        }

        return value;
    }

    private static int CheckVillage(int value, string paramName)
    {
        if (value is < MinVillagePart or > MaxVillagePart)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"The {paramName} part of a region code must be between {MinVillagePart} and {MaxVillagePart}: its first digit is the kind (1 kelurahan, 2 desa, 3 desa adat).");
        }

        return value;
    }
}
