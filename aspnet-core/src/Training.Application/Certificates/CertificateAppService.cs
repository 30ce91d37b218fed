using System.IO.Compression;
using Training.Auditing;
using Training.Common;
using Training.Courses;
using Training.Documents;
using Training.Files;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Certificates;

/// <summary>
/// The certificates' use cases. Reading one is for its holder, or for someone who reads rosters and holds the holder's
/// unit in scope (404 otherwise, as for an absent one); issuing, revoking and re-issuing need their permission and the
/// person within the caller's units.
/// </summary>
public sealed class CertificateAppService(
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ICertificateRepository certificates,
    ICertificateListQuery list,
    ICertificateSettingsRepository settingsRepository,
    CertificateManager manager,
    CompletionManager completionManager,
    ICompletionRepository completions,
    ICourseRepository courses,
    ITrainingSessionRepository sessions,
    IStaffMemberRepository staff,
    IOrganizationUnitRepository units,
    RosterAccess access,
    IUnitScope scope,
    IBlobStore blobs,
    PersonalDataAudit audit,
    ITrainingUnitOfWork unitOfWork,
    CertificateLinks links,
    TimeProvider clock) : ICertificateAppService
{
    public async Task<PagedResultDto<CertificateDto>> GetListAsync(GetCertificatesInput input, CancellationToken cancellationToken = default)
    {
        var filter = await FilterAsync(input, cancellationToken);
        var (rows, total) = await list.GetPageAsync(filter, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<CertificateDto>(rows.Select(r => r.ToDto(filter.Today)).ToList(), total);
    }

    public async Task<FileContentDto> ExportAsync(GetCertificatesInput input, CancellationToken cancellationToken = default)
    {
        var filter = await FilterAsync(input, cancellationToken);
        await audit.RecordAsync(AuditAction.Exported, nameof(Certificate), "export", filter.UnitPaths ?? [], new { input.UnitCode, input.StaffId, asOf = filter.AsOf },
            cancellationToken);
        var sheet = new CertificateRegistrySheet(filter.AsOf, filter.Today);
        return new FileContentDto($"so-cap-giay-chung-nhan-{filter.AsOf:yyyy-MM-dd}.xlsx", ContentTypes.Xlsx,
            (output, token) => sheet.WriteAsync(output, list.ReadAsync(filter).Select(r => r.ToDto(filter.Today)), token));
    }

    public async Task<CertificateDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ReadableAsync(id, cancellationToken)).ToDetailDto(BusinessClock.Today(clock), links);

    public async Task<FileContentDto> GetPdfAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var certificate = await ReadableAsync(id, cancellationToken);
        return FileContentDto.FromBytes(FileName(certificate), ContentTypes.Pdf, await RenderAsync(certificate, cancellationToken));
    }

    public async Task<CertificateDetailDto> IssueAsync(IssueCertificateDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Certificates.Issue, cancellationToken);
        var person = await staff.FindAsync(input.StaffId!.Value, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffNotFound);
        var completedOn = input.CompletedOn!.Value;
        if (completedOn > BusinessClock.Today(clock) || (person.BirthDate is { } born && completedOn <= born))
        {
            throw new TrainingException(TrainingErrorCodes.CertificateDateInvalid) { Field = "completedOn" };
        }

        await access.EnsureMayChangeAsync(person, completedOn, cancellationToken);
        var course = await courses.FindAsync(input.CourseId!.Value, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);
        if (course.Status == CourseStatus.Draft)
        {
            throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);
        }

        if (!course.IssuesCertificate)
        {
            throw new TrainingException(TrainingErrorCodes.CourseGrantsNoCertificate, TrainingErrorKind.Conflict) { Field = "courseId" };
        }

        TrainingSession? session = null;
        if (input.SessionId is { } sessionId)
        {
            session = await sessions.FindAsync(sessionId, cancellationToken);
            if (session is null || session.CourseId != course.Id)
            {
                throw new TrainingException(TrainingErrorCodes.SessionNotFound) { Field = "sessionId" };
            }
        }

        var now = clock.GetUtcNow();
        var issuedBy = currentUser.Id!.Value;
        Certificate? certificate;
        if (await completions.FindAsync(person.Id, course.Id, completedOn, cancellationToken) is { } completion)
        {
            if ((await certificates.GetCertifiedAsync([completion.Id], cancellationToken)).Count > 0)
            {
                throw new TrainingException(TrainingErrorCodes.CertificateAlreadyIssued, TrainingErrorKind.Conflict);
            }

            certificate = await manager.IssueAsync(completion, course, session, now, issuedBy, input.Reason, cancellationToken);
        }
        else
        {
            (_, certificate) = await completionManager.RecordByHandAsync(person.Id, course, completedOn, session, now, issuedBy, input.Reason!, cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return certificate!.ToDetailDto(BusinessClock.Today(clock), links);
    }

    public async Task<SessionCertificatesResultDto> IssueForSessionAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Certificates.Issue, cancellationToken);
        var (session, _) = await SessionAsync(sessionId, cancellationToken);
        var course = await courses.FindAsync(session.CourseId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);
        if (!course.IssuesCertificate)
        {
            throw new TrainingException(TrainingErrorCodes.CourseGrantsNoCertificate, TrainingErrorKind.Conflict);
        }

        // One issuer of a session at a time, on every node (the session's row locked, as for its attendance and enrolments): the
        // second reads what the first issued, so that every call answers {issued, skipped} and none writes twice.
        SessionCertificatesResultDto result = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await sessions.LockAsync(session.Id, cancellationToken);
            var done = await completions.GetForSessionAsync(session.Id, cancellationToken);
            var certified = await certificates.GetCertifiedAsync(done.Select(c => c.Id).ToList(), cancellationToken);
            var pending = done.Where(c => !certified.Contains(c.Id)).ToList();
            var changeable = await ChangeableAsync(pending, cancellationToken);
            var issued = await manager.IssueAsync(pending.Where(c => changeable.Contains(c.StaffMemberId)).ToList(), course, session, clock.GetUtcNow(),
                currentUser.Id, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            result = new SessionCertificatesResultDto(issued.Count, done.Count - issued.Count);
        }, cancellationToken);
        return result;
    }

    /// <summary>The people of these completions whom the caller may change on the completion's date and today (one query per date).</summary>
    private async Task<HashSet<Guid>> ChangeableAsync(IReadOnlyCollection<CourseCompletion> pending, CancellationToken cancellationToken)
    {
        var people = (await staff.GetByIdsAsync(pending.Select(c => c.StaffMemberId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var changeable = new HashSet<Guid>();
        foreach (var day in pending.GroupBy(c => c.CompletedOn))
        {
            var ofDay = day.Select(c => c.StaffMemberId).Distinct().Where(people.ContainsKey).Select(id => people[id]).ToList();
            var mayChange = await access.GetChangeableAsync(ofDay, day.Key, cancellationToken);
            changeable.UnionWith(ofDay.Where(p => mayChange.Contains(p.Id)).Select(p => p.Id));
        }

        return changeable;
    }

    /// <remarks>Papers carry birth dates: a reader of rosters only (the route lets holders of certificates in), and only the people
    /// of the caller's units among those the session enrolled.</remarks>
    public async Task<FileContentDto> GetSessionZipAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Default, cancellationToken);
        var (session, organizer) = await SessionAsync(sessionId, cancellationToken);
        var today = BusinessClock.Today(clock);
        var filter = new CertificateListFilter(await scope.GetPathsAsync(cancellationToken), today, today, null, null, null, null, null, session.Id);
        var papers = await list.GetCertificatesAsync(filter, cancellationToken);
        var signatures = new Dictionary<Guid, byte[]?>();
        foreach (var blobId in papers.Select(c => c.SignatureBlobId).OfType<Guid>().Distinct())
        {
            signatures[blobId] = await blobs.GetAsync(blobId, cancellationToken);
        }

        await audit.RecordAsync(AuditAction.Exported, nameof(Certificate), session.Id.ToString(), [organizer.Path], new { sessionId, count = papers.Count },
            cancellationToken);
        return new FileContentDto($"giay-chung-nhan-lop-{session.FirstDay:yyyy-MM-dd}.zip", ContentTypes.Zip, async (output, token) =>
        {
            // Each paper is drawn and written into the archive before the next is drawn; the archive is built in a temporary file
            // because the zip writer is synchronous and the response takes asynchronous writes only.
            await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var certificate in papers)
                {
                    var pdf = CertificatePdf.Render(certificate.ToPrint(links, certificate.SignatureBlobId is { } id ? signatures[id] : null));
                    using var stream = zip.CreateEntry(FileName(certificate), CompressionLevel.Fastest).Open();
                    stream.Write(pdf);
                }
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(output, token);
        });
    }

    public async Task<CertificateDetailDto> RevokeAsync(Guid id, CertificateReasonDto input, CancellationToken cancellationToken = default)
    {
        var certificate = await WritableAsync(id, TrainingPermissions.Certificates.Revoke, cancellationToken);
        await manager.RevokeAsync(certificate, input.Reason, clock.GetUtcNow(), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return certificate.ToDetailDto(BusinessClock.Today(clock), links);
    }

    public async Task<CertificateDetailDto> ReissueAsync(Guid id, CertificateReasonDto input, CancellationToken cancellationToken = default)
    {
        var certificate = await WritableAsync(id, TrainingPermissions.Certificates.Issue, cancellationToken);
        var course = await courses.FindAsync(certificate.CourseId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);
        var next = await manager.ReissueAsync(certificate, course, input.Reason, clock.GetUtcNow(), currentUser.Id, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return next.ToDetailDto(BusinessClock.Today(clock), links);
    }

    public async Task<CertificateSettingsDto> GetSettingsAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Certificates.Issue, cancellationToken);
        await EnsureUnitInScopeAsync(unitId, cancellationToken);
        return (await settingsRepository.FindAsync(unitId, cancellationToken) ?? new CertificateSettings(unitId)).ToDto();
    }

    public async Task<CertificateSettingsDto> SaveSettingsAsync(Guid unitId, SaveCertificateSettingsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Certificates.Issue, cancellationToken);
        await EnsureUnitInScopeAsync(unitId, cancellationToken);
        var settings = await settingsRepository.FindAsync(unitId, cancellationToken);
        if (settings is null)
        {
            settings = new CertificateSettings(unitId);
            await settingsRepository.InsertAsync(settings, cancellationToken);
        }

        settings.Describe(input.ParentBody, input.IssuingBody, input.Place, input.SignerTitle, input.SignerName);
        if (input.SignatureImage is { Length: > 0 } image)
        {
            settings.UseSignature(await blobs.SaveAsync(SignatureImages.Read(image), cancellationToken));
        }
        else if (input.RemoveSignatureImage)
        {
            settings.UseSignature(null);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return settings.ToDto();
    }

    private async Task<CertificateListFilter> FilterAsync(GetCertificatesInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(TrainingPermissions.Certificates.Default, cancellationToken);
        var today = BusinessClock.Today(clock);
        var asOf = input.AsOf ?? today;
        var own = await OwnStaffIdAsync(cancellationToken);

        // Without a person or a unit, the caller's own ("my certificates"), whatever units they have been in.
        if (own is not null && input.UnitCode is null && input.Registry != true && (input.StaffId ?? own) == own)
        {
            return new CertificateListFilter(null, asOf, today, own, input.CourseId, input.Status, input.IssuedFrom, input.IssuedTo, ExpiringBy: input.ExpiringBy);
        }

        // Someone else's are not for a learner: an empty list, as for a person with none.
        var paths = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Default, cancellationToken)
            ? await access.GetPathsAsync(input.UnitCode, asOf, input.AsOf is null, cancellationToken)
            : null;
        return new CertificateListFilter(paths, asOf, today, paths is null ? Guid.Empty : input.StaffId, input.CourseId, input.Status, input.IssuedFrom,
            input.IssuedTo, ExpiringBy: input.ExpiringBy);
    }

    private async Task<Guid?> OwnStaffIdAsync(CancellationToken cancellationToken) =>
        currentUser.Id is { } userId ? (await staff.FindByUserIdAsync(userId, cancellationToken))?.Id : null;

    /// <summary>The holder's, or one in the scope of a reader of rosters; 404 for anyone else, as for a certificate that does not exist.</summary>
    private async Task<Certificate> ReadableAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(TrainingPermissions.Certificates.Default, cancellationToken);
        var certificate = await certificates.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CertificateNotFound);
        if (certificate.StaffMemberId == await OwnStaffIdAsync(cancellationToken)
            || (await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Default, cancellationToken) && await HolderInScopeAsync(certificate, cancellationToken)))
        {
            return certificate;
        }

        throw TrainingException.NotFound(TrainingErrorCodes.CertificateNotFound);
    }

    /// <summary>A write: the permission, and the holder within the caller's units today and since the completion.</summary>
    private async Task<Certificate> WritableAsync(Guid id, string permission, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(permission, cancellationToken);
        var certificate = await certificates.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CertificateNotFound);
        var person = await staff.FindAsync(certificate.StaffMemberId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CertificateNotFound);
        await access.EnsureMayChangeAsync(person, certificate.CompletedOn, cancellationToken);
        return certificate;
    }

    private async Task<bool> HolderInScopeAsync(Certificate certificate, CancellationToken cancellationToken)
    {
        var person = await staff.FindAsync(certificate.StaffMemberId, cancellationToken);
        return person is not null && await units.FindAsync(person.UnitId, cancellationToken) is { } unit && await scope.ContainsAsync(unit, cancellationToken);
    }

    private async Task EnsureUnitInScopeAsync(Guid unitId, CancellationToken cancellationToken) =>
        await access.EnsureInScopeAsync(await units.FindAsync(unitId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.EntityNotFound),
            cancellationToken);

    private async Task<(TrainingSession Session, OrganizationUnit Organizer)> SessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(sessionId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.SessionNotFound);
        var organizer = await units.FindAsync(session.OrganizerUnitId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.EntityNotFound);
        await access.EnsureInScopeAsync(organizer, cancellationToken);
        return (session, organizer);
    }

    private async Task<byte[]> RenderAsync(Certificate certificate, CancellationToken cancellationToken) =>
        CertificatePdf.Render(certificate.ToPrint(links, certificate.SignatureBlobId is { } blobId ? await blobs.GetAsync(blobId, cancellationToken) : null));

    /// <summary>The serial without its slashes, which a file name cannot hold.</summary>
    private static string FileName(Certificate certificate) => $"giay-chung-nhan-{certificate.Serial.Replace('/', '-')}.pdf";
}
