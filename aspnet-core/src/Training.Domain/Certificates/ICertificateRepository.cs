namespace Training.Certificates;

public interface ICertificateRepository
{
    Task<Certificate?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>By the verification code, through its unique index: a code that exists and one that does not cost the same.</summary>
    Task<Certificate?> FindByCodeAsync(string verificationCode, CancellationToken cancellationToken = default);

    /// <summary>The completions among these that already have a certificate.</summary>
    Task<HashSet<Guid>> GetCertifiedAsync(IReadOnlyCollection<Guid> completionIds, CancellationToken cancellationToken = default);

    /// <summary>The certificate a person holds now for a course version (the latest not revoked), if any.</summary>
    Task<Certificate?> FindCurrentAsync(Guid staffMemberId, Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the next <paramref name="count"/> numbers of <paramref name="year"/> and <paramref name="courseCode"/> at once in the
    /// database (an upsert on the counter's row) and returns the last of them: concurrent issuers on any node get distinct
    /// numbers, and a number is never given twice, even when the certificate it was taken for is not saved.
    /// </summary>
    Task<int> NextSequenceAsync(int year, string courseCode, int count, CancellationToken cancellationToken = default);

    /// <summary>Not revoked, expiring between the two dates (inclusive).</summary>
    Task<List<Certificate>> GetExpiringAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task InsertAsync(Certificate certificate, CancellationToken cancellationToken = default);
}

public interface ICertificateSettingsRepository
{
    /// <summary>The settings of the first of these units that has any (the organiser, then its parents).</summary>
    Task<CertificateSettings?> FindNearestAsync(IReadOnlyList<Guid> unitIds, CancellationToken cancellationToken = default);

    Task<CertificateSettings?> FindAsync(Guid unitId, CancellationToken cancellationToken = default);

    Task InsertAsync(CertificateSettings settings, CancellationToken cancellationToken = default);
}
