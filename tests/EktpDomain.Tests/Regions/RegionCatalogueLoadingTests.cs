using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Regions;

/// <summary>Loading the catalogue: once, safely from many threads, and into modest memory.</summary>
[Collection(nameof(CatalogueLoadingGroup))]
public class RegionCatalogueLoadingTests
{
    [Fact]
    public void Kemendagri2025_ConcurrentFirstAccess_GivesOneInstanceAndConsistentAnswers()
    {
        // Other tests have already loaded this process's catalogue, so load a fresh copy of the assembly, whose
        // statics start empty, and let many threads race for its first access.
        var context = new AssemblyLoadContext("region-catalogue-first-access", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromAssemblyPath(typeof(RegionCatalogue).Assembly.Location);
            Type catalogueType = assembly.GetType(typeof(RegionCatalogue).FullName!, throwOnError: true)!;
            Type codeType = assembly.GetType(typeof(RegionCode).FullName!, throwOnError: true)!;
            catalogueType.Should().NotBeSameAs(typeof(RegionCatalogue));
            var lazy = catalogueType.GetField("Kemendagri2025Instance", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            PropertyInfo isValueCreated = lazy.GetType().GetProperty("IsValueCreated")!;
            ((bool)isValueCreated.GetValue(lazy)!).Should().BeFalse("the fresh copy has not loaded its catalogue yet");

            PropertyInfo instance = catalogueType.GetProperty(nameof(RegionCatalogue.Kemendagri2025))!;
            PropertyInfo count = catalogueType.GetProperty(nameof(RegionCatalogue.Count))!;
            MethodInfo getName = catalogueType.GetMethod(nameof(RegionCatalogue.GetName))!;
            MethodInfo getChildren = catalogueType.GetMethod(nameof(RegionCatalogue.GetChildren))!;
            object tangerang = Activator.CreateInstance(codeType, 36, 3)!;

            const int threads = 16;
            var catalogues = new object[threads];
            var answers = new string[threads];
            using var barrier = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
            {
                barrier.SignalAndWait();
                object catalogue = instance.GetValue(null)!;
                catalogues[i] = catalogue;
                answers[i] = $"{count.GetValue(catalogue)} {getName.Invoke(catalogue, [tangerang])} {((ICollection)((IEnumerable)getChildren.Invoke(catalogue, [tangerang])!).Cast<object>().ToList()).Count}";
            })).ToList();
            workers.ForEach(worker => worker.Start());
            workers.ForEach(worker => worker.Join());

            catalogues.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle("every thread gets the one catalogue");
            answers.Should().AllBe("91599 Kabupaten Tangerang 29");
            ((bool)isValueCreated.GetValue(lazy)!).Should().BeTrue();
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void LoadEmbedded_RetainedMemory_IsUnderTenMegabytes()
    {
        // The collectible copy another test of this class unloads frees its own catalogue over several collections,
        // each after finalizers have run, and GetTotalMemory(true) stops collecting once the heap changes by under 5%:
        // let it go first, or its catalogue (some 4.5 MB) freed between the two readings makes this one's figure negative.
        for (int i = 0; i < 8; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var catalogue = RegionCatalogue.LoadEmbedded();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(catalogue);

        long retained = after - before;
        TestContext.Current.TestOutputHelper?.WriteLine($"Retained by one loaded catalogue: {retained:N0} bytes");
        retained.Should().BePositive().And.BeLessThan(10_000_000);
    }

    [Fact]
    public void LoadEmbedded_EachCall_DecodesANewEqualCatalogue()
    {
        var first = RegionCatalogue.LoadEmbedded();
        var second = RegionCatalogue.LoadEmbedded();

        second.Should().NotBeSameAs(first);
        second.Count.Should().Be(first.Count);
        second.GetName(KabupatenTangerang.SepatanTimur.Code).Should().Be("Sepatan Timur");
    }
}

/// <summary>Runs the loading tests alone, so that other tests' allocations do not disturb the memory figure.</summary>
[CollectionDefinition(nameof(CatalogueLoadingGroup), DisableParallelization = true)]
public sealed class CatalogueLoadingGroup;
