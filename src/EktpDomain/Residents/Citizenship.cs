namespace EktpDomain.Residents;

/// <summary>
/// A resident's citizenship and stay permit, which decide whether the e-KTP duty of UU 24/2013 Art. 63(1) can apply
/// at all (see <see cref="Eligibility"/>).
/// </summary>
public enum Citizenship
{
    /// <summary>An Indonesian citizen (WNI, warga negara Indonesia).</summary>
    Citizen = 0,

    /// <summary>
    /// A foreigner (WNA) holding a permanent stay permit (KITAP, kartu izin tinggal tetap). Such foreigners must hold
    /// an e-KTP on the same terms as citizens.
    /// </summary>
    ForeignerWithPermanentStayPermit = 1,

    /// <summary>
    /// Any other foreigner, such as one with only a limited stay permit (KITAS) or a visit visa. Never eligible.
    /// </summary>
    OtherForeigner = 2,
}
