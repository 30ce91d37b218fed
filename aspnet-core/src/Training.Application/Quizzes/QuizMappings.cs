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

    /// <summary>An attempt as its learner sees it: never which options are right, until graded and as far as the quiz's review allows.</summary>
    public static QuizAttemptDto ToDto(this QuizAttempt attempt, Quiz quiz, IReadOnlyDictionary<Guid, Question> bank, bool resumed, DateTimeOffset now)
    {
        var questions = attempt.Questions;
        return new QuizAttemptDto(attempt.Id, attempt.QuizId, attempt.CourseId, quiz.Title, attempt.Number, resumed, attempt.StartedAt, attempt.Deadline,
            attempt.IsGraded ? 0 : attempt.SecondsLeft(now), attempt.PageCount,
            questions.Select(q => ToDto(q, bank[q.QuestionId])).ToList(),
            questions.Where(q => q.SelectedOptionIds is not null && q.SavedAt is not null)
                .Select(q => new AttemptAnswerDto(q.QuestionId, q.SelectedOptionIds!, q.SavedAt!.Value)).ToList(),
            attempt.IsGraded ? attempt.ToResultDto() : null,
            attempt.IsGraded && quiz.Settings.Review != QuizReview.ScoreOnly ? questions.Select(q => Review(q, bank[q.QuestionId], quiz.Settings.Review)).ToList() : null);
    }

    public static QuizAttemptResultDto ToResultDto(this QuizAttempt attempt, Guid? certificateId = null) =>
        new(Plain(attempt.Score ?? 0), attempt.MaxScore, Plain(attempt.Percent ?? 0), attempt.Passed ?? false, certificateId);

    /// <summary>Without trailing zeros: the grade just computed (1) and the grade read back from numeric(7,2) (1.00) must be one
    /// JSON, whichever submit of two tabs graded it.</summary>
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    private static AttemptQuestionDto ToDto(AttemptQuestion question, Question content)
    {
        var options = content.Options.ToDictionary(o => o.Id);
        return new AttemptQuestionDto(question.QuestionId, question.Page, content.Text, content.Type,
            question.OptionIds.Where(options.ContainsKey).Select(id => new AttemptOptionDto(id, options[id].Text)).ToList());
    }

    private static AttemptReviewDto Review(AttemptQuestion question, Question content, QuizReview review) =>
        new(question.QuestionId, question.Score == 1m, Plain(question.Score ?? 0),
            review == QuizReview.AnswersAndExplanations ? content.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToList() : null,
            review == QuizReview.AnswersAndExplanations ? content.Explanation : null);

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
