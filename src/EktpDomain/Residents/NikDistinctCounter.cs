using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Threading;
using System.Threading.Tasks;

namespace EktpDomain.Residents;

/// <summary>
/// The engine that counts distinct NIKs exactly over large inputs, such as the residents behind a national stream of
/// recording events (<see cref="Nik.CountDistinct(ReadOnlySpan{Nik})"/>). Only counts come out: no NIK's digits are
/// returned, logged or put in a message (R11).
/// </summary>
/// <remarks>This type has no state and is thread-safe.</remarks>
internal static class NikDistinctCounter
{
    // Below this many NIKs one thread with one table is fastest.
    private const int ParallelThreshold = 1 << 16;

    // Partitions of about this many keys keep a partition's table (16 bytes a key) in a core's L2 cache.
    private const int TargetPerPartition = 1 << 16;
    private const int MaxPartitionBits = 13;

    // NIK identity bits are below 2^54 (see Nik.IdentityMask). Multiplying by an odd constant modulo 2^54 permutes
    // them and mixes every digit into the high bits, which choose the partition and then the bucket.
    private const int KeyBits = 54;
    private const ulong KeyMask = (1UL << KeyBits) - 1;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    // A table entry holds the key's hash bits below the partition bits, shifted to the top, and the partition's tag
    // (its number + 1) in the freed low bits; an entry whose tag is not the current one is empty. So a worker's table
    // serves partition after partition without being cleared, and a zeroed entry (tag 0) is empty.
    private const int SpareBits = 64 - KeyBits;

    // Entries per bucket and per cache line: one 64-byte line of ulongs.
    private const int Lane = 8;

    // Keys staged per partition before they are written out: two cache lines, so that the unpredictable "line full"
    // branch is taken half as often.
    private const int Stage = 2 * Lane;

    // NIKs hashed at a time before they are scattered.
    private const int HashBlock = 64;
    private const int LineBytes = 64;

    /// <summary>The engine of <see cref="Nik.CountDistinct(ReadOnlySpan{Nik})"/>, on every core.</summary>
    public static long CountDistinct(ReadOnlySpan<Nik> niks) =>
        CountDistinct(niks, Environment.ProcessorCount, partitionBits: 0, Vector512.IsHardwareAccelerated);

    // How. From 65,536 NIKs on, the NIKs are hash-partitioned on all cores: one streaming pass scatters them through
    // 16-key staging lines per partition, stored with non-temporal 64-byte writes, into a buffer of about 8 bytes a
    // NIK; then each partition, a few hundred kilobytes, is counted in a bucketed hash table that stays in the core's
    // cache (one vector comparison checks a bucket of 8 entries). The buffer's regions are sized for an even spread;
    // input whose repeats overflow one (for example the same NIK millions of times) is counted first and scattered
    // again, so the result is exact whatever the input.
    //
    // Memory. The buffer (8 bytes a NIK, plus about 5 %) is rented from ArrayPool<T>.Shared and returned, so repeated
    // counts reuse its pages; the pool lets it go under memory pressure. Each core also uses a table of up to about
    // 1 MiB. The first call in a process pays for the operating system mapping the buffer's pages, up to twice as long
    // as later calls. Smaller inputs use one table of 11 to 21 bytes a NIK.


