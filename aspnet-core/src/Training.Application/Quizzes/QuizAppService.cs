using Training.Identity;
using Training.Permissions;

namespace Training.Quizzes;

public sealed class QuizAppService(
    IPermissionChecker permissions,
    QuizAccess access,
    IQuizRepository quizzes,
    IQuestionRepository questions,
    QuizManager manager,
    ITrainingUnitOfWork unitOfWork) : IQuizAppService
{
    public async Task<IReadOnlyList<QuizDto>> GetListAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        return (await quizzes.GetByCourseAsync(course.Id, cancellationToken)).Select(q => q.ToDto()).ToList();
    }

    public async Task<QuizDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        return (await FindAsync(id, cancellationToken)).ToDto();
    }

    public async Task<QuizPreviewDto> PreviewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var quiz = await FindAsync(id, cancellationToken);
        var bank = await questions.GetBankAsync(quiz.CourseId, cancellationToken);
        var drawn = quiz.Pick(bank, Random.Shared);
        return new QuizPreviewDto(quiz.ToDto(),
            drawn.Select((d, i) => new QuizPreviewQuestionDto((i / quiz.Settings.QuestionsPerPage) + 1, d.Question.ToDto(withAnswers: true, d.Options))).ToList(),
            quiz.DrawsLargerThan(bank).Select(d => new QuizDrawDto(d.Category, d.Count)).ToList());
    }

    public async Task<QuizDto> CreateAsync(Guid courseId, SaveQuizDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var course = await access.FindCourseAsync(courseId, cancellationToken);
        var draft = await access.EditableAsync(course, cancellationToken);
        input.QuestionIds = [.. await manager.InDraftAsync(course, draft, input.QuestionIds ?? [], cancellationToken)];
        var quiz = await SaveAsync(draft, null, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return quiz.ToDto();
    }

    public async Task<QuizDto> UpdateAsync(Guid id, SaveQuizDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var quiz = await FindAsync(id, cancellationToken);
        await SaveAsync(await access.FindCourseAsync(quiz.CourseId, cancellationToken), quiz, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return quiz.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        var quiz = await FindAsync(id, cancellationToken);
        manager.DeleteQuiz(await access.FindCourseAsync(quiz.CourseId, cancellationToken), quiz);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private Task<Quiz> SaveAsync(Courses.Course course, Quiz? quiz, SaveQuizDto input, CancellationToken cancellationToken) =>
        manager.SaveQuizAsync(course, quiz, input.Title, input.IsFinal, input.QuestionIds ?? [],
            (input.Draw ?? []).Select((d, i) => d is null
                ? throw new TrainingException(TrainingErrorCodes.QuizQuestionsInvalid) { Field = $"draw[{i}]" }
                : new QuizDraw(d.Category ?? string.Empty, d.Count)).ToList(),
            new QuizSettings(input.ShuffleQuestions, input.ShuffleOptions, input.TimeLimitMinutes, input.PassPercent, input.MaxAttempts,
                input.OpensAt?.ToUniversalTime(), input.ClosesAt?.ToUniversalTime(), input.QuestionsPerPage, input.Review),
            cancellationToken);

    private async Task<Quiz> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await quizzes.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
}
