using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace EktpDomain;

/// <summary>
/// What every builder of bulk input shares, written once: the problems it has collected, and that it is used once.
/// A builder holds one, collects each problem of its input with <see cref="Add(SourceLocation, string)"/> instead of
/// throwing, calls <see cref="ThrowIfBuilt"/> first in every method that adds input, and builds with
/// <see cref="Finish{T}(Func{T})"/> (its <c>Build</c>) and <see cref="TryFinish{T}(Func{T}, out T, out ImmutableArray{DataProblem})"/>
/// (its <c>TryBuild</c>): these end the builder, then report every problem, in input order, or build.
/// </summary>
/// <remarks>Not thread-safe, as the builders are not.</remarks>
internal sealed class BuildState
{
    private readonly string product;
    private readonly List<(int Order, DataProblem Problem)> problems = [];
    private int lastOrder = int.MinValue;
    private bool inOrder = true;
    private bool built;

    /// <summary>Creates the state of a new builder.</summary>
    /// <param name="product">What the builder builds, such as "incident log", for the message once it has built.</param>
    public BuildState(string product)
    {
        this.product = product;
    }

    /// <summary>Whether a problem has been collected.</summary>
    public bool HasProblems => problems.Count > 0;

    /// <summary>Throws <see cref="InvalidOperationException"/> once the builder has built (or tried to): a builder is used once.</summary>
    public void ThrowIfBuilt()
    {
        if (built)
        {
            ThrowBuilt();
        }
    }

    /// <summary>Collects a problem, reported after every problem collected before it.</summary>
    /// <param name="source">Where the input came from, or <see cref="SourceLocation.None"/>.</param>
    /// <param name="message">What is wrong.</param>
    public void Add(SourceLocation source, string message) => Add(new DataProblem(source, message));

    /// <summary>Collects a problem, reported after every problem collected before it.</summary>
    /// <param name="problem">The problem.</param>
    public void Add(DataProblem problem) => problems.Add((lastOrder, problem));

    /// <summary>
    /// Collects a problem of the input at position <paramref name="order"/>, for a builder whose checks at build time
    /// find problems of input added earlier: problems are reported by that position, those of one position in the
    /// order collected.
    /// </summary>
    /// <param name="order">The position of the input in the order it was added.</param>
    /// <param name="source">Where the input came from, or <see cref="SourceLocation.None"/>.</param>
    /// <param name="message">What is wrong.</param>
    public void Add(int order, SourceLocation source, string message)
    {
        inOrder &= order >= lastOrder;
        lastOrder = Math.Max(lastOrder, order);
        problems.Add((order, new DataProblem(source, message)));
    }

    /// <summary>Ends the builder, then builds, or throws every problem.</summary>
    /// <typeparam name="T">What the builder builds.</typeparam>
    /// <param name="build">Builds from input without problems.</param>
    /// <returns>What <paramref name="build"/> built.</returns>
    /// <exception cref="DataValidationException">A problem was collected; it lists every problem, in input order.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public T Finish<T>(Func<T> build)
        where T : class =>
        OrThrow(TryFinish(build, out var result, out var found), result, found);

    /// <summary>Ends the builder, checks what only the whole input shows, then builds, or throws every problem.</summary>
    /// <typeparam name="TChecked">What the checks hand to <paramref name="build"/>, such as the input in order.</typeparam>
    /// <typeparam name="T">What the builder builds.</typeparam>
    /// <param name="check">The checks at build time; they collect problems with <see cref="Add(SourceLocation, string)"/>.</param>
    /// <param name="build">Builds from the checked input, when no problem was collected.</param>
    /// <returns>What <paramref name="build"/> built.</returns>
    /// <exception cref="DataValidationException">A problem was collected; it lists every problem, in input order.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public T Finish<TChecked, T>(Func<TChecked> check, Func<TChecked, T> build)
        where T : class =>
        OrThrow(TryFinish(check, build, out var result, out var found), result, found);

    /// <summary>Ends the builder, then builds, or returns every problem.</summary>
    /// <typeparam name="T">What the builder builds.</typeparam>
    /// <param name="build">Builds from input without problems; not called when a problem was collected.</param>
    /// <param name="result">What <paramref name="build"/> built, or null when there are problems.</param>
    /// <param name="found">Every problem, in input order (empty on success).</param>
    /// <returns>Whether it was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public bool TryFinish<T>(Func<T> build, [NotNullWhen(true)] out T? result, out ImmutableArray<DataProblem> found)
        where T : class =>
        TryFinish(() => build, static make => make(), out result, out found);

    /// <summary>Ends the builder, checks what only the whole input shows, then builds, or returns every problem.</summary>
    /// <typeparam name="TChecked">What the checks hand to <paramref name="build"/>, such as the input in order.</typeparam>
    /// <typeparam name="T">What the builder builds.</typeparam>
    /// <param name="check">The checks at build time, run once the builder is ended; they collect problems with <see cref="Add(SourceLocation, string)"/>.</param>
    /// <param name="build">Builds from the checked input; not called when a problem was collected.</param>
    /// <param name="result">What <paramref name="build"/> built, or null when there are problems.</param>
    /// <param name="found">Every problem, in input order (empty on success).</param>
    /// <returns>Whether it was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public bool TryFinish<TChecked, T>(Func<TChecked> check, Func<TChecked, T> build, [NotNullWhen(true)] out T? result, out ImmutableArray<DataProblem> found)
        where T : class
    {
        ThrowIfBuilt();
        built = true;
        var input = check();
        if (problems.Count > 0)
        {
            result = null;
            found = inOrder ? [.. problems.Select(p => p.Problem)] : [.. problems.OrderBy(p => p.Order).Select(p => p.Problem)];
            return false;
        }

        result = build(input);
        found = [];
        return true;
    }

    private static T OrThrow<T>(bool built, T? result, ImmutableArray<DataProblem> found)
        where T : class =>
        built ? result! : throw new DataValidationException(found);

    [DoesNotReturn]
    private void ThrowBuilt() =>
        throw new InvalidOperationException($"This builder has already built its {product}; create a new builder.");
}
