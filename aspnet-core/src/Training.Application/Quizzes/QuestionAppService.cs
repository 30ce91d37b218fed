using Training.Common;
using Training.Identity;
using Training.Permissions;

namespace Training.Quizzes;

public sealed class QuestionAppService(
    IPermissionChecker permissions,
    QuizAccess access,
    IQuestionRepository questions,
    IQuestionListQuery list,
    QuizManager manager,
    ITrainingUnitOfWork unitOfWork) : IQuestionAppService
{
    public async Task<IReadOnlyList<QuestionDto>> GetListAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        var withAnswers = await access.SeesAnswersAsync(cancellationToken);
        return (await questions.GetBankAsync(course.Id, cancellationToken)).Select(q => q.ToDto(withAnswers)).ToList();
    }

    public async Task<PagedResultDto<QuestionListItemDto>> GetPageAsync(Guid courseId, GetQuestionListInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        var withAnswers = await access.SeesAnswersAsync(cancellationToken);
        var (rows, total) = await list.GetPageAsync(course.Id, input.Category, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<QuestionListItemDto>(rows.Select(q => new QuestionListItemDto(q.Id, q.Number, q.Category, q.Type,
            Courses.LessonContent.Excerpt(q.Text, ExcerptLength), q.Options, withAnswers ? q.RightOptions : null)).ToList(), total);
    }

    public async Task<IReadOnlyList<QuestionCategoryDto>> GetCategoriesAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        var labelled = await list.GetCategoriesAsync(course.Id, cancellationToken);

        // "Chung/Pháp luật" alone still offers "Chung" to draw from.
        var all = labelled.ToDictionary(c => c.Key);
        foreach (var category in labelled)
        {
            var levels = category.Category.Split(QuizConsts.CategorySeparator);
            for (var depth = 1; depth < levels.Length; depth++)
            {
                var parent = string.Join(QuizConsts.CategorySeparator, levels[..depth]);
                all.TryAdd(QuestionCategory.Key(parent), new QuestionCategoryCount(parent, QuestionCategory.Key(parent), 0));
            }
        }

        return all.Values.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new QuestionCategoryDto(c.Category, c.Count, labelled.Where(l => QuestionCategory.IsWithinKey(l.Key, c.Key)).Sum(l => l.Count)))
            .ToList();
    }

    public async Task<IReadOnlyList<Guid>> GetIdsAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        return (await questions.GetPlacesAsync(course.Id, cancellationToken)).OrderBy(p => p.Order).Select(p => p.Id).ToList();
    }

    public async Task<QuestionDto> GetAsync(Guid courseId, Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        return (await FindAsync(courseId, id, cancellationToken)).ToDto(await access.SeesAnswersAsync(cancellationToken));
    }

    public async Task<QuestionDto> CreateAsync(Guid courseId, SaveQuestionDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var content = input.ToContent();
        var question = await manager.AddQuestionAsync(await access.EditableAsync(courseId, cancellationToken), content, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return question.ToDto(withAnswers: true);
    }

    public async Task<QuestionDto> UpdateAsync(Guid courseId, Guid id, SaveQuestionDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var question = await FindAsync(courseId, id, cancellationToken);
        manager.ChangeQuestion(await access.FindCourseAsync(courseId, cancellationToken), question, input.ToContent());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return question.ToDto(withAnswers: true);
    }

    public async Task DeleteAsync(Guid courseId, Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var question = await FindAsync(courseId, id, cancellationToken);
        await manager.DeleteQuestionAsync(await access.FindCourseAsync(courseId, cancellationToken), question, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private const int ExcerptLength = 200;

    /// <summary>The question, when it is of that course version: another version's id is 404, not a way round the draft rule.</summary>
    private async Task<Question> FindAsync(Guid courseId, Guid id, CancellationToken cancellationToken) =>
        await questions.FindAsync(id, cancellationToken) is { } question && question.CourseId == courseId
            ? question
            : throw TrainingException.NotFound(TrainingErrorCodes.QuestionNotFound);
}
