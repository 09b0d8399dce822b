using System;
using EktpDomain.Reporting;

namespace EktpDomain.Cli.Scenario;

/// <summary>The notice printed with the built-in scenario: its per-kecamatan figures are invented.</summary>
internal static class ScenarioNotice
{
    public const string Indonesian =
        "Catatan: angka per kecamatan dalam skenario bawaan ini bersifat ilustratif (rekaan), disusun agar sesuai dengan fakta berita; bukan data resmi.";

    public const string English =
        "Note: the per-kecamatan figures of this built-in scenario are illustrative (invented) and consistent with the news article's facts; they are not official data.";

    public const string SeriesIndonesian =
        "Catatan: seri rekapitulasi bawaan ini bersifat ilustratif (rekaan): snapshot akhir bulan 29 kecamatan Kabupaten Tangerang, Desember 2011 – Desember 2013, yang cocok dengan skenario bawaan April 2012; bukan data resmi.";

    public const string SeriesEnglish =
        "Note: this built-in snapshot series is illustrative (invented): month-end figures of the 29 kecamatan of Kabupaten Tangerang, December 2011 – December 2013, matching the built-in April 2012 scenario; they are not official data.";

    /// <summary>The notice of the built-in snapshot series, in the report's language.</summary>
    public static string ForSeries(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Equals(text.LanguageCode, "id", StringComparison.OrdinalIgnoreCase) ? SeriesIndonesian : SeriesEnglish;
    }

    /// <summary>The notice in the report's language: Indonesian for <c>id</c>, English for any other language.</summary>
    public static string For(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Equals(text.LanguageCode, "id", StringComparison.OrdinalIgnoreCase) ? Indonesian : English;
    }
}
