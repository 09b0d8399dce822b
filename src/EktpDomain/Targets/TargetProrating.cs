namespace EktpDomain.Targets;

/// <summary>Whether a month's target is reduced when a window covers only part of it (R2).</summary>
public enum TargetProrating
{
    /// <summary>
    /// No pro-rating: a window that covers part of a month is held to that month's whole target, as the article does
    /// for 2–30 April. This is the default.
    /// </summary>
    None = 0,

    /// <summary>
    /// Pro-rate by national working days: ceil(requirement × working days in the window ÷ working days in the month).
    /// National working days ignore kecamatan closures: a closure does not lower a kecamatan's target.
    /// </summary>
    WorkingDays = 1,
}
