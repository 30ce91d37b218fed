using Microsoft.EntityFrameworkCore;
using Training.Certificates;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.EntityFrameworkCore.Rosters;

namespace Training.EntityFrameworkCore.Certificates;

public sealed class EfCertificateListQuery(TrainingDbContext db) : ICertificateListQuery
{
    public async Task<(IReadOnlyList<CertificateListRow> Rows, long Total)> GetPageAsync(CertificateListFilter filter, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var rows = await Rows(filter).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, skip == 0 && rows.Count < take ? rows.Count : await Found(filter).LongCountAsync(cancellationToken));
    }

    public IAsyncEnumerable<CertificateListRow> ReadAsync(CertificateListFilter filter) => Rows(filter).AsAsyncEnumerable();

    public Task<List<Certificate>> GetCertificatesAsync(CertificateListFilter filter, CancellationToken cancellationToken = default) =>
        Found(filter).OrderBy(x => x.Certificate.Serial).Select(x => x.Certificate).AsNoTracking().ToListAsync(cancellationToken);

    private IQueryable<CertificateListRow> Rows(CertificateListFilter filter) =>
        Found(filter).OrderByDescending(x => x.Certificate.IssuedAt).ThenBy(x => x.Certificate.Id)
            .Select(x => new CertificateListRow(x.Certificate.Id, x.Certificate.Serial, x.Certificate.VerificationCode, x.Certificate.StaffMemberId,
                x.Certificate.HolderName, x.Certificate.CourseId, x.Certificate.CourseCode, x.Certificate.CourseTitle, x.Certificate.IssuedAt,
                x.Certificate.ExpiresOn, x.Certificate.RevokedAt));

    private IQueryable<CertificateOfPerson> Found(CertificateListFilter f)
    {
        var found = f.UnitPaths is { } paths
            ? from k in db.Certificates
              join r in StaffOnDate.In(db, UnitPathPredicate.InAny(paths), f.AsOf, activeOnly: false) on k.StaffMemberId equals r.Staff.Id
              select new CertificateOfPerson { Certificate = k }
            : db.Certificates.Select(k => new CertificateOfPerson { Certificate = k });
        if (f.StaffId is { } staffId)
        {
            found = found.Where(x => x.Certificate.StaffMemberId == staffId);
        }

        if (f.CourseId is { } courseId)
        {
            found = found.Where(x => x.Certificate.CourseId == courseId);
        }

        if (f.SessionId is { } sessionId)
        {
            found = found.Where(x => x.Certificate.SessionId == sessionId && x.Certificate.RevokedAt == null);
        }

        if (f.ExpiringBy is { } by)
        {
            found = found.Where(x => x.Certificate.RevokedAt == null && x.Certificate.ExpiresOn <= by);
        }

        if (f.IssuedFrom is { } from)
        {
            found = found.Where(x => x.Certificate.IssuedOn >= from);
        }

        if (f.IssuedTo is { } to)
        {
            found = found.Where(x => x.Certificate.IssuedOn <= to);
        }

        var today = f.Today;
        return f.Status switch
        {
            CertificateStatus.Revoked => found.Where(x => x.Certificate.RevokedAt != null),
            CertificateStatus.Expired => found.Where(x => x.Certificate.RevokedAt == null && x.Certificate.ExpiresOn < today),
            CertificateStatus.Valid => found.Where(x => x.Certificate.RevokedAt == null && (x.Certificate.ExpiresOn == null || x.Certificate.ExpiresOn >= today)),
            _ => found,
        };
    }

    private sealed class CertificateOfPerson
    {
        public Certificate Certificate { get; init; } = null!;
    }
}
