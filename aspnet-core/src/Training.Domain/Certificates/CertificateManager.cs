using Training.Courses;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Certificates;

/// <summary>
/// Issues, revokes and re-issues certificates in the caller's unit of work: the completion that earns one and the
/// certificate are saved together, and a revocation voids its completion in the same save.
/// </summary>
public class CertificateManager(
    ICertificateRepository certificates,
    ICertificateSettingsRepository settings,
    IStaffMemberRepository staff,
    IOrganizationUnitRepository units,
    ITrainingSessionRepository sessions,
    ICompletionRepository completions)
{
    /// <summary>The certificate <paramref name="completion"/> earns, when its course grants one; <paramref name="session"/> is
    /// the completion's session when the caller already holds it.</summary>
    public async Task<Certificate?> IssueAsync(CourseCompletion completion, Course course, TrainingSession? session, DateTimeOffset now,
        Guid? issuedBy = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (!course.IssuesCertificate)
        {
            return null;
        }

        var facts = await ReadFactsAsync(completion, course, session, cancellationToken);
        var certificate = Certificate.Issue(completion, course, facts,
            await certificates.NextSequenceAsync(Timing.BusinessClock.ToBusinessDate(now).Year, course.Code, cancellationToken),
            VerificationCodes.New(), now, issuedBy, reason);
        await certificates.InsertAsync(certificate, cancellationToken);
        return certificate;
    }

    /// <summary>Withdraws the certificate and voids the completion it came from: coverage computed afterwards never counts it.</summary>
    public async Task RevokeAsync(Certificate certificate, string? reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        certificate.Revoke(reason, now);
        var completion = await completions.FindAsync(certificate.CompletionId, cancellationToken);
        completion?.Void(now);
    }

    /// <summary>A replacement with the facts as they are now (a corrected name, a new unit); the completion stands.</summary>
    public async Task<Certificate> ReissueAsync(Certificate certificate, Course course, string? reason, DateTimeOffset now, Guid? issuedBy,
        CancellationToken cancellationToken = default)
    {
        var completion = await completions.FindAsync(certificate.CompletionId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CertificateNotFound);
        var facts = await ReadFactsAsync(completion, course, null, cancellationToken);
        var next = certificate.Reissue(facts, course, completion,
            await certificates.NextSequenceAsync(Timing.BusinessClock.ToBusinessDate(now).Year, course.Code, cancellationToken),
            VerificationCodes.New(), reason, now, issuedBy);
        await certificates.InsertAsync(next, cancellationToken);
        return next;
    }

    private async Task<CertificateFacts> ReadFactsAsync(CourseCompletion completion, Course course, TrainingSession? session, CancellationToken cancellationToken)
    {
        var person = await staff.FindAsync(completion.StaffMemberId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffNotFound);
        var history = new StaffHistory(person.Assignments);
        // A completion dated before the person's history (recorded by hand) prints the first unit, one after it the last.
        var ordered = person.Assignments.OrderBy(a => a.From).ToList();
        var assignment = history.On(completion.CompletedOn) ?? (completion.CompletedOn < ordered[0].From ? ordered[0] : ordered[^1]);
        var unit = await units.FindAsync(assignment.UnitId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.EntityNotFound);
        if (session is null && completion.SessionId is { } sessionId)
        {
            session = await sessions.FindAsync(sessionId, cancellationToken);
        }

        // The organiser signs for a session; for a course learnt online, the units above the holder's (the province's department).
        var signer = await settings.FindNearestAsync(await LineageAsync(session?.OrganizerUnitId ?? unit.Id, cancellationToken), cancellationToken);
        return new CertificateFacts(person.FullName, person.BirthDate, unit.Name, course.Title, session?.Days.Min(), session?.Days.Max(),
            signer?.ParentBody, signer?.IssuingBody, signer?.Place ?? Documents.OfficialPlace.Name, signer?.SignerTitle, signer?.SignerName, signer?.SignatureBlobId);
    }

    private async Task<List<Guid>> LineageAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var lineage = new List<Guid>();
        for (Guid? id = unitId; id is { } current && lineage.Count < OrganizationUnitConsts.MaxDepth; id = (await units.FindAsync(current, cancellationToken))?.ParentId)
        {
            lineage.Add(current);
        }

        return lineage;
    }
}
