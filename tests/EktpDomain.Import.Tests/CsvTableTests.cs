using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace EktpDomain.Import.Tests;

public class CsvTableTests
{
    /// <summary>
    /// The loader's allocation-free date path must accept exactly the dates NodaTime's ISO pattern accepts (ASCII
    /// digits only), with the same value; everything else gets the one "malformed date" message.
    /// </summary>
    [Fact]
    public void Date_AgreesWithNodaTimesIsoPattern()
    {
        var random = new Random(20120402);
        var texts = new List<string>
        {
            "2012-02-29", "2011-02-29", "2012-02-30", "2012-04-31", "2012-12-31", "2012-13-01", "2012-00-10", "2012-04-00",
            "0000-01-01", "0001-01-01", "9999-12-31", "2012-4-02", "2012/04/02", "20120402", "2012-04-02 ", "２０１２-04-02",
            "1900-02-29", "2000-02-29", "2100-02-29", "-012-04-02", "+2012-04-0",
        };
        for (int i = 0; i < 3_000; i++)
        {
            texts.Add($"{random.Next(0, 10_000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}");
        }

        using var cli = new CliHarness();
        cli.Write("dates.csv", "date\n" + string.Join("\n", texts.Select(t => t.Trim() == t ? t : "\"" + t + "\"")) + "\n");
        var problems = new List<DataProblem>();
        var parsed = new List<LocalDate?>();
        CsvTable.Read(DataSource.FromDirectory(cli.Folder), "dates.csv", ["date"], [], problems, row =>
            parsed.Add(row.Date("date", out var date) ? date : null));

        parsed.Should().HaveCount(texts.Count);
        int rejected = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            string text = texts[i].Trim();
            var reference = LocalDatePattern.Iso.Parse(text);
            bool valid = reference.Success && text.All(c => char.IsAsciiDigit(c) || c == '-');
            parsed[i].Should().Be(valid ? reference.Value : null, $"'{text}' {(valid ? "is" : "is not")} an ISO date");
            if (!valid)
            {
                problems[rejected++].ToString().Should().EndWith($":{i + 2}: malformed date '{text}' in column 'date': expected a real date as YYYY-MM-DD.");
            }
        }

        problems.Should().HaveCount(rejected);
    }

    [Fact]
    public void OptionalText_GivesOneInstancePerDistinctValue()
    {
        using var cli = new CliHarness();
        cli.Write("devices.csv", "device\nK-1\nK-2\nK-1\n\"\"\nK-2\n");
        var problems = new List<DataProblem>();
        var seen = new List<string?>();
        CsvTable.Read(DataSource.FromDirectory(cli.Folder), "devices.csv", ["device"], [], problems, row => seen.Add(row.OptionalText("device")));

        seen.Should().Equal("K-1", "K-2", "K-1", null, "K-2");
        ReferenceEquals(seen[0], seen[2]).Should().BeTrue();
        ReferenceEquals(seen[1], seen[4]).Should().BeTrue();
        problems.Should().BeEmpty();
    }
}
