namespace Training.Certificates;

/// <param name="UnitPaths">People assigned on <paramref name="AsOf"/> under one of these; null for one person's own (<paramref name="StaffId"/>).</param>
/// <param name="Today">The day in Cao Bằng that decides Expired.</param>
public sealed record CertificateListFilter(IReadOnlyList<string>? UnitPaths, DateOnly AsOf, DateOnly Today, Guid? StaffId, Guid? CourseId,
    CertificateStatus? Status, DateOnly? IssuedFrom, DateOnly? IssuedTo, Guid? SessionId = null, DateOnly? ExpiringBy = null);

public sealed record CertificateListRow(Guid Id, string Serial, string VerificationCode, Guid StaffId, string Holder, Guid CourseId, string CourseCode,
    string CourseTitle, DateTimeOffset IssuedAt, DateOnly? ExpiresOn, DateTimeOffset? RevokedAt);

/// <summary>The registry, projected and paged in SQL, newest first.</summary>
public interface ICertificateListQuery
{
    Task<(IReadOnlyList<CertificateListRow> Rows, long Total)> GetPageAsync(CertificateListFilter filter, int skip, int take,
        CancellationToken cancellationToken = default);

    IAsyncEnumerable<CertificateListRow> ReadAsync(CertificateListFilter filter);

    /// <summary>The certificates themselves, for a ZIP of a session's papers (a few hundred at most), by serial.</summary>
    Task<List<Certificate>> GetCertificatesAsync(CertificateListFilter filter, CancellationToken cancellationToken = default);
}
