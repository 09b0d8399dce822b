using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// A set named in incidents.csv is always checked against devices.csv: when that file is missing (then no set may be
/// named) and when it has problems of its own (all reported in one run).
/// </summary>
public class CliIncidentDeviceTests
{
    private const string Kecamatan = "code,name,eligible\n36.03.06,Kresek,40000\n";
    private const string Ledger = "date,kecamatan,device,kind,count\n2012-04-02,36.03.06,,recorded,100\n";
    private const string IncidentsHeader = "id,kecamatan,device,component,cause,start,end\n";

    private static CliHarness Folder(string incidents, string? devices)
    {
        var cli = new CliHarness();
        cli.Write("kecamatan.csv", Kecamatan);
        cli.Write("ledger.csv", Ledger);
        cli.Write("incidents.csv", IncidentsHeader + incidents);
        if (devices is not null)
        {
            cli.Write("devices.csv", "device,kind,funding,kecamatan,from,to\n" + devices);
        }

        return cli;
    }

    [Fact]
    public void NoDevicesFile_AnIncidentNamingASet_IsAnError()
    {
        using var cli = Folder("I1,36.03.06,K-06-1,camera,hardware,2012-04-03,2012-04-04\nI2,36.03.06,,power,power,2012-04-05,2012-04-05\n", devices: null);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(
            $"{cli.PathOf("incidents.csv")}:2: unknown device 'K-06-1' in incident I1: the device inventory (devices.csv) is missing or has no sets; leave the device blank for a site-wide incident, or list the set in devices.csv.");
    }

    [Fact]
    public void NoDevicesFile_SiteWideIncidents_AreFine()
    {
        using var cli = Folder("I2,36.03.06,,power,power,2012-04-05,2012-04-05\n", devices: null);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void DevicesFileWithProblems_IncidentsAreStillChecked_AgainstEveryIdItLists()
    {
        using var cli = Folder(
            "I1,36.03.06,K-06-9,camera,hardware,2012-04-03,2012-04-04\nI2,36.03.06,K-06-2,camera,hardware,2012-04-03,2012-04-04\nI3,36.03.06,K-06-1,camera,hardware,2012-04-03,2012-04-04\n",
            "K-06-1,static,apbn,36.03.06,2011-10-03,\nK-06-2,stationary,apbn,36.03.06,2011-10-03,\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(
            $"{cli.PathOf("devices.csv")}:3: unknown kind 'stationary': use static, mobile.",
            $"{cli.PathOf("incidents.csv")}:2: unknown device 'K-06-9' in incident I1: it is not in the device inventory; leave the device blank for a site-wide incident.");
    }
}
