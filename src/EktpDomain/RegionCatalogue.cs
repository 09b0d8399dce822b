using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;

namespace EktpDomain;

/// <summary>
/// The official list of Indonesia's regions: every province, regency or city, kecamatan and village with its
/// Kemendagri code and name. Use <see cref="Kemendagri2025"/>.
/// </summary>
/// <remarks>
/// <para>
/// The data is the Kepmendagri 300.2.2-2138 Tahun 2025 list of region codes as published by the
/// <see href="https://github.com/cahyadsn/wilayah">cahyadsn/wilayah</see> project (<c>db/wilayah.sql</c>, snapshot of
/// 2026-08-08), under the MIT licence; THIRD-PARTY-NOTICES.md carries the attribution and the licence text. It is
/// embedded in this assembly in a compact Brotli-compressed form and decoded once, on first use.
/// </para>
/// <para>
/// Names are as in the source, with leading and trailing white space removed (five source names end in a space,
/// such as <c>"Kota Administrasi Jakarta Utara "</c>). The nation, <see cref="RegionCode.Nation"/>, is part of the
/// catalogue under the name <c>"Indonesia"</c>, although it is not a row of the source file.
/// </para>
/// <para>
/// Lookups are binary searches over the sorted codes of one level, and the children of a region are a contiguous
/// run of the level below, so no lookup allocates except <see cref="GetChildren"/>, which allocates one small view.
/// </para>
/// <para>
/// Equality is reference equality: there is one catalogue per edition. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RegionCatalogue
{
    private const string NationName = "Indonesia";
    private const string Kemendagri2025Source = "Kemendagri 2025 region catalogue (Kepmendagri 300.2.2-2138 Tahun 2025)";

    private static readonly Lazy<RegionCatalogue> Kemendagri2025Instance =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // One entry per RegionLevel (0 = the nation alone); within a level, the codes in order and their SortKeys.
    private readonly long[][] keys;
    private readonly RegionCode[][] codes;
    private readonly string[][] names;
    private readonly ReadOnlyArraySlice<RegionCode>[] levelViews;
    private readonly string source;

    private RegionCatalogue(RegionCode[][] codesByLevel, string[][] namesByLevel, string source)
    {
        codesByLevel[0] = [RegionCode.Nation];
        namesByLevel[0] = [NationName];
        codes = codesByLevel;
        names = namesByLevel;
        keys = new long[codesByLevel.Length][];
        levelViews = new ReadOnlyArraySlice<RegionCode>[codesByLevel.Length];
        int count = 0;
        for (int level = 0; level < codesByLevel.Length; level++)
        {
            RegionCode[] levelCodes = codesByLevel[level];
            string[] levelNames = namesByLevel[level];
            var levelKeys = new long[levelCodes.Length];
            for (int i = 0; i < levelCodes.Length; i++)
            {
                levelKeys[i] = levelCodes[i].SortKey;
                levelNames[i] = levelNames[i].Trim();
            }

            keys[level] = levelKeys;
            levelViews[level] = new ReadOnlyArraySlice<RegionCode>(levelCodes, 0, levelCodes.Length);
            if (level > 0)
            {
                count += levelCodes.Length;
            }
        }

        Count = count;
        this.source = source;
    }

    /// <summary>
    /// The catalogue of Kepmendagri 300.2.2-2138 Tahun 2025: 38 provinces, 514 regencies and cities, 7,285
    /// kecamatan and 83,762 villages (91,599 codes). It is loaded from the assembly on first use, once, however
    /// many threads ask at the same time.
    /// </summary>
    /// <remarks>
    /// Source: <see href="https://github.com/cahyadsn/wilayah">cahyadsn/wilayah</see>, <c>db/wilayah.sql</c>
    /// (snapshot of 2026-08-08), MIT licence, Copyright (c) 2017 Cahya DSN; see THIRD-PARTY-NOTICES.md.
    /// </remarks>
    public static RegionCatalogue Kemendagri2025 => Kemendagri2025Instance.Value;

    /// <summary>
    /// The number of codes in the source list: every province, regency or city, kecamatan and village, but not the
    /// nation. For Kemendagri 2025 this is 91,599.
    /// </summary>
    public int Count { get; }

    /// <summary>Loads a new catalogue from the embedded resource. Each call decodes the resource again.</summary>
    /// <returns>A new catalogue; <see cref="Kemendagri2025"/> keeps the one that is normally used.</returns>
    internal static RegionCatalogue LoadEmbedded() => FromPayload(RegionCatalogueFormat.ReadEmbeddedPayload());

    /// <summary>Builds a catalogue from a decompressed payload (see <see cref="RegionCatalogueFormat"/>).</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>The catalogue.</returns>
    internal static RegionCatalogue FromPayload(ReadOnlySpan<byte> payload)
    {
        var (codesByLevel, namesByLevel) = RegionCatalogueFormat.Decode(payload);
        return new RegionCatalogue(codesByLevel, namesByLevel, Kemendagri2025Source);
    }

    /// <summary>The number of regions at a level: 1 for the nation, then 38, 514, 7,285 and 83,762 for Kemendagri 2025.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The number of codes at that level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public int CountAt(RegionLevel level) => codes[LevelIndex(level)].Length;

    /// <summary>All the codes at a level, in code order. <see cref="RegionLevel.Nation"/> gives the nation alone.</summary>
    /// <param name="level">The level.</param>
    /// <returns>A read-only list of the codes; it is shared, so getting it allocates nothing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public IReadOnlyList<RegionCode> GetCodes(RegionLevel level) => levelViews[LevelIndex(level)];

    /// <summary>Whether the code names a region in this catalogue. The nation is always in it.</summary>
    /// <param name="code">The code to look up.</param>
    /// <returns>Whether the code is known.</returns>
    public bool Contains(RegionCode code) => IndexOf(code) >= 0;

    /// <summary>The official name of a region, such as <c>"Kabupaten Tangerang"</c> for <c>36.03</c>.</summary>
    /// <param name="code">The code to look up.</param>
    /// <returns>The name; <c>"Indonesia"</c> for <see cref="RegionCode.Nation"/>.</returns>
    /// <exception cref="KeyNotFoundException">The code is not in the catalogue; the message names it and its nearest known ancestor.</exception>
    public string GetName(RegionCode code)
    {
        int index = IndexOf(code);
        return index >= 0 ? names[(int)code.Level][index] : throw new KeyNotFoundException(NotFoundMessage(code));
    }

    /// <summary>Looks up the official name of a region.</summary>
    /// <param name="code">The code to look up.</param>
    /// <param name="name">The name when the code is known; otherwise null.</param>
    /// <returns>Whether the code is in the catalogue.</returns>
    public bool TryGetName(RegionCode code, [MaybeNullWhen(false)] out string name)
    {
        int index = IndexOf(code);
        name = index >= 0 ? names[(int)code.Level][index] : null;
        return index >= 0;
    }

    /// <summary>
    /// The regions one level below <paramref name="parent"/>, in code order: the 38 provinces for
    /// <see cref="RegionCode.Nation"/>, the kecamatan of a regency, the villages of a kecamatan.
    /// </summary>
    /// <param name="parent">The parent region.</param>
    /// <returns>The children; empty for a village or for a code that is not in the catalogue.</returns>
    public IReadOnlyList<RegionCode> GetChildren(RegionCode parent)
    {
        int parentLevel = (int)parent.Level;
        if (parentLevel >= RegionCatalogueFormat.LevelCount || IndexOf(parent) < 0)
        {
            return ReadOnlyArraySlice<RegionCode>.Empty;
        }

        int childLevel = parentLevel + 1;
        if (parentLevel == 0)
        {
            return levelViews[childLevel];
        }

        // Every descendant's SortKey lies in [parent, parent + width): the parent's parts are its leading digits.
        long width = parentLevel switch
        {
            1 => 100_000_000L,
            2 => 1_000_000L,
            _ => 10_000L,
        };
        long[] childKeys = keys[childLevel];
        int first = LowerBound(childKeys, parent.SortKey);
        int end = LowerBound(childKeys, parent.SortKey + width);
        return end == first
            ? ReadOnlyArraySlice<RegionCode>.Empty
            : new ReadOnlyArraySlice<RegionCode>(codes[childLevel], first, end - first);
    }

    private int IndexOf(RegionCode code)
    {
        int index = Array.BinarySearch(keys[(int)code.Level], code.SortKey);
        return index >= 0 ? index : -1;
    }

    private string NotFoundMessage(RegionCode code)
    {
        RegionCode ancestor = code.Parent;
        while (!Contains(ancestor))
        {
            ancestor = ancestor.Parent;
        }

        int siblings = GetChildren(ancestor).Count;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Region code '{code}' is not in the {source}. Its nearest known ancestor is '{ancestor}' ({GetName(ancestor)}), which has {siblings} {Plural(siblings, (RegionLevel)((int)ancestor.Level + 1))}. Check the code, or whether the region was created or renumbered after that decree.");
    }

    private static string Plural(int count, RegionLevel level) => (level, count == 1) switch
    {
        (RegionLevel.Province, true) => "province",
        (RegionLevel.Province, false) => "provinces",
        (RegionLevel.Regency, true) => "regency or city",
        (RegionLevel.Regency, false) => "regencies and cities",
        (RegionLevel.Kecamatan, _) => "kecamatan",
        (_, true) => "village",
        _ => "villages",
    };

    private static int LevelIndex(RegionLevel level)
    {
        if (level is < RegionLevel.Nation or > RegionLevel.Village)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be Nation, Province, Regency, Kecamatan or Village.");
        }

        return (int)level;
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
