using System;
using System.Globalization;
using System.IO;
using DuckDB.NET.Data;

namespace EktpDomain.Benchmarks;

/// <summary>
/// The peer of <see cref="EndToEndBenchmarks"/>: what a user could run instead of <c>ektp report</c>, a DuckDB query
/// straight on the data folder's <c>ledger.csv</c>. Run as a process of its own
/// (<c>EktpDomain.Benchmarks --duckdb-peer DIR FROM TO</c>), so that it pays its start-up as <c>ektp</c> does.
/// </summary>
/// <remarks>
/// The query reads the file with <c>read_csv</c> and groups by kecamatan, with the sums a report needs from the
/// ledger: the window's recorded, lost and re-recorded counts, and the net coverage up to the window's end. It writes
/// one line per kecamatan to standard output, as <c>ektp</c> writes its JSON. DuckDB checks the types of the columns
/// it reads; it does not check what the <c>ektp</c> loader checks (known kecamatan, kinds, control characters, R3).
/// </remarks>
internal static class DuckDbPeer
{
    public static int Run(string folder, string from, string to)
    {
        // The dates are parsed first, so that the query text holds nothing but ISO dates.
        var first = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string ledger = Path.Combine(Path.GetFullPath(folder), "ledger.csv").Replace("'", "''", StringComparison.Ordinal);
        string snapshots = Path.Combine(Path.GetFullPath(folder), "snapshots.csv");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var threads = connection.CreateCommand())
        {
            threads.CommandText = "SET threads = 2";
            threads.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = File.Exists(snapshots) ? SnapshotQuery(snapshots, first, last) : string.Create(CultureInfo.InvariantCulture, $"""
            SELECT kecamatan,
                   CAST(COALESCE(SUM(count) FILTER (WHERE kind = 'recorded' AND date BETWEEN DATE '{first:yyyy-MM-dd}' AND DATE '{last:yyyy-MM-dd}'), 0) AS BIGINT) AS recorded,
                   CAST(COALESCE(SUM(count) FILTER (WHERE kind = 'lost' AND date BETWEEN DATE '{first:yyyy-MM-dd}' AND DATE '{last:yyyy-MM-dd}'), 0) AS BIGINT) AS lost,
                   CAST(COALESCE(SUM(count) FILTER (WHERE kind = 'rerecorded' AND date BETWEEN DATE '{first:yyyy-MM-dd}' AND DATE '{last:yyyy-MM-dd}'), 0) AS BIGINT) AS rerecorded,
                   CAST(COALESCE(SUM(CASE WHEN kind = 'lost' THEN -count ELSE count END) FILTER (WHERE date <= DATE '{last:yyyy-MM-dd}'), 0) AS BIGINT) AS coverage
            FROM read_csv('{ledger}', header = true,
                          columns = {'{'}'date': 'DATE', 'kecamatan': 'VARCHAR', 'device': 'VARCHAR', 'kind': 'VARCHAR', 'count': 'BIGINT'{'}'})
            GROUP BY kecamatan
            ORDER BY kecamatan
            """);
        using var reader = command.ExecuteReader();
        using var output = new StreamWriter(Console.OpenStandardOutput());
        int groups = 0;
        while (reader.Read())
        {
            groups++;
            output.Write(reader.GetString(0));
            for (int c = 1; c < reader.FieldCount; c++)
            {
                output.Write(',');
                output.Write(reader.IsDBNull(c) ? string.Empty : reader.GetInt64(c).ToString(CultureInfo.InvariantCulture));
            }

            output.Write('\n');
        }

        return groups > 0 ? 0 : 1;
    }

    /// <summary>
    /// R21 in SQL: per kecamatan, the start edge (the last snapshot on or before the day before the window) and the
    /// end edge (the last in it); the increases and the decreases of the recorded count between them; the coverage at
    /// the window's end. Codes come out dotted, as <c>ektp</c> writes them.
    /// </summary>
    private static string SnapshotQuery(string file, DateOnly first, DateOnly last)
    {
        string path = file.Replace("'", "''", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"""
            WITH s AS (
                SELECT substr(kode_kecamatan, 1, 2) || '.' || substr(kode_kecamatan, 3, 2) || '.' || substr(kode_kecamatan, 5, 2) AS kecamatan,
                       tanggal AS date, jumlah_sudah_rekam AS recorded
                FROM read_csv('{path}', header = true,
                              columns = {'{'}'tanggal': 'DATE', 'kode_kecamatan': 'VARCHAR', 'nama_kecamatan': 'VARCHAR', 'jumlah_wajib_ktp': 'BIGINT', 'jumlah_sudah_rekam': 'BIGINT', 'jumlah_belum_rekam': 'BIGINT', 'persentase_rekam': 'DOUBLE'{'}'})),
            steps AS (
                SELECT kecamatan, date, recorded, recorded - LAG(recorded) OVER (PARTITION BY kecamatan ORDER BY date) AS step FROM s),
            edges AS (
                SELECT kecamatan,
                       MAX(date) FILTER (WHERE date < DATE '{first:yyyy-MM-dd}') AS start_edge,
                       MAX(date) FILTER (WHERE date BETWEEN DATE '{first:yyyy-MM-dd}' AND DATE '{last:yyyy-MM-dd}') AS end_edge,
                       arg_max(recorded, date) FILTER (WHERE date <= DATE '{last:yyyy-MM-dd}') AS coverage
                FROM s GROUP BY kecamatan)
            SELECT e.kecamatan,
                   CASE WHEN e.start_edge IS NULL OR e.end_edge IS NULL THEN NULL
                        ELSE CAST(COALESCE(SUM(GREATEST(t.step, 0)) FILTER (WHERE t.date > e.start_edge AND t.date <= e.end_edge), 0) AS BIGINT) END AS realised,
                   CASE WHEN e.start_edge IS NULL OR e.end_edge IS NULL THEN NULL
                        ELSE CAST(COALESCE(SUM(GREATEST(-t.step, 0)) FILTER (WHERE t.date > e.start_edge AND t.date <= e.end_edge), 0) AS BIGINT) END AS adjustment,
                   CAST(e.coverage AS BIGINT) AS coverage
            FROM edges e JOIN steps t USING (kecamatan)
            GROUP BY e.kecamatan, e.start_edge, e.end_edge, e.coverage
            ORDER BY e.kecamatan
            """);
    }
}
