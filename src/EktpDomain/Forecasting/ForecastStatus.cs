namespace EktpDomain.Forecasting;

/// <summary>The outcome of a completion forecast (R7).</summary>
public enum ForecastStatus
{
    /// <summary>A completion date was forecast.</summary>
    Forecast = 0,

    /// <summary>Every eligible resident is already recorded (remaining ≤ 0); the completion date is the as-of date.</summary>
    AlreadyComplete = 1,

    /// <summary>The pace is 0 or negative, so there is no forecast (R7).</summary>
    NoProgress = 2,

    /// <summary>
    /// The forecast needs working days beyond the calendar's holiday data, so no date is given rather than one that
    /// silently ignores holidays; or, with a calendar that allows uncovered years, beyond 9999-12-31, the last date
    /// NodaTime has. <see cref="CompletionForecast.WorkingDaysNeeded"/> is still known.
    /// </summary>
    BeyondCalendar = 3,

    /// <summary>
    /// The snapshots give no coverage at the as-of date, or none before it to measure the pace against (R21): a
    /// kecamatan of the snapshots has no snapshot that early, so there is no forecast.
    /// </summary>
    CoverageUnknown = 4,
}
