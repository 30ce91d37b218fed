using Microsoft.EntityFrameworkCore;
using Training.Quizzes;

namespace Training.EntityFrameworkCore.Quizzes;

public sealed class EfQuestionRepository(TrainingDbContext db) : IQuestionRepository
{
    public Task<Question?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Questions.Include(q => q.Options).FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    public async Task<List<Question>> GetBankAsync(Guid courseId, CancellationToken cancellationToken = default) =>
        db.WithAdded(await db.Questions.Include(q => q.Options).Where(q => q.CourseId == courseId).AsSplitQuery().ToListAsync(cancellationToken),
                q => q.CourseId == courseId)
            .OrderBy(q => q.Order).ToList();

    public Task<List<Question>> GetPublishedBankAsync(Guid courseId, CancellationToken cancellationToken = default) =>
        db.Questions.AsNoTracking().Include(q => q.Options).Where(q => q.CourseId == courseId).OrderBy(q => q.Order).AsSplitQuery().ToListAsync(cancellationToken);

    public async Task<List<QuestionPlace>> GetPlacesAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Questions.Where(q => q.CourseId == courseId).Select(q => new QuestionPlace(q.Id, q.Order)).ToListAsync(cancellationToken);
        var storedIds = stored.Select(q => q.Id).ToHashSet();
        return stored.Concat(db.ChangeTracker.Entries<Question>()
                .Where(e => e.State == EntityState.Added && e.Entity.CourseId == courseId && !storedIds.Contains(e.Entity.Id))
                .Select(e => new QuestionPlace(e.Entity.Id, e.Entity.Order)))
            .ToList();
    }

    public async Task InsertAsync(Question question, CancellationToken cancellationToken = default) => await db.Questions.AddAsync(question, cancellationToken);

    public void Delete(Question question) => db.Questions.Remove(question);
}

public sealed class EfQuizRepository(TrainingDbContext db) : IQuizRepository
{
    public Task<Quiz?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Quizzes.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    public async Task<List<Quiz>> GetByCourseAsync(Guid courseId, CancellationToken cancellationToken = default) =>
        db.WithAdded(await db.Quizzes.Where(q => q.CourseId == courseId).ToListAsync(cancellationToken), q => q.CourseId == courseId)
            .OrderByDescending(q => q.IsFinal).ThenBy(q => q.Title, StringComparer.Ordinal).ThenBy(q => q.Id).ToList();

    public async Task InsertAsync(Quiz quiz, CancellationToken cancellationToken = default) => await db.Quizzes.AddAsync(quiz, cancellationToken);

    public void Delete(Quiz quiz) => db.Quizzes.Remove(quiz);
}

internal static class AddedEntities
{
    /// <summary>
    /// What the database holds plus what this request has added and not yet saved: a new course version's copied bank and
    /// quizzes are added in the same request that adds to them (a question's place, the one final quiz).
    /// </summary>
    public static IEnumerable<T> WithAdded<T>(this TrainingDbContext db, List<T> stored, Func<T, bool> belongs) where T : class =>
        stored.Concat(db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added && belongs(e.Entity)).Select(e => e.Entity).Except(stored));
}
