// The Polars peer of EndToEndBenchmarks: what a user could run instead of `ektp report`, nodejs-polars on the data
// folder's ledger.csv. Usage: node polars-peer.mjs DIR FROM TO (ISO dates). Writes one line per kecamatan,
// "kecamatan,recorded,lost,rerecorded,coverage" (the window's sums by kind, the net coverage up to its end), sorted by
// kecamatan, as the DuckDB peer does. Dates are parsed as dates, as ektp and DuckDB parse them. Polars checks the
// types of the columns it reads; it does not check what the ektp loader checks (known kecamatan, kinds, R3).
import pl from "nodejs-polars";

const [folder, from, to] = process.argv.slice(2);
const day = (text) => pl.lit(text).str.strptime(pl.Date, "%Y-%m-%d");
const date = pl.col("date");
const inWindow = date.gtEq(day(from)).and(date.ltEq(day(to)));
const kind = (name) => pl.col("kind").eq(pl.lit(name));
const sumOf = (name) => pl.col("count").filter(inWindow.and(kind(name))).sum().alias(name);

const result = await pl
  .scanCSV(`${folder}/ledger.csv`, { hasHeader: true, dtypes: { date: pl.Utf8, kecamatan: pl.Utf8, device: pl.Utf8, kind: pl.Utf8, count: pl.Int64 } })
  .withColumns(date.str.strptime(pl.Date, "%Y-%m-%d"))
  .groupBy("kecamatan")
  .agg(
    sumOf("recorded"),
    sumOf("lost"),
    sumOf("rerecorded"),
    pl.when(kind("lost")).then(pl.col("count").mul(-1)).otherwise(pl.col("count")).filter(date.ltEq(day(to))).sum().alias("coverage"),
  )
  .sort("kecamatan")
  .collect();

const columns = ["kecamatan", "recorded", "lost", "rerecorded", "coverage"].map((c) => result.getColumn(c).toArray());
const lines = [];
for (let i = 0; i < result.height; i++) {
  lines.push(columns.map((c) => (c[i] === null ? "" : String(c[i]))).join(","));
}

process.stdout.write(lines.join("\n") + "\n");
process.exitCode = result.height > 0 ? 0 : 1;
