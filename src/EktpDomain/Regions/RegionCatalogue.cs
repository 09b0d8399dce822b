using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Threading;
using EktpDomain.Regions.IO;
using EktpDomain.Utility;

namespace EktpDomain.Regions;

/// <summary>
/// The official list of Indonesia's regions: every province, regency or city, kecamatan and village with its
/// Kemendagri code and name. Use <see cref="Kemendagri2025"/>.
/// </summary>
/// <remarks>
/// <para>
/// The data is the Kepmendagri 300.2.2-2138 Tahun 2025 list of region codes as published by the
/// <see href="https://github.com/cahyadsn/wilayah">cahyadsn/wilayah</see> project (<c>db/wilayah.sql</c>, snapshot of
/// 2026-08-08), under the MIT licence; THIRD-PARTY-NOTICES.md carries the attribution and the licence text. It is
/// embedded in this assembly.
/// </para>
/// <para>
/// Names are as in the source, with leading and trailing white space removed (five source names end in a space,
/// such as <c>"Kota Administrasi Jakarta Utara "</c>). The nation, <see cref="RegionCode.Nation"/>, is part of the
/// catalogue under the name <c>"Indonesia"</c>, although it is not a row of the source file.
/// </para>
/// <para>
/// Equality is reference equality: there is one catalogue per edition. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RegionCatalogue
{
    // The list is embedded in a compact Brotli-compressed form (RegionCatalogueFormat) and decoded once, on first use.
    // A lookup reads the province and the regency from direct tables, then scans the regency's kecamatan parts and the
    // kecamatan's village parts (a few dozen bytes each, vectorised). The children of a region are a contiguous run of
    // the level below. No lookup allocates, except GetChildren, which allocates one small view.

    private const string NationName = "Indonesia";
    private const string Kemendagri2025Source = "Kemendagri 2025 region catalogue (Kepmendagri 300.2.2-2138 Tahun 2025)";

    private static readonly Lazy<RegionCatalogue> Kemendagri2025Instance =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // One entry per RegionLevel (0 = the nation alone); within a level, everything is in code order.
    private readonly RegionCode[][] codes;
    private readonly string[][] names;
    private readonly ReadOnlyArraySlice<RegionCode>[] levelViews;

    // The index. For each region above the village level, where its children start in the level below (children
    // are contiguous because each level is sorted). Direct tables give the province PP at [PP] and the regency PP.KK
    // at [PP * 100 + KK] (or -1); below that, a lookup scans the own parts (CC, DDDD) of one regency's kecamatan or
    // one kecamatan's villages: a few dozen bytes, vectorised, that stay in cache.
    private readonly int[][] childStarts;
    private readonly int[] provinceIndex;
    private readonly int[] regencyIndex;
    private readonly byte[] kecamatanParts;
    private readonly ushort[] villageParts;
    private readonly string source;

    private RegionCatalogue(RegionCode[][] codesByLevel, string[][] namesByLevel, string source)
    {
        const int Levels = RegionCatalogueFormat.LevelCount + 1;
        codesByLevel[0] = [RegionCode.Nation];
        namesByLevel[0] = [NationName];
        codes = codesByLevel;
        names = namesByLevel;
        levelViews = new ReadOnlyArraySlice<RegionCode>[Levels];
        childStarts = new int[Levels - 1][];
        int count = 0;
        for (int level = 0; level < Levels; level++)
        {
            RegionCode[] levelCodes = codesByLevel[level];
            string[] levelNames = namesByLevel[level];
            for (int i = 0; i < levelNames.Length; i++)
            {
                levelNames[i] = levelNames[i].Trim();
            }

            levelViews[level] = new ReadOnlyArraySlice<RegionCode>(levelCodes, 0, levelCodes.Length);
            if (level > 0)
            {
                count += levelCodes.Length;
            }

            if (level < RegionCatalogueFormat.LevelCount)
            {
                childStarts[level] = ChildStarts(levelCodes, codesByLevel[level + 1]);
            }
        }

        provinceIndex = DirectIndex(codesByLevel[1], 100, code => code.ProvincePart);
        regencyIndex = DirectIndex(codesByLevel[2], 100 * 100, code => (code.ProvincePart * 100) + code.RegencyPart);
        kecamatanParts = Array.ConvertAll(codesByLevel[3], code => (byte)code.KecamatanPart);
        villageParts = Array.ConvertAll(codesByLevel[4], code => (ushort)code.VillagePart);
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
    /// <returns>A read-only list of the codes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public IReadOnlyList<RegionCode> GetCodes(RegionLevel level) => levelViews[LevelIndex(level)]; // shared: allocates nothing

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
    /// The regions of a level whose official name is <paramref name="name"/>, compared without regard to case and to
    /// runs of white space, in code order. Names are not unique: 6 kecamatan are called <c>Karanganyar</c>, so narrow
    /// the search with <paramref name="within"/>, such as a regency's code.
    /// </summary>
    /// <param name="level">The level to search, such as <see cref="RegionLevel.Kecamatan"/>.</param>
    /// <param name="name">The name, such as <c>"sepatan  timur"</c>.</param>
    /// <param name="within">Only regions inside this one (itself included); <see cref="RegionCode.Nation"/> for all.</param>
    /// <returns>The matching codes; empty when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public IReadOnlyList<RegionCode> FindByName(RegionLevel level, string name, RegionCode within)
    {
        ArgumentNullException.ThrowIfNull(name);
        int l = LevelIndex(level);
        string wanted = NormaliseName(name);
        var found = new List<RegionCode>();
        var levelCodes = codes[l];
        var levelNames = names[l];
        for (int i = 0; i < levelCodes.Length; i++)
        {
            if (within.Contains(levelCodes[i]) && string.Equals(NormaliseName(levelNames[i]), wanted, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(levelCodes[i]);
            }
        }

        return found;
    }

    /// <summary>The regions of a level, anywhere, whose name is <paramref name="name"/>; see <see cref="FindByName(RegionLevel, string, RegionCode)"/>.</summary>
    /// <param name="level">The level to search.</param>
    /// <param name="name">The name, compared without regard to case and to runs of white space.</param>
    /// <returns>The matching codes in code order; empty when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public IReadOnlyList<RegionCode> FindByName(RegionLevel level, string name) => FindByName(level, name, RegionCode.Nation);

    private static string NormaliseName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// The regions one level below <paramref name="parent"/>, in code order: the 38 provinces for
    /// <see cref="RegionCode.Nation"/>, the kecamatan of a regency, the villages of a kecamatan.
    /// </summary>
    /// <param name="parent">The parent region.</param>
    /// <returns>The children; empty for a village or for a code that is not in the catalogue.</returns>
    public IReadOnlyList<RegionCode> GetChildren(RegionCode parent)
    {
        int level = (int)parent.Level;
        int index = IndexOf(parent);
        if (level >= RegionCatalogueFormat.LevelCount || index < 0)
        {
            return ReadOnlyArraySlice<RegionCode>.Empty;
        }

        int[] starts = childStarts[level];
        int first = starts[index];
        int end = starts[index + 1];
        return end == first
            ? ReadOnlyArraySlice<RegionCode>.Empty
            : level == 0 ? levelViews[1] : new ReadOnlyArraySlice<RegionCode>(codes[level + 1], first, end - first);
    }

    private int Sum(IReadOnlyList<RegionCode> regencies)
    {
        int count = 0;
        foreach (var regency in regencies)
        {
            count += GetChildren(regency).Count;
        }

        return count;
    }

    /// <summary>
    /// The number of kecamatan the catalogue lists in a region: 29 for Kabupaten Tangerang (36.03), 1 for a listed
    /// kecamatan, every kecamatan for the nation; 0 for a region that is not in the catalogue.
    /// </summary>
    /// <param name="region">A region at or above the kecamatan level.</param>
    /// <returns>The number of kecamatan.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a village code.</exception>
    public int CountKecamatan(RegionCode region) => region.Level switch
    {
        RegionLevel.Nation => CountAt(RegionLevel.Kecamatan),
        RegionLevel.Province => Sum(GetChildren(region)),
        RegionLevel.Regency => GetChildren(region).Count,
        RegionLevel.Kecamatan => Contains(region) ? 1 : 0,
        _ => throw new ArgumentException($"Region code '{region}' is a village code; kecamatan are counted in a kecamatan or a larger region.", nameof(region)),
    };

    /// <summary>The number of kabupaten/kota the catalogue lists in a region: all of them for the nation, 1 or 0 for a kabupaten/kota.</summary>
    /// <param name="region">A province, a kabupaten/kota or the nation.</param>
    /// <returns>The count; 0 when the catalogue does not list the region.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan or a village code.</exception>
    public int CountRegencies(RegionCode region) => region.Level switch
    {
        RegionLevel.Nation => CountAt(RegionLevel.Regency),
        RegionLevel.Province => GetChildren(region).Count,
        RegionLevel.Regency => Contains(region) ? 1 : 0,
        _ => throw new ArgumentException($"Region code '{region}' is a {region.Level} code; kabupaten/kota are counted in a province or the nation.", nameof(region)),
    };

    /// <summary>The position of a code within its level, or -1 when it is not in the catalogue.</summary>
    private int IndexOf(RegionCode code)
    {
        switch (code.Level)
        {
            case RegionLevel.Nation:
                return 0;
            case RegionLevel.Province:
                return provinceIndex[code.ProvincePart];
            case RegionLevel.Regency:
                return regencyIndex[(code.ProvincePart * 100) + code.RegencyPart];
        }

        int regency = regencyIndex[(code.ProvincePart * 100) + code.RegencyPart];
        if (regency < 0)
        {
            return -1;
        }

        int first = childStarts[2][regency];
        int found = kecamatanParts.AsSpan(first, childStarts[2][regency + 1] - first).IndexOf((byte)code.KecamatanPart);
        if (found < 0 || code.Level == RegionLevel.Kecamatan)
        {
            return found < 0 ? -1 : first + found;
        }

        int kecamatan = first + found;
        first = childStarts[3][kecamatan];
        found = villageParts.AsSpan(first, childStarts[3][kecamatan + 1] - first).IndexOf((ushort)code.VillagePart);
        return found < 0 ? -1 : first + found;
    }

    private static int[] DirectIndex(RegionCode[] sorted, int size, Func<RegionCode, int> slot)
    {
        var index = new int[size];
        Array.Fill(index, -1);
        for (int i = 0; i < sorted.Length; i++)
        {
            index[slot(sorted[i])] = i;
        }

        return index;
    }

    /// <summary>
    /// For parents and children both in code order, where each parent's children start: the children of parent
    /// <c>i</c> are <c>[starts[i], starts[i + 1])</c>.
    /// </summary>
    private static int[] ChildStarts(RegionCode[] parents, RegionCode[] children)
    {
        var starts = new int[parents.Length + 1];
        int parent = 0;
        for (int child = 0; child < children.Length; child++)
        {
            RegionCode expected = children[child].Parent;
            while (parent < parents.Length && parents[parent] < expected)
            {
                starts[++parent] = child;
            }

            if (parent == parents.Length || parents[parent] != expected)
            {
                throw new InvalidDataException($"The region catalogue resource is damaged: region {children[child]} has no parent {expected}.");
            }
        }

        while (parent < parents.Length)
        {
            starts[++parent] = children.Length;
        }

        return starts;
    }

    private string NotFoundMessage(RegionCode code)
    {
        RegionCode ancestor = code.Parent;
        while (!Contains(ancestor))
        {
            ancestor = ancestor.Parent;
        }

        int children = GetChildren(ancestor).Count;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Region code '{code}' is not in the {source}. Its nearest known ancestor is '{ancestor}' ({GetName(ancestor)}), which has {children} {Plural(children, (RegionLevel)((int)ancestor.Level + 1))}. Check the code, or whether the region was created or renumbered after that decree.");
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
}
