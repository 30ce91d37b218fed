using Training.Identity;
using Training.Permissions;

namespace Training.Quizzes;

public sealed class QuestionAppService(
    IPermissionChecker permissions,
    QuizAccess access,
    IQuestionRepository questions,
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

    /// <summary>The question, when it is of that course version: another version's id is 404, not a way round the draft rule.</summary>
    private async Task<Question> FindAsync(Guid courseId, Guid id, CancellationToken cancellationToken) =>
        await questions.FindAsync(id, cancellationToken) is { } question && question.CourseId == courseId
            ? question
            : throw TrainingException.NotFound(TrainingErrorCodes.QuestionNotFound);
}
