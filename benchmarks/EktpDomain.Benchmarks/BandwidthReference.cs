using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;

namespace EktpDomain.Benchmarks;

/// <summary>
/// The memory-bandwidth reference of the benchmarks: reads an array of 8-byte values once on all cores, four 256-bit
/// accumulators a worker, and returns a checksum (wrapping, so that nothing is checked per value).
/// </summary>
internal static class BandwidthReference
{
    public static long SumOnAllCores<T>(T[] array)
        where T : unmanaged
    {
        int workers = Environment.ProcessorCount;
        var partial = new long[workers * 8];   // one cache line per worker
        Parallel.For(0, workers, w =>
        {
            var all = MemoryMarshal.Cast<T, long>(array.AsSpan());
            int start = (int)((long)all.Length * w / workers), end = (int)((long)all.Length * (w + 1) / workers);
            var chunk = MemoryMarshal.Cast<long, Vector256<long>>(all[start..end]);
            Vector256<long> a = default, b = default, c = default, d = default;
            int i = 0;
            for (; i + 4 <= chunk.Length; i += 4)
            {
                a += chunk[i];
                b += chunk[i + 1];
                c += chunk[i + 2];
                d += chunk[i + 3];
            }

            for (; i < chunk.Length; i++)
            {
                a += chunk[i];
            }

            partial[w * 8] = Vector256.Sum(a + b + c + d);
        });

        long total = 0;
        foreach (long value in partial)
        {
            total = unchecked(total + value);
        }

        return total;
    }
}
