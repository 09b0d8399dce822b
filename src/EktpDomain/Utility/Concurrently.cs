using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace EktpDomain.Utility;

/// <summary>Runs two independent computations at the same time and waits for both.</summary>
internal static class Concurrently
{
    /// <summary>
    /// Runs <paramref name="onCaller"/> on the calling thread and <paramref name="beside"/> on another, and returns
    /// both results once both are done. An exception is rethrown as it was thrown, not wrapped in an
    /// <see cref="AggregateException"/>; when both fail, the calling thread's is the one thrown.
    /// </summary>
    internal static (TBeside Beside, TOnCaller OnCaller) Run<TBeside, TOnCaller>(Func<TBeside> beside, Func<TOnCaller> onCaller)
    {
        TBeside besideResult = default!;
        TOnCaller onCallerResult = default!;
        ExceptionDispatchInfo? besideFailure = null, onCallerFailure = null;

        // Parallel.Invoke runs its first action on the calling thread and waits for the other. Each action keeps its
        // own exception, so that it can be rethrown as thrown rather than inside Parallel.Invoke's AggregateException.
        Parallel.Invoke(
            () =>
            {
                try
                {
                    onCallerResult = onCaller();
                }
                catch (Exception e)
                {
                    onCallerFailure = ExceptionDispatchInfo.Capture(e);
                }
            },
            () =>
            {
                try
                {
                    besideResult = beside();
                }
                catch (Exception e)
                {
                    besideFailure = ExceptionDispatchInfo.Capture(e);
                }
            });

        onCallerFailure?.Throw();
        besideFailure?.Throw();
        return (besideResult, onCallerResult);
    }
}
