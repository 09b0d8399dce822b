namespace EktpDomain.Devices;

/// <summary>Who paid for a recording set (R5, R9).</summary>
public enum FundingSource
{
    /// <summary>Central government (APBN, <c>apbn</c> in devices.csv): the original 58 sets of Kabupaten Tangerang.</summary>
    Apbn = 0,

    /// <summary>The regency's own budget (APBD, <c>apbd</c> in devices.csv): where extra sets come from (R9).</summary>
    Apbd = 1,
}
