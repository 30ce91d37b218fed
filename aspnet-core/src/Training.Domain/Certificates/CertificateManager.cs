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
        Guid? issuedBy = null, string? reason = null, CancellationToken cancellationToken = default) =>
        (await IssueAsync([completion], course, session, now, issuedBy, reason, cancellationToken)).SingleOrDefault();

    /// <summary>The certificates of many completions of one course (an attendance day, a session's missing ones): the people,
    /// their units and the signers read once for all, the serial numbers taken as one block.</summary>
    public async Task<IReadOnlyList<Certificate>> IssueAsync(IReadOnlyList<CourseCompletion> earned, Course course, TrainingSession? session,
        DateTimeOffset now, Guid? issuedBy = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (!course.IssuesCertificate || earned.Count == 0)
        {
            return [];
        }

        var facts = await ReadFactsAsync(earned, course, session, cancellationToken);
        var last = await certificates.NextSequenceAsync(Timing.BusinessClock.ToBusinessDate(now).Year, course.Code, earned.Count, cancellationToken);
        var issued = earned.Select((completion, i) =>
            Certificate.Issue(completion, course, facts[completion.Id], last - earned.Count + 1 + i, VerificationCodes.New(), now, issuedBy, reason)).ToList();
        foreach (var certificate in issued)
        {
            await certificates.InsertAsync(certificate, cancellationToken);
        }

        return issued;
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
        var facts = (await ReadFactsAsync([completion], course, null, cancellationToken))[completion.Id];
        var next = certificate.Reissue(facts, course, completion,
            await certificates.NextSequenceAsync(Timing.BusinessClock.ToBusinessDate(now).Year, course.Code, 1, cancellationToken),
            VerificationCodes.New(), reason, now, issuedBy);
        await certificates.InsertAsync(next, cancellationToken);
        return next;
    }

    private async Task<Dictionary<Guid, CertificateFacts>> ReadFactsAsync(IReadOnlyList<CourseCompletion> earned, Course course, TrainingSession? session,
        CancellationToken cancellationToken)
    {
        var people = (await staff.GetByIdsAsync(earned.Select(c => c.StaffMemberId).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var assignments = earned.ToDictionary(c => c.Id, c => AssignmentOn(
            people.GetValueOrDefault(c.StaffMemberId) ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffNotFound), c.CompletedOn));
        var unitById = (await units.GetByIdsAsync(assignments.Values.Select(a => a.UnitId).Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id);
        var sessionById = new Dictionary<Guid, TrainingSession?>();
        if (session is not null)
        {
            sessionById[session.Id] = session;
        }

        // The organiser signs for a session; for a course learnt online, the units above the holder's (the province's department).
        var signerFrom = new Dictionary<Guid, CertificateSettings?>();
        var facts = new Dictionary<Guid, CertificateFacts>();
        foreach (var completion in earned)
        {
            var person = people[completion.StaffMemberId];
            var unit = unitById[assignments[completion.Id].UnitId];
            var held = completion.SessionId is { } sessionId
                ? sessionById.TryGetValue(sessionId, out var known) ? known : sessionById[sessionId] = await sessions.FindAsync(sessionId, cancellationToken)
                : null;
            var from = held?.OrganizerUnitId ?? unit.Id;
            var signer = signerFrom.TryGetValue(from, out var found)
                ? found
                : signerFrom[from] = await settings.FindNearestAsync(await LineageAsync(from, cancellationToken), cancellationToken);
            facts[completion.Id] = new CertificateFacts(person.FullName, person.BirthDate, unit.Name, course.Title, held?.Days.Min(), held?.Days.Max(),
                signer?.ParentBody, signer?.IssuingBody, signer?.Place ?? Documents.OfficialPlace.Name, signer?.SignerTitle, signer?.SignerName,
                signer?.SignatureBlobId);
        }

        return facts;
    }

    /// <summary>Where the person was on the completion's date; a completion dated before their history (recorded by hand) prints
    /// the first unit, one after it the last.</summary>
    private static StaffUnitAssignment AssignmentOn(StaffMember person, DateOnly date)
    {
        var ordered = person.Assignments.OrderBy(a => a.From).ToList();
        return new StaffHistory(ordered).On(date) ?? (date < ordered[0].From ? ordered[0] : ordered[^1]);
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
