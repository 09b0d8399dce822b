using System;
using System.Threading;
using EktpDomain.Utility;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Utility;

public class ConcurrentlyTests
{
    [Fact]
    public void Run_BothSucceed_ReturnsBothResults()
    {
        var (beside, onCaller) = Concurrently.Run(() => "capacity", () => 42);

        beside.Should().Be("capacity");
        onCaller.Should().Be(42);
    }

    [Fact]
    public void Run_BesideFails_ThrowsItsExceptionUnwrapped()
    {
        var failure = new InvalidOperationException("beside failed");

        var act = () => Concurrently.Run<int, int>(() => throw failure, () => 1);

        act.Should().Throw<InvalidOperationException>().Which.Should().BeSameAs(failure);
    }

    [Fact]
    public void Run_BothFail_ThrowsTheCallersAfterTheOtherHasFinished()
    {
        int besideFinished = 0;
        var failure = new ArgumentOutOfRangeException("window");

        var act = () => Concurrently.Run<int, int>(
            () =>
            {
                Thread.Sleep(50);
                Interlocked.Exchange(ref besideFinished, 1);
                throw new InvalidOperationException("beside failed");
            },
            () => throw failure);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Should().BeSameAs(failure);
        Volatile.Read(ref besideFinished).Should().Be(1, "no work is left running when the call returns");
    }
}
