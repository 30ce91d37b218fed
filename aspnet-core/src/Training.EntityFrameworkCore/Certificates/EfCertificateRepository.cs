using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Training.Certificates;

namespace Training.EntityFrameworkCore.Certificates;

public sealed class EfCertificateRepository(TrainingDbContext db) : ICertificateRepository
{
    public Task<Certificate?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Certificates.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Certificate?> FindByCodeAsync(string verificationCode, CancellationToken cancellationToken = default) =>
        db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == verificationCode, cancellationToken);

    public async Task<HashSet<Guid>> GetCertifiedAsync(IReadOnlyCollection<Guid> completionIds, CancellationToken cancellationToken = default) =>
        (await db.Certificates.Where(c => completionIds.Contains(c.CompletionId)).Select(c => c.CompletionId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

    public Task<Certificate?> FindCurrentAsync(Guid staffMemberId, Guid courseId, CancellationToken cancellationToken = default) =>
        db.Certificates.Where(c => c.StaffMemberId == staffMemberId && c.CourseId == courseId && c.RevokedAt == null)
            .OrderByDescending(c => c.IssuedAt).FirstOrDefaultAsync(cancellationToken);

    public async Task<int> NextSequenceAsync(int year, string courseCode, int count, CancellationToken cancellationToken = default)
    {
        // One statement on both engines: the counter's row is created or bumped atomically and the new value returned.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = """
                INSERT INTO "CertificateSequences" ("Year", "CourseCode", "Last") VALUES (@year, @code, @count)
                ON CONFLICT ("Year", "CourseCode") DO UPDATE SET "Last" = "CertificateSequences"."Last" + @count
                RETURNING "Last"
                """;
            Add(command, "@year", year);
            Add(command, "@code", courseCode);
            Add(command, "@count", count);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<List<Certificate>> GetExpiringAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        db.Certificates.AsNoTracking().Where(c => c.RevokedAt == null && c.ExpiresOn >= from && c.ExpiresOn <= to).OrderBy(c => c.ExpiresOn)
            .ToListAsync(cancellationToken);

    public async Task InsertAsync(Certificate certificate, CancellationToken cancellationToken = default) =>
        await db.Certificates.AddAsync(certificate, cancellationToken);

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

public sealed class EfCertificateSettingsRepository(TrainingDbContext db) : ICertificateSettingsRepository
{
    public async Task<CertificateSettings?> FindNearestAsync(IReadOnlyList<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var found = await db.CertificateSettings.Where(s => unitIds.Contains(s.UnitId)).ToListAsync(cancellationToken);
        return unitIds.Select(id => found.FirstOrDefault(s => s.UnitId == id)).FirstOrDefault(s => s is not null);
    }

    public Task<CertificateSettings?> FindAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        db.CertificateSettings.FirstOrDefaultAsync(s => s.UnitId == unitId, cancellationToken);

    public async Task InsertAsync(CertificateSettings settings, CancellationToken cancellationToken = default) =>
        await db.CertificateSettings.AddAsync(settings, cancellationToken);
}
