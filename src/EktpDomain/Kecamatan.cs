using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EktpDomain;

/// <summary>
/// A kecamatan (sub-district): its Kemendagri code <c>PP.KK.CC</c> and its name, such as <c>36.03.27 Sukamulya</c>.
/// The kecamatan is the unit that records e-KTP data and is held to the monthly target.
/// </summary>
/// <remarks>
/// <para>
/// The constructor checks the shape only: the code is at the kecamatan level and the name is not blank. It does not
/// look the code up; use <c>Regions.RegionCatalogue.Kemendagri2025</c> for that.
/// </para>
/// <para>
/// Equality compares the code and the name (ordinal). This type is immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Kecamatan : IEquatable<Kecamatan>
{
    /// <summary>Creates a kecamatan.</summary>
    /// <param name="code">The kecamatan's code, at <see cref="RegionLevel.Kecamatan"/> level (<c>PP.KK.CC</c>).</param>
    /// <param name="name">The name, such as <c>"Sukamulya"</c>; leading and trailing white space is removed.</param>
    /// <exception cref="ArgumentException">The code is not a kecamatan code, or the name is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Kecamatan(RegionCode code, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Preconditions.CheckKecamatan(code, "a kecamatan", nameof(code));

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"The name of kecamatan {code} cannot be empty or white space.", nameof(name));
        }

        Code = code;
        Name = name.Trim();
    }

    /// <summary>The Kemendagri code, <c>PP.KK.CC</c>.</summary>
    public RegionCode Code { get; }

    /// <summary>The name, such as <c>"Sepatan Timur"</c>.</summary>
    public string Name { get; }

    /// <summary>Formats as the code and the name, such as <c>"36.03.27 Sukamulya"</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}");

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] Kecamatan? other) =>
        other is not null && (ReferenceEquals(this, other) || (Code == other.Code && string.Equals(Name, other.Name, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Kecamatan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Whether two kecamatan are equal: same code and name, or both null.</summary>
    public static bool operator ==(Kecamatan? left, Kecamatan? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two kecamatan differ.</summary>
    public static bool operator !=(Kecamatan? left, Kecamatan? right) => !(left == right);

    /// <summary>The kecamatan's code, so that a <see cref="Kecamatan"/> can be passed wherever a code is asked for.</summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <returns>Its <see cref="Code"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    public static implicit operator RegionCode(Kecamatan kecamatan) => ToRegionCode(kecamatan);

    /// <summary>The kecamatan's code; the named form of the implicit conversion.</summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <returns>Its <see cref="Code"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    public static RegionCode ToRegionCode(Kecamatan kecamatan)
    {
        ArgumentNullException.ThrowIfNull(kecamatan);
        return kecamatan.Code;
    }
}
