using Microsoft.EntityFrameworkCore;
using Training.Quizzes;

namespace Training.EntityFrameworkCore.Quizzes;

public sealed class EfQuestionListQuery(TrainingDbContext db) : IQuestionListQuery
{
    public async Task<(IReadOnlyList<QuestionListRow> Rows, long Total)> GetPageAsync(Guid courseId, string? category, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var query = db.Questions.Where(q => q.CourseId == courseId);
        if (!string.IsNullOrWhiteSpace(category))
        {
            var key = QuestionCategory.Key(category);
            var below = key + QuizConsts.CategorySeparator;
            query = query.Where(q => q.CategoryKey == key || q.CategoryKey.StartsWith(below));
        }

        var options = db.Set<QuestionOption>();
        var rows = await query.OrderBy(q => q.Order).Skip(skip).Take(take)
            .Select(q => new QuestionListRow(q.Id, db.Questions.Count(o => o.CourseId == courseId && o.Order <= q.Order), q.Category, q.Type, q.Text,
                options.Count(o => o.QuestionId == q.Id), options.Count(o => o.QuestionId == q.Id && o.IsCorrect)))
            .ToListAsync(cancellationToken);
        return (rows, await query.LongCountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<QuestionCategoryCount>> GetCategoriesAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        // Grouped by label in SQL (MIN of a string does not translate everywhere); labels of one key are few, merged here.
        var labels = await db.Questions.Where(q => q.CourseId == courseId)
            .GroupBy(q => new { q.CategoryKey, q.Category })
            .Select(g => new { g.Key.CategoryKey, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return labels.GroupBy(l => l.CategoryKey)
            .Select(g => new QuestionCategoryCount(g.OrderBy(l => l.Category, StringComparer.Ordinal).First().Category, g.Key, g.Sum(l => l.Count)))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
    }
}
