using Training.Certificates;

namespace Training.Courses;

/// <summary>
/// Decides completions by the course's rule and records each once, dated the day it was earned, in the caller's unit of
/// work — so the completion, and the certificate it earns, are saved in the same transaction as the attendance or the
/// lesson that earned them. A person who holds a completion is not completed again, unless its certificate is due for
/// renewal (<see cref="CertificateConsts.RenewalDays"/> before it expires) or was revoked.
/// </summary>
public class CompletionManager(ICompletionRepository completions, ITrainingSessionRepository sessions, CertificateManager certificates)
{
    /// <summary>
    /// Records a day's attendance (of <paramref name="onlyFor"/>'s people, when given), completes those the rule now lets
    /// through, dated the day their attendance reached the rule's share of the session's days, and once the last day's
    /// attendance is in, marks the others as not passed. Returns the completions recorded.
    /// </summary>
    public async Task<IReadOnlyList<CourseCompletion>> RecordAttendanceAsync(TrainingSession session, Course course, DateOnly date,
        IReadOnlyCollection<Guid> presentStaffIds, IReadOnlySet<Guid>? onlyFor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        session.SetAttendance(date, presentStaffIds, onlyFor);
        var completed = await CompleteAfterAttendanceAsync(session, course, now, cancellationToken);
        if (date == session.LastDay && course.Rule.MinAttendancePercent is not null)
        {
            session.CloseLastDay();
        }

        return completed;
    }

    private async Task<IReadOnlyList<CourseCompletion>> CompleteAfterAttendanceAsync(TrainingSession session, Course course, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var candidates = session.Enrollments.Where(e => e.HoldsAPlace && e.Status != EnrollmentStatus.Completed).ToList();
        if (candidates.Count == 0 || course.Rule.MinAttendancePercent is not { } minimum)
        {
            return [];
        }

        var staffIds = candidates.Select(e => e.StaffMemberId).ToList();
        var already = await completions.GetCompletedStaffAsync(course.Id, staffIds, Timing.BusinessClock.ToBusinessDate(now), cancellationToken);
        var lessonsRead = course.Rule.AllLessons ? await completions.CountLessonsReadAsync(course.Id, staffIds, cancellationToken) : [];
        var passes = course.Rule.QuizRequired ? await completions.GetFinalQuizPassesAsync(course.Id, staffIds, cancellationToken) : [];
        var recorded = new List<CourseCompletion>();
        foreach (var enrollment in candidates)
        {
            if (already.Contains(enrollment.StaffMemberId))
            {
                enrollment.Complete();
                continue;
            }

            var allLessons = lessonsRead.GetValueOrDefault(enrollment.StaffMemberId) >= course.Lessons.Count;
            var passed = passes.TryGetValue(enrollment.StaffMemberId, out var passedOn);
            if (course.Rule.IsSatisfied(allLessons, session.AttendancePercent(enrollment), passed)
                && DayReached(session, enrollment, minimum) is { } day)
            {
                // Completed by whichever came last: the attendance that reached the share, or the final quiz passed.
                var on = passed && passedOn > day ? passedOn : day;
                var completion = new CourseCompletion(Guid.CreateVersion7(), enrollment.StaffMemberId, course.Id, course.Code, on, session.Id, now);
                await completions.InsertAsync(completion, cancellationToken);
                enrollment.Complete();
                recorded.Add(completion);
            }
        }

        await certificates.IssueAsync(recorded, course, session, now, cancellationToken: cancellationToken);
        return recorded;
    }