    /// <summary>
    /// <see cref="CountDistinct(ReadOnlySpan{Nik})"/> with the number of workers, the number of partition bits (0 to
    /// choose by size; above 0 forces the partitioned path, for tests on small inputs) and whether to probe buckets
    /// with vectors (false tests the fallback for hardware without 512-bit vectors).
    /// </summary>
    internal static long CountDistinct(ReadOnlySpan<Nik> niks, int workers, int partitionBits, bool vectorized)
    {
        // A Nik is one long; its identity is the bits under Nik.IdentityMask.
        ReadOnlySpan<long> values = MemoryMarshal.Cast<Nik, long>(niks);
        workers = Math.Clamp(workers, 1, 64);
        if (partitionBits == 0 && (values.Length < ParallelThreshold || workers == 1))
        {
            return CountInOneTable(values, vectorized);
        }

        if (partitionBits == 0)
        {
            partitionBits = Math.Clamp(BitOperations.Log2((uint)(values.Length / TargetPerPartition)) + 1, 1, MaxPartitionBits);
        }

        unsafe
        {
            // The partition passes read the span from several threads; a span cannot be captured, so pass its address.
            fixed (long* address = values)
            {
                return CountPartitioned((nint)address, values.Length, workers, partitionBits, vectorized);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(long value) => unchecked(((ulong)(value & Nik.IdentityMask) * Multiplier) & KeyMask);

    private static long CountInOneTable(ReadOnlySpan<long> values, bool vectorized)
    {
        if (values.IsEmpty)
        {
            return 0;
        }

        using var table = new BucketTable(values.Length, vectorized);
        return table.AddAll(values);
    }

    private static long CountPartitioned(nint address, int length, int workers, int partitionBits, bool vectorized)
    {
        int partitions = 1 << partitionBits;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };

        // The hash spreads distinct NIKs evenly, so first scatter into regions sized for the expected share plus eight
        // standard deviations, without counting first. Many repeats of one NIK all land in one partition and overflow
        // its region; then count exactly and scatter again.
        var sizes = new int[workers][];
        for (int w = 0; w < workers; w++)
        {
            double expected = (double)ChunkLength(length, workers, w) / partitions;
            sizes[w] = new int[partitions];
            Array.Fill(sizes[w], (int)Math.Min(int.MaxValue / 2, Math.Ceiling(expected + (8 * Math.Sqrt(expected)) + (2 * Stage))));
        }

        var scattered = Scatter(address, length, workers, partitionBits, sizes, options);
        if (scattered is null)
        {
            sizes = Histograms(address, length, workers, partitionBits, options);
            scattered = Scatter(address, length, workers, partitionBits, sizes, options)
                ?? throw new InvalidOperationException("Scattering into exactly counted regions overflowed; this is a bug.");
        }

        using var buffer = scattered.Value.Buffer;
        return CountPartitions(buffer, scattered.Value.RegionStart, scattered.Value.Counts, partitionBits, vectorized, options);
    }

    /// <summary>How many keys each worker's chunk sends to each partition.</summary>
    private static int[][] Histograms(nint address, int length, int workers, int partitionBits, ParallelOptions options)
    {
        int partitionShift = KeyBits - partitionBits;
        var histograms = new int[workers][];
        Parallel.For(0, workers, options, w =>
        {
            var histogram = new int[1 << partitionBits];
            foreach (long value in Chunk(address, length, workers, w))
            {
                histogram[(int)(Hash(value) >> partitionShift)]++;
            }

            histograms[w] = histogram;
        });

        return histograms;
    }

    /// <summary>
    /// Scatters the hashes into per-(worker, partition) regions of the given sizes, through one 64-byte staging line
    /// per partition; returns null when a region overflows. Partition p holds, worker after worker, what each worker
    /// sends to it; every region starts on a cache line, so that full lines are stored whole and aligned.
    /// </summary>
    private static unsafe (AlignedBuffer Buffer, long[][] RegionStart, int[][] Counts)? Scatter(
        nint address, int length, int workers, int partitionBits, int[][] sizes, ParallelOptions options)
    {
        int partitions = 1 << partitionBits;
        int partitionShift = KeyBits - partitionBits;
        var regionStart = new long[workers][];
        var regionEnd = new long[workers][];
        for (int w = 0; w < workers; w++)
        {
            regionStart[w] = new long[partitions];
            regionEnd[w] = new long[partitions];
        }

        long at = 0;
        for (int p = 0; p < partitions; p++)
        {
            for (int w = 0; w < workers; w++)
            {
                regionStart[w][p] = at;
                at += RoundUpToStage(sizes[w][p]);
                regionEnd[w][p] = at;
            }
        }

        var buffer = new AlignedBuffer(at, pooled: true);
        var counts = new int[workers][];
        bool overflowed = false;
        Parallel.For(0, workers, options, w =>
        {
            using var staging = new AlignedBuffer((long)partitions * Stage);
            long[] cursor = (long[])regionStart[w].Clone();
            ulong* lines = staging.Pointer;
            ulong* target = buffer.Pointer;
            fixed (long* cursors = cursor, ends = regionEnd[w])
            {
                // Regions start on a stage boundary, so a cursor's low bits are its staging lines' fill. Hashes are
                // computed a vector at a time.
                ReadOnlySpan<long> chunk = Chunk(address, length, workers, w);
                ulong* hashes = stackalloc ulong[HashBlock];
                for (int i = 0; i < chunk.Length; i += HashBlock)
                {
                    int block = Math.Min(HashBlock, chunk.Length - i);
                    HashAll(chunk.Slice(i, block), hashes);
                    for (int k = 0; k < block; k++)
                    {
                        ulong hash = hashes[k];
                        nint p = (nint)(hash >> partitionShift);
                        long at = cursors[p];
                        ulong* line = lines + (p * Stage);
                        line[at & (Stage - 1)] = hash;
                        cursors[p] = at + 1;
                        if ((at & (Stage - 1)) == Stage - 1)
                        {
                            if (at >= ends[p])
                            {
                                overflowed = true;
                                return;
                            }

                            StoreLine(line, target + at - (Stage - 1));
                            StoreLine(line + Lane, target + at - (Lane - 1));
                        }
                    }
                }

                var count = new int[partitions];
                for (int p = 0; p < partitions; p++)
                {
                    long at = cursors[p];
                    if (at > ends[p])
                    {
                        overflowed = true;
                        return;
                    }

                    int fill = (int)(at & (Stage - 1));
                    new ReadOnlySpan<ulong>(lines + (p * Stage), fill).CopyTo(new Span<ulong>(target + at - fill, fill));
                    count[p] = (int)(at - regionStart[w][p]);
                }

                counts[w] = count;
            }

            // Non-temporal stores are weakly ordered: make them visible before another core counts the partitions.
            if (Sse.IsSupported)
            {
                Sse.StoreFence();
            }
        });

        if (overflowed)
        {
            buffer.Dispose();
            return null;
        }

        return (buffer, regionStart, counts);
    }

    /// <summary>Counts each partition in a cache-sized table, partitions handed out to workers as they finish.</summary>
    private static unsafe long CountPartitions(AlignedBuffer buffer, long[][] regionStart, int[][] counts, int partitionBits, bool vectorized, ParallelOptions options)
    {
        int partitions = 1 << partitionBits;
        int workers = counts.Length;
        int maxPartition = 0;
        for (int p = 0; p < partitions; p++)
        {
            long size = 0;
            for (int w = 0; w < workers; w++)
            {
                size += counts[w][p];
            }

            maxPartition = (int)Math.Max(maxPartition, size);
        }

        int next = -1;
        long total = 0;
        Parallel.For(0, workers, options, _ =>
        {
            using var table = new BucketTable(maxPartition, vectorized);
            long distinct = 0;
            int p;
            while ((p = Interlocked.Increment(ref next)) < partitions)
            {
                ulong tag = (ulong)p + 1;
                for (int w = 0; w < workers; w++)
                {
                    distinct += table.AddAll(new ReadOnlySpan<ulong>(buffer.Pointer + regionStart[w][p], counts[w][p]), partitionBits, tag);
                }
            }

            Interlocked.Add(ref total, distinct);
        });

        return total;
    }

    /// <summary>Hashes a block of NIK values, a vector at a time where the hardware multiplies 64-bit lanes.</summary>
    private static unsafe void HashAll(ReadOnlySpan<long> values, ulong* hashes)
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var identity = Vector512.Create((ulong)Nik.IdentityMask);
            var multiplier = Vector512.Create(Multiplier);
            var keyMask = Vector512.Create(KeyMask);
            for (; i + Vector512<ulong>.Count <= values.Length; i += Vector512<ulong>.Count)
            {
                var value = Vector512.Create(values.Slice(i, Vector512<ulong>.Count)).AsUInt64();
                (((value & identity) * multiplier) & keyMask).Store(hashes + i);
            }
        }

        for (; i < values.Length; i++)
        {
            hashes[i] = Hash(values[i]);
        }
    }

