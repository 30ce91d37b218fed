using Microsoft.EntityFrameworkCore;
using Training.Courses;
using Training.EntityFrameworkCore.OrganizationUnits;

namespace Training.EntityFrameworkCore.Courses;

public sealed class EfCourseRepository(TrainingDbContext db) : ICourseRepository
{
    public Task<Course?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Courses.Include(c => c.Lessons).ThenInclude(l => l.Attachments).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<List<Course>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        db.Courses.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);

    public Task<Course?> FindByLessonAsync(Guid lessonId, CancellationToken cancellationToken = default) =>
        db.Courses.Include(c => c.Lessons).ThenInclude(l => l.Attachments).FirstOrDefaultAsync(c => c.Lessons.Any(l => l.Id == lessonId), cancellationToken);

    public Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken = default) =>
        db.Courses.AnyAsync(c => c.Code == code, cancellationToken);

    public async Task<int> GetLatestVersionAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Courses.Where(c => c.Code == code).MaxAsync(c => (int?)c.Version, cancellationToken) ?? 0;

    public Task<Course?> FindDraftAsync(string code, CancellationToken cancellationToken = default) =>
        db.Courses.Include(c => c.Lessons).ThenInclude(l => l.Attachments).FirstOrDefaultAsync(c => c.Code == code && c.Status == CourseStatus.Draft, cancellationToken);

    public Task<List<Course>> GetPublishedAsync(string code, Guid exceptId, CancellationToken cancellationToken = default) =>
        db.Courses.Where(c => c.Code == code && c.Id != exceptId && c.Status == CourseStatus.Published).ToListAsync(cancellationToken);

    public Task<List<Course>> GetCatalogueAsync(CancellationToken cancellationToken = default) =>
        db.Courses.Include(c => c.Lessons).ThenInclude(l => l.Attachments)
            .Where(c => c.Status == CourseStatus.Published
                && !db.Courses.Any(newer => newer.Code == c.Code && newer.Status == CourseStatus.Published && newer.Version > c.Version))
            .OrderBy(c => c.Title)
            .ToListAsync(cancellationToken);

    public async Task InsertAsync(Course course, CancellationToken cancellationToken = default) => await db.Courses.AddAsync(course, cancellationToken);
}

public sealed class EfTrainingSessionRepository(TrainingDbContext db) : ITrainingSessionRepository
{
    public Task<TrainingSession?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.TrainingSessions.Include(s => s.Enrollments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // SQLite's writing transaction already excludes every other writer.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"TrainingSessions\" WHERE \"Id\" = {id} FOR UPDATE", cancellationToken);
        }
    }

    public Task<bool> AnyForCourseAsync(Guid courseId, CancellationToken cancellationToken = default) =>
        db.TrainingSessions.AnyAsync(s => s.CourseId == courseId, cancellationToken);

    public Task<List<TrainingSession>> GetEnrolledAsync(Guid courseId, Guid staffMemberId, CancellationToken cancellationToken = default) =>
        db.TrainingSessions.Include(s => s.Enrollments)
            .Where(s => s.CourseId == courseId && s.Enrollments.Any(e => e.StaffMemberId == staffMemberId
                && e.Status != EnrollmentStatus.Waitlisted && e.Status != EnrollmentStatus.Withdrawn))
            .ToListAsync(cancellationToken);

    public async Task<List<TrainingSession>> GetHavingDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        (await db.TrainingSessions.Include(s => s.Enrollments).Where(s => s.FirstDay <= day && s.LastDay >= day).ToListAsync(cancellationToken))
        .Where(s => s.Days.Contains(day)).ToList();

    public async Task InsertAsync(TrainingSession session, CancellationToken cancellationToken = default) =>
        await db.TrainingSessions.AddAsync(session, cancellationToken);
}

public sealed class EfCompletionRepository(TrainingDbContext db) : ICompletionRepository
{
    public async Task<HashSet<Guid>> GetCompletedStaffAsync(Guid courseId, IReadOnlyCollection<Guid> staffMemberIds, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var renewable = Training.Certificates.Certificate.RenewalHorizon(today);
        return (await db.CourseCompletions
            .Where(c => c.CourseId == courseId && staffMemberIds.Contains(c.StaffMemberId) && c.VoidedAt == null
                && !db.Certificates.Any(k => k.CompletionId == c.Id && k.RevokedAt == null && k.ExpiresOn <= renewable))
            .Select(c => c.StaffMemberId).ToListAsync(cancellationToken)).ToHashSet();
    }

    public Task<CourseCompletion?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.CourseCompletions.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<List<CourseCompletion>> GetForSessionAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.CourseCompletions.Where(c => c.SessionId == sessionId && c.VoidedAt == null).ToListAsync(cancellationToken);

    public Task<CourseCompletion?> FindAsync(Guid staffMemberId, Guid courseId, DateOnly completedOn, CancellationToken cancellationToken = default) =>
        db.CourseCompletions.FirstOrDefaultAsync(c => c.StaffMemberId == staffMemberId && c.CourseId == courseId && c.CompletedOn == completedOn
            && c.VoidedAt == null, cancellationToken);

    public Task<List<CourseCompletion>> GetForStaffAsync(Guid staffMemberId, CancellationToken cancellationToken = default) =>
        db.CourseCompletions.Where(c => c.StaffMemberId == staffMemberId && c.VoidedAt == null).OrderBy(c => c.CompletedOn).ToListAsync(cancellationToken);

    public async Task InsertAsync(CourseCompletion completion, CancellationToken cancellationToken = default) =>
        await db.CourseCompletions.AddAsync(completion, cancellationToken);

    public async Task<Dictionary<Guid, DateOnly>> GetFinalQuizPassesAsync(Guid courseId, IReadOnlyCollection<Guid> staffMemberIds,
        CancellationToken cancellationToken = default) =>
        await db.QuizAttempts
            .Where(a => a.CourseId == courseId && a.Passed == true && staffMemberIds.Contains(a.StaffMemberId)
                && db.Quizzes.Any(q => q.Id == a.QuizId && q.IsFinal))
            .GroupBy(a => a.StaffMemberId).Select(g => new { g.Key, On = g.Min(a => a.ClosedOn!.Value) })
            .ToDictionaryAsync(g => g.Key, g => g.On, cancellationToken);

    public async Task<Dictionary<Guid, int>> CountLessonsReadAsync(Guid courseId, IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken = default) =>
        await db.LessonProgress.Where(p => p.CourseId == courseId && staffMemberIds.Contains(p.StaffMemberId))
            .GroupBy(p => p.StaffMemberId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public Task<List<LessonProgress>> GetProgressAsync(Guid staffMemberId, CancellationToken cancellationToken = default) =>
        db.LessonProgress.Where(p => p.StaffMemberId == staffMemberId).ToListAsync(cancellationToken);

    public async Task AddProgressAsync(LessonProgress progress, CancellationToken cancellationToken = default) =>
        await db.LessonProgress.AddAsync(progress, cancellationToken);
}
