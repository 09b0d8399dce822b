using System;
using System.Globalization;

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

    /// <summary>
    /// The number of cases of a corrupted-input test: <c>EKTP_FUZZ_CASES</c> for a long run (README, "Reliability"),
    /// else <paramref name="suite"/> divided by <see cref="Divisor"/>.
    /// </summary>
    public static int FromEnvironment(int suite) =>
        int.TryParse(Environment.GetEnvironmentVariable("EKTP_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : suite / Divisor;

    /// <summary>
    /// The first seed of a corrupted-input test: <c>EKTP_FUZZ_SEED</c> (a number, or <c>random</c>), else the fixed
    /// <paramref name="suite"/> seed, so that the suite always runs the same cases.
    /// </summary>
    public static int Seed(int suite) => Environment.GetEnvironmentVariable("EKTP_FUZZ_SEED") switch
    {
        null or "" => suite,
        "random" => Environment.TickCount,
        var s => int.Parse(s, CultureInfo.InvariantCulture),
    };
}
