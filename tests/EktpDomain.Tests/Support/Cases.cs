namespace EktpDomain.Tests.Support;

/// <summary>
/// How many random cases the property and fuzz tests run. A mutation run (<c>EKTP_MUTATION=1</c> at build time, see
/// the README's "Reliability") divides the larger counts by <see cref="Divisor"/>: Stryker runs the covering tests
/// once per mutant, thousands of times, and fewer cases can only let more mutants survive, never fewer.
/// </summary>
internal static class Cases
{
#if MUTATION
    public const int Divisor = 10;
#else
    public const int Divisor = 1;
#endif
}
