using System;
using FluentAssertions;

namespace EktpDomain.Tests.Support;

/// <summary>Checks the exact type, parameter and message of an argument error, for tests of the rule that bad input gets a clear message naming the value.</summary>
public static class ExactArgumentErrors
{
    public static TException Throws<TException>(Action act, string paramName, string message)
        where TException : ArgumentException
    {
        var thrown = act.Should().ThrowExactly<TException>().Which;
        thrown.ParamName.Should().Be(paramName);
        thrown.Message.Should().Be(message);
        return thrown;
    }

    /// <summary>The message of an <see cref="ArgumentOutOfRangeException"/> that carries the actual value.</summary>
    public static string WithValue(string message, string paramName, object value) =>
        $"{message} (Parameter '{paramName}'){Environment.NewLine}Actual value was {value}.";
}
