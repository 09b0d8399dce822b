using System;
using System.Collections.Generic;
using FluentAssertions;

namespace EktpDomain.Tests.Support;

/// <summary>
/// Checks the whole equality and comparison contract of a value type (one reusable helper for every value type).
/// <see cref="AssertEquality{T}"/> also serves immutable sealed classes with value equality, such as Kecamatan.
/// </summary>
public static class ValueContract
{
    /// <summary>
    /// Checks <see cref="IEquatable{T}"/>, <see cref="object.Equals(object)"/>, <see cref="object.GetHashCode"/>,
    /// the <c>==</c>/<c>!=</c> operators (through <paramref name="equalsOperator"/>), and that
    /// <paramref name="equal"/> equals <paramref name="value"/> while <paramref name="different"/> does not.
    /// </summary>
    public static void AssertEquality<T>(T value, T equal, T different, Func<T, T, bool> equalsOperator, Func<T, T, bool> notEqualsOperator)
        where T : notnull, IEquatable<T>
    {
        value.Equals(equal).Should().BeTrue("equal values are Equal");
        equal.Equals(value).Should().BeTrue("equality is symmetric");
        value.Equals(value).Should().BeTrue("equality is reflexive");
        value.Equals(different).Should().BeFalse("different values are not Equal");
        different.Equals(value).Should().BeFalse("inequality is symmetric");

        value.Equals((object)equal).Should().BeTrue("object.Equals agrees with IEquatable");
        value.Equals((object)different).Should().BeFalse("object.Equals agrees with IEquatable");
        object boxed = value;
        boxed.Equals(null).Should().BeFalse("no value equals null");
        value.Equals(new object()).Should().BeFalse("no value equals an object of another type");

        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");

        equalsOperator(value, equal).Should().BeTrue("operator == agrees with Equals");
        equalsOperator(value, different).Should().BeFalse("operator == agrees with Equals");
        notEqualsOperator(value, equal).Should().BeFalse("operator != is the negation of ==");
        notEqualsOperator(value, different).Should().BeTrue("operator != is the negation of ==");
    }

    /// <summary>Checks every pair of <paramref name="values"/>: equal, with equal hash codes, exactly when their parts are.</summary>
    public static void AssertEqualExactlyWhenPartsAre<T>(T[] values, Func<T, object> parts)
        where T : IEquatable<T>
    {
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                bool same = parts(a).Equals(parts(b));
                a.Equals(b).Should().Be(same, $"{a} and {b}");
                if (same)
                {
                    a.GetHashCode().Should().Be(b.GetHashCode());
                }
            }
        }
    }

    /// <summary>
    /// Checks <see cref="IComparable{T}"/>, the non-generic <see cref="IComparable"/> and the four ordering operators
    /// on <paramref name="smaller"/> &lt; <paramref name="larger"/>, with <paramref name="equalToSmaller"/> equal to
    /// <paramref name="smaller"/>.
    /// </summary>
    public static void AssertOrdering<T>(
        T smaller,
        T equalToSmaller,
        T larger,
        Func<T, T, bool> lessThan,
        Func<T, T, bool> lessOrEqual,
        Func<T, T, bool> greaterThan,
        Func<T, T, bool> greaterOrEqual)
        where T : struct, IComparable<T>, IComparable
    {
        smaller.CompareTo(larger).Should().BeNegative();
        larger.CompareTo(smaller).Should().BePositive();
        smaller.CompareTo(equalToSmaller).Should().Be(0);

        ((IComparable)smaller).CompareTo(larger).Should().BeNegative();
        ((IComparable)smaller).CompareTo(equalToSmaller).Should().Be(0);
        ((IComparable)smaller).CompareTo(null).Should().BePositive("every value sorts after null");
        var wrongType = () => ((IComparable)smaller).CompareTo("not a value");
        wrongType.Should().Throw<ArgumentException>().WithParameterName("obj");

        lessThan(smaller, larger).Should().BeTrue();
        lessThan(larger, smaller).Should().BeFalse();
        lessThan(smaller, equalToSmaller).Should().BeFalse();
        lessOrEqual(smaller, larger).Should().BeTrue();
        lessOrEqual(smaller, equalToSmaller).Should().BeTrue();
        lessOrEqual(larger, smaller).Should().BeFalse();
        greaterThan(larger, smaller).Should().BeTrue();
        greaterThan(smaller, larger).Should().BeFalse();
        greaterThan(smaller, equalToSmaller).Should().BeFalse();
        greaterOrEqual(larger, smaller).Should().BeTrue();
        greaterOrEqual(smaller, equalToSmaller).Should().BeTrue();
        greaterOrEqual(smaller, larger).Should().BeFalse();
    }

    /// <summary>
    /// Checks that <see cref="IComparable{T}"/> gives
    /// <paramref name="expectedOrder"/> is strictly increasing, and that CompareTo is antisymmetric and consistent with Equals on them.
    /// </summary>
    public static void AssertTotalOrder<T>(IReadOnlyList<T> expectedOrder)
        where T : struct, IComparable<T>, IEquatable<T>
    {
        for (int i = 0; i < expectedOrder.Count; i++)
        {
            for (int j = 0; j < expectedOrder.Count; j++)
            {
                int comparison = expectedOrder[i].CompareTo(expectedOrder[j]);
                Math.Sign(comparison).Should().Be(Math.Sign(i.CompareTo(j)), $"{expectedOrder[i]} vs {expectedOrder[j]}");
                expectedOrder[i].Equals(expectedOrder[j]).Should().Be(i == j);
            }
        }
    }
}
