using System;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace EktpDomain.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["--retained-memory"])
        {
            ReportRetainedMemory();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// Prints how much managed memory one loaded region catalogue keeps alive, which BenchmarkDotNet's
    /// "Allocated" column (everything allocated during a load, garbage included) does not show.
    /// </summary>
    private static void ReportRetainedMemory()
    {
        // Load once first so that type initialisation and JIT are not counted.
        GC.KeepAlive(RegionCatalogue.LoadEmbedded());
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var catalogue = RegionCatalogue.LoadEmbedded();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(catalogue);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Region catalogue ({catalogue.Count:N0} codes): retained {after - before:N0} bytes; allocated while loading {allocated:N0} bytes."));
    }
}
