using Microsoft.Extensions.Localization;
using Training.Common;
using Training.Documents;
using Training.Identity;
using Training.Localization;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Courses;

public sealed class TrainingSessionAppService(
    IPermissionChecker permissions,
    ITrainingSessionRepository sessions,
    ISessionListQuery list,
    ICourseRepository courses,
    IStaffMemberRepository staff,
    ICompletionRepository completions,
    CompletionManager completionManager,
    RosterAccess access,
    IUnitScope scope,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    Auditing.PersonalDataAudit audit,
    TimeProvider clock) : ITrainingSessionAppService
{
    public async Task<PagedResultDto<TrainingSessionDto>> GetListAsync(GetSessionListInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Default, cancellationToken);
        var (rows, total) = await list.GetPageAsync(await scope.GetPathsAsync(cancellationToken), input.CourseId, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<TrainingSessionDto>(rows.Select(ToDto).ToList(), total);
    }

    public async Task<TrainingSessionDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Default, cancellationToken);
        var (session, unit) = await FindAsync(id, cancellationToken);
        return ToDto(session, (await courses.FindAsync(session.CourseId, cancellationToken))!, unit);
    }

    public async Task<IReadOnlyList<EnrollmentDto>> GetEnrollmentsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Default, cancellationToken);
        var (session, _) = await FindAsync(id, cancellationToken);
        var people = (await staff.GetByIdsAsync(session.Enrollments.Where(e => e.Status != EnrollmentStatus.Withdrawn).Select(e => e.StaffMemberId).ToList(),
            cancellationToken)).ToDictionary(p => p.Id);
        var units = await access.GetUnitsByIdAsync(people.Values.Select(p => p.UnitId), cancellationToken);

        // The organiser runs the room and sees everyone in it, but changes only the people of its own units, from the
        // session's first day to today (what any day's attendance needs).
        var changeable = await access.GetChangeableAsync(people.Values, session.FirstDay, cancellationToken);
        var waiting = session.WaitingList.Select((e, index) => (e.Id, Position: index + 1)).ToDictionary(w => w.Id, w => w.Position);
        return session.Enrollments
            .Where(e => e.Status != EnrollmentStatus.Withdrawn)
            .Select(e => (Enrollment: e, Person: people[e.StaffMemberId]))
            .OrderBy(x => x.Enrollment.Status == EnrollmentStatus.Waitlisted)
            .ThenBy(x => waiting.GetValueOrDefault(x.Enrollment.Id)).ThenBy(x => x.Person.SortKey, StringComparer.Ordinal)
            .Select(x => new EnrollmentDto(x.Person.Id, x.Person.FullName, units[x.Person.UnitId].Name, x.Enrollment.Status, x.Enrollment.AttendedDays,
                session.AttendancePercent(x.Enrollment), changeable.Contains(x.Person.Id), waiting.TryGetValue(x.Enrollment.Id, out var position) ? position : null))
            .ToList();
    }

    public async Task<TrainingSessionDto> CreateAsync(CreateSessionDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Manage, cancellationToken);
        var course = await courses.FindAsync(input.CourseId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);
        var firstDay = input.Days.Count > 0 ? input.Days.Min() : BusinessClock.Today(clock);
        var unit = await access.GetUnitAsync(input.OrganizerUnitCode, firstDay, fallBackToLatest: true, cancellationToken);
        var session = TrainingSession.Plan(course, input.Title, input.Mode, unit.Id, input.Venue, input.Trainers, input.Capacity, input.Days);
        await sessions.InsertAsync(session, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(session, course, unit);
    }

    public Task<EnrollResultDto> EnrollAsync(Guid id, EnrollStaffDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, TrainingPermissions.Sessions.Enroll, async session =>
        {
            var candidates = await CandidatesAsync(session, input, cancellationToken);
            int enrolled = 0, waitlisted = 0, skipped = 0;
            var now = clock.GetUtcNow();
            foreach (var person in candidates)
            {
                switch (person is null ? null : session.Enroll(person.Id, now))
                {
                    case null: skipped++; break;
                    case { Status: EnrollmentStatus.Waitlisted }: waitlisted++; break;
                    default: enrolled++; break;
                }
            }

            return new EnrollResultDto(enrolled, waitlisted, skipped);
        }, cancellationToken);

    public async Task<EnrollResultDto> EnrollFromWorkbookAsync(Guid id, Stream workbook, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Enroll, cancellationToken);
        await FindAsync(id, cancellationToken);

        // National IDs identify people only for those who may see them; everyone else lists the roster's "Mã cán bộ".
        var byNationalId = (await access.GetFieldAccessAsync(cancellationToken)).NationalId;
        var rows = await RosterFileIdentifiers.ReadAsync(workbook, byNationalId, cancellationToken);
        var owners = byNationalId
            ? await staff.GetNationalIdOwnersAsync(rows.Select(r => r.Id).OfType<string>().ToList(), cancellationToken)
            : rows.Select(r => r.Id).OfType<string>().Distinct().ToDictionary(text => text, text => Guid.Parse(text));
        var people = (await staff.GetByIdsAsync(owners.Values.Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var changeable = await access.GetChangeableAsync(people.Values, BusinessClock.Today(clock), cancellationToken);

        // Someone unknown and someone outside the caller's units get the same answer: the file must not tell where a person is.
        var errors = new List<StaffImportErrorDto>();
        var found = new List<Guid>();
        foreach (var (row, text, identifier) in rows)
        {
            if (identifier is not null && owners.TryGetValue(identifier, out var personId) && changeable.Contains(personId))
            {
                found.Add(personId);
                continue;
            }

            var code = identifier is null ? (byNationalId ? TrainingErrorCodes.StaffNationalIdInvalid : TrainingErrorCodes.ImportStaffIdUnknown)
                : TrainingErrorCodes.ImportStaffNotFound;
            errors.Add(new StaffImportErrorDto(row, RosterFileIdentifiers.Column(byNationalId), code, localizer[code, text ?? string.Empty].Value));
        }

        var result = found.Count == 0 ? new EnrollResultDto(0, 0, 0)
            : await EnrollAsync(id, new EnrollStaffDto { StaffIds = found.Distinct().ToList() }, cancellationToken);
        return result with { Skipped = result.Skipped + errors.Count, Errors = errors };
    }

    public async Task<FileContentDto> GetSignInSheetAsync(Guid id, DateOnly day, string format,
        CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Default, cancellationToken);
        var (session, organizer) = await FindAsync(id, cancellationToken);
        if (!session.Days.Contains(day))
        {
            throw new TrainingException(TrainingErrorCodes.SessionDayUnknown);
        }

        var course = (await courses.FindAsync(session.CourseId, cancellationToken))!;
        var people = await staff.GetByIdsAsync(session.Enrollments.Where(e => e.HoldsAPlace).Select(e => e.StaffMemberId).ToList(), cancellationToken);
        var units = await access.GetUnitsByIdAsync(people.Select(p => p.UnitId).Append(organizer.ParentId ?? organizer.Id), cancellationToken);
        var sheet = new SignInSheet(units[organizer.ParentId ?? organizer.Id].Name, organizer.Name, course.Title, session.Title, day,
            session.Days.ToList().IndexOf(day) + 1, session.Days.Count, session.Venue,
            people.OrderBy(p => p.SortKey, StringComparer.Ordinal)
                .Select(p => new SignInRow(p.FullName, units[p.UnitId].Name, StaffRoleNames.Of(p.Role))).ToList());
        var name = $"ky-ten-{day:yyyy-MM-dd}";
        await audit.RecordAsync(Auditing.AuditAction.Exported, nameof(TrainingSession), id.ToString(), [organizer.Path],
            new { sheet = "sign-in", day, format, count = people.Count }, cancellationToken);
        return format.Equals("xlsx", StringComparison.OrdinalIgnoreCase)
            ? FileContentDto.FromBytes(name + ".xlsx", ContentTypes.Xlsx, sheet.ToXlsx())
            : FileContentDto.FromBytes(name + ".pdf", ContentTypes.Pdf, sheet.ToPdf());
    }

    public async Task WithdrawAsync(Guid id, Guid staffMemberId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Sessions.Enroll, cancellationToken);
        await FindAsync(id, cancellationToken);
        var person = await staff.FindAsync(staffMemberId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffNotFound);
        if (!(await access.GetChangeableAsync([person], BusinessClock.Today(clock), cancellationToken)).Contains(person.Id))
        {
            throw new TrainingException(TrainingErrorCodes.EnrollmentOutOfScope, TrainingErrorKind.Forbidden);
        }

        await ChangeAsync(id, TrainingPermissions.Sessions.Enroll, session => Task.FromResult(session.Withdraw(staffMemberId)), cancellationToken);
    }

    public Task<AttendanceResultDto> SetAttendanceAsync(Guid id, AttendanceDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, TrainingPermissions.Sessions.Attendance, async session =>
        {
            var course = (await courses.FindAsync(session.CourseId, cancellationToken))!;
            var people = await staff.GetByIdsAsync(session.Enrollments.Where(e => e.HoldsAPlace).Select(e => e.StaffMemberId).ToList(), cancellationToken);
            var changeable = await access.GetChangeableAsync(people, input.Date, cancellationToken);
            if (input.PresentStaffIds.Any(p => !changeable.Contains(p) && people.Any(x => x.Id == p)))
            {
                throw new TrainingException(TrainingErrorCodes.EnrollmentOutOfScope, TrainingErrorKind.Forbidden);
            }

            var completed = await completionManager.RecordAttendanceAsync(session, course, input.Date, input.PresentStaffIds.ToHashSet(), changeable,
                clock.GetUtcNow(), cancellationToken);
            return new AttendanceResultDto(input.Date, session.Enrollments.Count(e => e.AttendedDays.Contains(input.Date)), completed.Count);
        }, cancellationToken);

    public async Task<IReadOnlyList<CompletionDto>> GetCompletionsAsync(Guid staffMemberId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Default, cancellationToken);
        var person = await staff.FindAsync(staffMemberId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffNotFound);
        await access.EnsureInScopeAsync((await access.GetUnitsByIdAsync([person.UnitId], cancellationToken))[person.UnitId], cancellationToken);
        return (await completions.GetForStaffAsync(staffMemberId, cancellationToken))
            .Select(c => new CompletionDto(c.CourseId, c.CourseCode, c.CompletedOn, c.SessionId)).ToList();
    }

    /// <summary>The people to enrol, each within the caller's units (null where a listed id is not).</summary>
    private async Task<List<StaffMember?>> CandidatesAsync(TrainingSession session, EnrollStaffDto input, CancellationToken cancellationToken)
    {
        if (input.StaffIds is { Count: > 0 } ids)
        {
            var found = (await staff.GetByIdsAsync(ids.Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id);
            var changeable = await access.GetChangeableAsync(found.Values, BusinessClock.Today(clock), cancellationToken);
            return ids.Distinct().Select(id => changeable.Contains(id) ? found[id] : null).ToList();
        }

        if (string.IsNullOrWhiteSpace(input.UnitCode))
        {
            throw new TrainingException(TrainingErrorCodes.EnrollTargetRequired) { Field = "unitCode" };
        }

        var asOf = input.AsOf ?? session.Days[0];
        var paths = await access.GetPathsAsync(input.UnitCode, asOf, fallBackToLatest: input.AsOf is null, cancellationToken);
        var people = new List<StaffMember?>();
        await foreach (var (person, _) in staff.StreamAsync(new StaffQuery(paths, asOf), cancellationToken))
        {
            if (input.Roles is not { Count: > 0 } roles || roles.Contains(person.Role))
            {
                people.Add(person);
            }
        }

        return people;
    }

    /// <summary>
    /// A change to a session's places or attendance: in one transaction, with the session's row locked (PostgreSQL; SQLite
    /// has one writer), so that parallel enrolments into the last places are served one at a time and none is lost or
    /// doubled; the session's version token catches any writer that went around the lock (409).
    /// </summary>
    private async Task<T> ChangeAsync<T>(Guid id, string permission, Func<TrainingSession, Task<T>> change, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(permission, cancellationToken);
        T result = default!;

        // The session is read again under the lock: a copy read before it (for an early scope check) may be stale.
        unitOfWork.ForgetSaved();
        await unitOfWork.InTransactionAsync(async () =>
        {
            await sessions.LockAsync(id, cancellationToken);
            var (session, _) = await FindAsync(id, cancellationToken);
            result = await change(session);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return result;
    }

    private async Task<(TrainingSession Session, OrganizationUnit Unit)> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.SessionNotFound);
        var unit = (await access.GetUnitsByIdAsync([session.OrganizerUnitId], cancellationToken))[session.OrganizerUnitId];
        await access.EnsureInScopeAsync(unit, cancellationToken);
        return (session, unit);
    }

    private static TrainingSessionDto ToDto(TrainingSession s, Course course, OrganizationUnit unit) => ToDto(new SessionListRow(
        s.Id, s.CourseId, course.Code, course.Title, s.Title, s.Mode, unit.Id, unit.Code, unit.Name, s.Venue, s.Trainers, s.Capacity, s.Days,
        s.PlacesTaken, s.Waitlisted));

    private static TrainingSessionDto ToDto(SessionListRow s) => new(s.Id, s.CourseId, s.CourseCode, s.CourseTitle, s.Title, s.Mode, s.OrganizerUnitId,
        s.OrganizerUnitCode, s.OrganizerUnitName, s.Venue, s.Trainers, s.Capacity, s.Days, s.Enrolled, s.Waitlisted);
}
