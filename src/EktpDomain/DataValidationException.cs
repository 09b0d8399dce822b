using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EktpDomain;

/// <summary>
/// Thrown when bulk input (a ledger, an inventory, a data folder) is invalid. It carries <em>every</em> problem
/// found, not just the first, each with its <see cref="SourceLocation"/>.
/// </summary>
/// <remarks>
/// It derives from <see cref="FormatException"/>, the nearest BCL type for "the input data is malformed". Its
/// <see cref="Exception.Message"/> lists the problems one per line, in the <c>FILE:LINE: message</c> form.
/// </remarks>
public sealed class DataValidationException : FormatException
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    /// <param name="problems">The problems, in the order they should be reported.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DataValidationException(IEnumerable<DataProblem> problems)
        : this(ToArray(problems))
    {
    }

    private DataValidationException(ImmutableArray<DataProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a single message and no source.</summary>
    public DataValidationException()
        : this([new DataProblem(SourceLocation.None, "The input data is invalid.")])
    {
    }

    /// <summary>Creates the exception with a single message and no source.</summary>
    /// <param name="message">The problem.</param>
    public DataValidationException(string message)
        : this([new DataProblem(SourceLocation.None, message)])
    {
    }

    /// <summary>Creates the exception with a single message and an inner exception.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public DataValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new DataProblem(SourceLocation.None, message)];
    }

    /// <summary>Every problem found, in report order.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    private static ImmutableArray<DataProblem> ToArray(IEnumerable<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToImmutableArray();
        return array.IsEmpty ? throw new ArgumentException("At least one problem is required.", nameof(problems)) : array;
    }
}
