namespace EktpDomain.Attainment;

/// <summary>How close a kecamatan came to its target (R4). The bounds are in <see cref="AttainmentBands"/>.</summary>
public enum AttainmentBand
{
    /// <summary>Attainment ≥ 1: the target was met.</summary>
    Met = 0,

    /// <summary>Attainment from the near threshold (default 0.8) up to, not including, 1.</summary>
    Near = 1,

    /// <summary>Attainment from the behind threshold (default 0.5) up to, not including, the near threshold.</summary>
    Behind = 2,

    /// <summary>Attainment below the behind threshold, including a negative net realisation.</summary>
    Critical = 3,

    /// <summary>The target is 0, so attainment is not applicable.</summary>
    NotApplicable = 4,

    /// <summary>
    /// The target is above 0, but the snapshots cannot give the realisation (R21): the kecamatan neither met nor missed
    /// its target.
    /// </summary>
    Unknown = 5,
}