    /// <summary>After a lesson is read online: completes a course whose rule asks for the lessons, and perhaps the final quiz, alone.</summary>
    public async Task<CourseCompletion?> CompleteAfterLessonAsync(Guid staffMemberId, Course course, int lessonsRead, DateOnly today, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var passed = course.Rule.QuizRequired && (await completions.GetFinalQuizPassesAsync(course.Id, [staffMemberId], cancellationToken)).Count > 0;
        if (course.Rule.MinAttendancePercent is not null || !course.Rule.IsSatisfied(lessonsRead >= course.Lessons.Count, null, passed)
            || (await completions.GetCompletedStaffAsync(course.Id, [staffMemberId], today, cancellationToken)).Count > 0)
        {
            return null;
        }

        var completion = new CourseCompletion(Guid.CreateVersion7(), staffMemberId, course.Id, course.Code, today, null, now);
        await RecordAsync(completion, course, null, now, cancellationToken);
        return completion;
    }

    /// <summary>
    /// After the final quiz of a course version was passed on <paramref name="day"/>, in the caller's unit of work (the grading's
    /// transaction): completes the course when its rule asks for the quiz and the rest of the rule is met — lessons read, or a
    /// session's attendance share, whichever came last dating the completion.
    /// </summary>
    public async Task<CourseCompletion?> CompleteAfterQuizAsync(Guid staffMemberId, Course course, DateOnly day, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        if (!course.Rule.QuizRequired || (await completions.GetCompletedStaffAsync(course.Id, [staffMemberId], day, cancellationToken)).Count > 0)
        {
            return null;
        }

        if (course.Rule.AllLessons
            && (await completions.CountLessonsReadAsync(course.Id, [staffMemberId], cancellationToken)).GetValueOrDefault(staffMemberId) < course.Lessons.Count)
        {
            return null;
        }

        (TrainingSession Session, Enrollment Enrollment, DateOnly Day)? attended = null;
        if (course.Rule.MinAttendancePercent is { } minimum)
        {
            foreach (var session in await sessions.GetEnrolledAsync(course.Id, staffMemberId, cancellationToken))
            {
                var enrollment = session.Enrollments.First(e => e.StaffMemberId == staffMemberId && e.HoldsAPlace);
                if (DayReached(session, enrollment, minimum) is { } reached && (attended is null || reached < attended.Value.Day))
                {
                    attended = (session, enrollment, reached);
                }
            }

            if (attended is null)
            {
                return null;
            }
        }

        var on = attended is { } a && a.Day > day ? a.Day : day;
        var completion = new CourseCompletion(Guid.CreateVersion7(), staffMemberId, course.Id, course.Code, on, attended?.Session.Id, now);
        await RecordAsync(completion, course, attended?.Session, now, cancellationToken);
        attended?.Enrollment.Complete();
        return completion;
    }

    /// <summary>A completion found without one, recorded by hand (<paramref name="issuedBy"/>, <paramref name="reason"/>): with its certificate.</summary>
    public async Task<(CourseCompletion Completion, Certificate? Certificate)> RecordByHandAsync(Guid staffMemberId, Course course, DateOnly completedOn,
        TrainingSession? session, DateTimeOffset now, Guid issuedBy, string reason, CancellationToken cancellationToken = default)
    {
        var completion = new CourseCompletion(Guid.CreateVersion7(), staffMemberId, course.Id, course.Code, completedOn, session?.Id, now);
        await completions.InsertAsync(completion, cancellationToken);
        return (completion, await certificates.IssueAsync(completion, course, session, now, issuedBy, reason, cancellationToken));
    }

    private async Task RecordAsync(CourseCompletion completion, Course course, TrainingSession? session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await completions.InsertAsync(completion, cancellationToken);
        await certificates.IssueAsync(completion, course, session, now, cancellationToken: cancellationToken);
    }

    /// <summary>The first attended day by which the attended share reached <paramref name="minimumPercent"/>.</summary>
    private static DateOnly? DayReached(TrainingSession session, Enrollment enrollment, int minimumPercent)
    {
        var attended = 0;
        foreach (var day in enrollment.AttendedDays.Where(session.Days.Contains).Order())
        {
            attended++;
            if (100m * attended / session.Days.Count >= minimumPercent)
            {
                return day;
            }
        }

        return null;
    }
}
