using Microsoft.EntityFrameworkCore;
using Training.Quizzes;

namespace Training.EntityFrameworkCore.Quizzes;

public sealed class EfQuizAttemptRepository(TrainingDbContext db) : IQuizAttemptRepository
{
    public Task<QuizAttempt?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.QuizAttempts.Include(a => a.Questions).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<QuizAttempt?> FindUngradedAsync(Guid quizId, Guid staffMemberId, CancellationToken cancellationToken = default) =>
        db.QuizAttempts.Include(a => a.Questions)
            .FirstOrDefaultAsync(a => a.QuizId == quizId && a.StaffMemberId == staffMemberId && a.SubmittedAt == null, cancellationToken);

    public Task<int> CountAsync(Guid quizId, Guid staffMemberId, DateTimeOffset? startedAfter = null, CancellationToken cancellationToken = default) =>
        db.QuizAttempts.CountAsync(a => a.QuizId == quizId && a.StaffMemberId == staffMemberId && (startedAfter == null || a.StartedAt > startedAfter),
            cancellationToken);

    public async Task InsertAsync(QuizAttempt attempt, CancellationToken cancellationToken = default) =>
        await db.QuizAttempts.AddAsync(attempt, cancellationToken);

    public async Task<bool> TrySaveAnswerAsync(Guid attemptId, Guid questionId, Guid userId, IReadOnlyList<Guid> selectedOptionIds, long? clientSeq,
        DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await db.AttemptQuestions
            .Where(q => q.AttemptId == attemptId && q.QuestionId == questionId
                && (clientSeq == null || q.ClientSeq == null || q.ClientSeq <= clientSeq)
                && db.QuizAttempts.Any(a => a.Id == attemptId && a.UserId == userId && a.SubmittedAt == null && (a.Deadline == null || a.Deadline > now)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(q => q.SelectedOptionIds, selectedOptionIds)
                .SetProperty(q => q.ClientSeq, q => clientSeq ?? q.ClientSeq)
                .SetProperty(q => q.SavedAt, now), cancellationToken) == 1;

    public async Task<IReadOnlyList<Guid>?> GetOptionIdsAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        // A draft's options still change: only a published (or archived) version's may be kept.
        var ids = await db.Set<QuestionOption>()
            .Where(o => o.QuestionId == questionId
                && db.Questions.Any(q => q.Id == questionId && db.Courses.Any(c => c.Id == q.CourseId && c.Status != Training.Courses.CourseStatus.Draft)))
            .Select(o => o.Id).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids;
    }

    public Task<List<Guid>> GetExpiredAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default) =>
        db.QuizAttempts.Where(a => a.SubmittedAt == null && a.Deadline != null && a.Deadline <= now)
            .OrderBy(a => a.Deadline).Take(take).Select(a => a.Id).ToListAsync(cancellationToken);

    public Task<List<QuizAttemptSummary>> GetSummariesAsync(Guid courseId, Guid staffMemberId, CancellationToken cancellationToken = default) =>
        db.QuizAttempts.Where(a => a.CourseId == courseId && a.StaffMemberId == staffMemberId)
            .GroupBy(a => a.QuizId)
            .Select(g => new QuizAttemptSummary(g.Key, g.Count(), g.Max(a => a.Percent), g.Any(a => a.Passed == true),
                g.OrderByDescending(a => a.Number).Select(a => a.Id).First(),
                g.Where(a => a.SubmittedAt == null).Select(a => (Guid?)a.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