    private static long RoundUpToStage(int count) => (count + Stage - 1) & ~(long)(Stage - 1);

    /// <summary>Copies one 64-byte staging line to its aligned place, bypassing the cache where the hardware can.</summary>
    private static unsafe void StoreLine(ulong* line, ulong* destination)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512.StoreAlignedNonTemporal(Vector512.LoadAligned(line), destination);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Vector256.StoreAlignedNonTemporal(Vector256.LoadAligned(line), destination);
            Vector256.StoreAlignedNonTemporal(Vector256.LoadAligned(line + 4), destination + 4);
        }
        else
        {
            new ReadOnlySpan<ulong>(line, Lane).CopyTo(new Span<ulong>(destination, Lane));
        }
    }

    private static unsafe ReadOnlySpan<long> Chunk(nint address, int length, int workers, int w)
    {
        int start = (int)((long)length * w / workers);
        return new ReadOnlySpan<long>((long*)address + start, ChunkLength(length, workers, w));
    }

    private static int ChunkLength(int length, int workers, int w) =>
        (int)(((long)length * (w + 1) / workers) - ((long)length * w / workers));

    /// <summary>
    /// A pinned array viewed from its first cache-line boundary; zeroed only where asked. A managed array, so that the
    /// garbage collector keeps its memory mapped for the next call instead of returning it to the operating system
    /// (mapping fresh pages costs about as much as the work itself). Past the largest array, unmanaged memory.
    /// Dispose unpins (or frees) it; the finalizer is a safety net.
    /// </summary>
    private sealed unsafe class AlignedBuffer : IDisposable
    {
        private ulong[]? array;
        private bool pooled;
        private GCHandle handle;
        private void* native;

        public AlignedBuffer(long count, bool zeroed = false, bool pooled = false)
        {
            long length = Math.Max(1, count) + Lane;
            if (length <= Array.MaxLength)
            {
                // An ordinary array, pinned while in use: the large-object heap reuses its memory from call to call, where
                // the pinned-object heap tends to map fresh pages. The scatter buffer is rented from the shared pool, so
                // that repeated counts reuse its pages even across full collections.
                if (pooled)
                {
                    array = ArrayPool<ulong>.Shared.Rent((int)length);
                    this.pooled = true;
                }
                else
                {
                    array = zeroed ? new ulong[length] : GC.AllocateUninitializedArray<ulong>((int)length);
                }

                handle = GCHandle.Alloc(array, GCHandleType.Pinned);
                nuint start = (nuint)handle.AddrOfPinnedObject();
                Pointer = (ulong*)((start + (LineBytes - 1)) & ~(nuint)(LineBytes - 1));
            }
            else
            {
                nuint bytes = (nuint)length * sizeof(ulong);
                native = NativeMemory.AlignedAlloc(bytes, LineBytes);
                if (zeroed)
                {
                    NativeMemory.Clear(native, bytes);
                }

                Pointer = (ulong*)native;
            }
        }

        ~AlignedBuffer() => Free();

        public ulong* Pointer { get; private set; }

        public void Dispose()
        {
            Free();
            GC.SuppressFinalize(this);
        }

        private void Free()
        {
            if (native is not null)
            {
                NativeMemory.AlignedFree(native);
                native = null;
            }

            if (handle.IsAllocated)
            {
                handle.Free();
            }

            if (pooled && array is not null)
            {
                ArrayPool<ulong>.Shared.Return(array);
                pooled = false;
            }

            array = null;
            Pointer = null;
        }
    }

    /// <summary>
    /// An open-addressing table of buckets of 8 entries (one cache line), probed bucket by bucket. With vectors a
    /// bucket is checked by two comparisons, for an equal entry and for a free one, so a lookup rarely branches.
    /// Between three eighths and three quarters full.
    /// </summary>
    private sealed unsafe class BucketTable : IDisposable
    {
        private readonly AlignedBuffer memory;
        private readonly int bucketBits;
        private readonly int bucketMask;
        private readonly ulong* entries;
        private readonly bool vectorized;

        public BucketTable(int capacity, bool vectorized)
        {
            this.vectorized = vectorized && Vector512.IsHardwareAccelerated;
            // The smallest power of two of buckets that keeps the table at most three quarters full: 8-entry buckets
            // rarely overflow even then, and a smaller table stays in cache.
            int needed = Math.Max(1, (capacity + 5) / 6);
            bucketBits = Math.Max(1, BitOperations.Log2((uint)needed - 1) + 1);
            bucketMask = (1 << bucketBits) - 1;
            memory = new AlignedBuffer((long)Lane << bucketBits, zeroed: true);
            entries = memory.Pointer;
        }

        /// <summary>Adds NIK values (one table, no partitions); returns how many were not there yet.</summary>
        public long AddAll(ReadOnlySpan<long> values)
        {
            const int chunk = 256;
            Span<ulong> hashes = stackalloc ulong[chunk];
            long added = 0;
            while (!values.IsEmpty)
            {
                int n = Math.Min(chunk, values.Length);
                for (int i = 0; i < n; i++)
                {
                    hashes[i] = Hash(values[i]);
                }

                added += AddAll(hashes[..n], partitionBits: 0, tag: 1);
                values = values[n..];
            }

            return added;
        }

        /// <summary>Adds the hashes of one partition; returns how many were not there yet.</summary>
        public long AddAll(ReadOnlySpan<ulong> hashes, int partitionBits, ulong tag)
        {
            if (!vectorized)
            {
                long count = 0;
                foreach (ulong hash in hashes)
                {
                    count += AddOne(hash, partitionBits, tag);
                }

                return count;
            }

            int shift = SpareBits + partitionBits;
            int bucketShift = 64 - bucketBits;
            var tags = Vector512.Create((1UL << shift) - 1);
            var current = Vector512.Create(tag);
            long added = 0;
            foreach (ulong hash in hashes)
            {
                ulong entry = (hash << shift) | tag;
                var wanted = Vector512.Create(entry);
                int bucket = (int)(entry >> bucketShift);
                while (true)
                {
                    ulong* line = entries + (bucket * Lane);
                    var held = Vector512.LoadAligned(line);
                    if (Vector512.EqualsAny(held, wanted))
                    {
                        break;
                    }

                    ulong used = Vector512.Equals(held & tags, current).ExtractMostSignificantBits();
                    if (used != 0xFF)
                    {
                        line[BitOperations.TrailingZeroCount(~used)] = entry;
                        added++;
                        break;
                    }

                    bucket = (bucket + 1) & bucketMask;
                }
            }

            return added;
        }

        /// <summary>Adds one key by linear probing over the entries (also when vectors are not accelerated).</summary>
        private int AddOne(ulong hash, int partitionBits, ulong tag)
        {
            int shift = SpareBits + partitionBits;
            ulong tagMask = (1UL << shift) - 1;
            ulong entry = (hash << shift) | tag;
            int mask = (bucketMask << 3) | (Lane - 1);
            int slot = (int)(entry >> (64 - bucketBits - 3));
            while (true)
            {
                ulong held = entries[slot];
                if ((held & tagMask) != tag)
                {
                    entries[slot] = entry;
                    return 1;
                }

                if (held == entry)
                {
                    return 0;
                }

                slot = (slot + 1) & mask;
            }
        }

        public void Dispose() => memory.Dispose();
    }
}
