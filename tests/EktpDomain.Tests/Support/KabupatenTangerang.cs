using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using EktpDomain.Regions;

namespace EktpDomain.Tests.Support;

/// <summary>
/// Kabupaten Tangerang (code <c>36.03</c>, in Banten province), the regency of the Satelit News article of
/// 31 May 2012 ("Baru 1 dari 29 Kecamatan Capai Target E-KTP"), with its 29 kecamatan ready-made.
/// </summary>
/// <remarks>
/// <para>
/// The codes and names are those of the Kemendagri 2025 list (<see cref="RegionCatalogue.Kemendagri2025"/>), which
/// for this regency are the same as in the 2015 list (Permendagri 56/2015), so they also hold for 2012. The codes
/// have gaps: there is no <c>36.03.21</c> and no <c>36.03.24</c> to <c>36.03.26</c>.
/// </para>
/// <para>Everything here is immutable and thread-safe.</para>
/// </remarks>
internal static class KabupatenTangerang
{
    // The named kecamatan come first: static initialisers run in textual order, and the list below uses them.

    /// <summary>Kresek, <c>36.03.06</c>. In the article its fingerprint scanner was broken for up to 15 days.</summary>
    public static Kecamatan Kresek { get; } = Create(6, "Kresek");

    /// <summary>Kronjo, <c>36.03.07</c>. In the article its camera was broken; in August 2012 it lent a recording set to Gunung Kaler.</summary>
    public static Kecamatan Kronjo { get; } = Create(7, "Kronjo");

    /// <summary>Pagedangan, <c>36.03.22</c>. In the article its server was destroyed by lightning.</summary>
    public static Kecamatan Pagedangan { get; } = Create(22, "Pagedangan");

    /// <summary>Sukamulya, <c>36.03.27</c>: the only one of the 29 kecamatan that met the 15 % monthly target in the window 2–30 April 2012.</summary>
    public static Kecamatan Sukamulya { get; } = Create(27, "Sukamulya");

    /// <summary>Sepatan Timur, <c>36.03.30</c>. In the article its server was down for several days, and 1,738 recordings were lost after an officer changed the centrally managed password; Disdukcapil lent it an e-KTP Mobile unit to record those residents again.</summary>
    public static Kecamatan SepatanTimur { get; } = Create(30, "Sepatan Timur");

    /// <summary>Solear, <c>36.03.31</c>. In the article its server was down for several days.</summary>
    public static Kecamatan Solear { get; } = Create(31, "Solear");

    /// <summary>Gunung Kaler, <c>36.03.32</c>. In August 2012 it borrowed a recording set from Kronjo after a theft.</summary>
    public static Kecamatan GunungKaler { get; } = Create(32, "Gunung Kaler");

    private static readonly ReadOnlyCollection<Kecamatan> All = Array.AsReadOnly(
        new[]
        {
            Create(1, "Balaraja"),
            Create(2, "Jayanti"),
            Create(3, "Tigaraksa"),
            Create(4, "Jambe"),
            Create(5, "Cisoka"),
            Kresek,
            Kronjo,
            Create(8, "Mauk"),
            Create(9, "Kemiri"),
            Create(10, "Sukadiri"),
            Create(11, "Rajeg"),
            Create(12, "Pasar Kemis"),
            Create(13, "Teluknaga"),
            Create(14, "Kosambi"),
            Create(15, "Pakuhaji"),
            Create(16, "Sepatan"),
            Create(17, "Curug"),
            Create(18, "Cikupa"),
            Create(19, "Panongan"),
            Create(20, "Legok"),
            Pagedangan,
            Create(23, "Cisauk"),
            Sukamulya,
            Create(28, "Kelapa Dua"),
            Create(29, "Sindang Jaya"),
            SepatanTimur,
            Solear,
            GunungKaler,
            Create(33, "Mekar Baru"),
        });

    /// <summary>The regency's code, <c>36.03</c>.</summary>
    public static RegionCode Code => new(36, 3);

    /// <summary>The regency's official name, <c>"Kabupaten Tangerang"</c>.</summary>
    public static string Name => "Kabupaten Tangerang";

    /// <summary>The 29 kecamatan of the regency, in code order, from <c>36.03.01</c> Balaraja to <c>36.03.33</c> Mekar Baru.</summary>
    public static IReadOnlyList<Kecamatan> Kecamatan => All;

    private static Kecamatan Create(int kecamatan, string name) => new(new RegionCode(36, 3, kecamatan), name);
}
