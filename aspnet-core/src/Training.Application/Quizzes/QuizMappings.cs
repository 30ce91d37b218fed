namespace Training.Quizzes;

public static class QuizMappings
{
    public static QuestionDto ToDto(this Question question, bool withAnswers) => question.ToDto(withAnswers, question.Options);

    /// <param name="options">The question's options in the order to show them.</param>
    public static QuestionDto ToDto(this Question question, bool withAnswers, IReadOnlyList<QuestionOption> options) => new(question.Id, question.CourseId,
        question.Order, question.Category, question.Type, question.Text, withAnswers ? question.Explanation : null, question.PartialCredit,
        options.Select(o => new QuestionOptionDto(o.Id, o.Text, withAnswers ? o.IsCorrect : null)).ToList());

    public static QuizDto ToDto(this Quiz quiz) => new(quiz.Id, quiz.CourseId, quiz.Title, quiz.IsFinal, quiz.QuestionIds,
        quiz.Draw.Select(d => new QuizDrawDto(d.Category, d.Count)).ToList(), quiz.Settings.ShuffleQuestions, quiz.Settings.ShuffleOptions,
        quiz.Settings.TimeLimitMinutes, quiz.Settings.PassPercent, quiz.Settings.MaxAttempts, quiz.Settings.OpensAt, quiz.Settings.ClosesAt,
        quiz.Settings.QuestionsPerPage, quiz.Settings.Review);

    /// <summary>What a question says as an author sent it, its rich text sanitised as a lesson's is (a question has no attachments to show).</summary>
    public static QuestionContent ToContent(this SaveQuestionDto input) => new(input.Category ?? string.Empty,
        input.Type ?? throw new TrainingException(TrainingErrorCodes.QuestionTypeUnknown) { Field = "type" },
        SanitisedText(input.Text), Sanitised(input.Explanation), input.PartialCredit,
        (input.Options ?? []).Select((o, i) => o is null
            ? throw new TrainingException(TrainingErrorCodes.QuestionOptionsInvalid) { Field = $"options[{i}]" }
            : new QuestionContentOption(o.Id, o.Text ?? string.Empty, o.IsCorrect)).ToList());

    public static string SanitisedText(string? html) => Courses.LessonContent.Sanitise(html, NoAttachments);

    public static string? Sanitised(string? html) => string.IsNullOrWhiteSpace(html) ? null : Courses.LessonContent.Sanitise(html, NoAttachments);

    private static readonly IReadOnlySet<Guid> NoAttachments = new HashSet<Guid>();
}
