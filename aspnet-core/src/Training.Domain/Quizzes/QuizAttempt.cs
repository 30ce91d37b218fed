using Training.Timing;

namespace Training.Quizzes;

/// <summary>
/// One sitting of a quiz by one person: the questions drawn for it and their option order, fixed at the start; the deadline,
/// worked out on the server once; each answer as it is saved; and, once closed by the learner or by the deadline, the grade.
/// </summary>
public class QuizAttempt
{
    private readonly List<AttemptQuestion> _questions = [];

    private QuizAttempt()
    {
    }

    public Guid Id { get; private set; }

    public Guid QuizId { get; private set; }

    /// <summary>The course version the quiz belongs to.</summary>
    public Guid CourseId { get; private set; }

    public Guid StaffMemberId { get; private set; }

    /// <summary>The account that took it: an answer's save checks it in the same statement that writes the answer.</summary>
    public Guid UserId { get; private set; }

    /// <summary>1 for the person's first attempt of this quiz; unique with the quiz and the person, so two starts at once make one.</summary>
    public int Number { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The start plus the time limit, or the quiz's closing time if sooner; null when neither applies.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    /// <summary>When it closed: submitted, or at the deadline when the deadline closed it.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The day it closed, in Cao Bằng: the day a pass completes the course on.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public bool ClosedByDeadline { get; private set; }

    public decimal? Score { get; private set; }

    public int MaxScore { get; private set; }

    public decimal? Percent { get; private set; }

    public bool? Passed { get; private set; }

    /// <summary>Once graded, each answer in short for item analysis (<see cref="ItemAnalysis.Describe"/>), comma-separated.</summary>
    public string? Items { get; private set; }

    /// <summary>Changes with the grade: two submits of the same attempt at once grade it once.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<AttemptQuestion> Questions => _questions.OrderBy(q => q.Position).ToList();

    public bool IsGraded => SubmittedAt is not null;

    public int PageCount => _questions.Count == 0 ? 1 : _questions.Max(q => q.Page);

    /// <summary>
    /// Starts the <paramref name="number"/>th attempt of <paramref name="quiz"/> with the questions <see cref="Quiz.Pick"/> drew.
    /// Outside the quiz's window: 409 <c>QuizNotOpen</c>.
    /// </summary>
    public static QuizAttempt Start(Guid id, Quiz quiz, Guid staffMemberId, Guid userId, int number, IReadOnlyList<DrawnQuestion> drawn, DateTimeOffset now)
    {
        if (!IsWithinWindow(quiz, now))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.QuizNotOpen);
        }

        if (drawn.Count == 0)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.QuizHasNoQuestions);
        }

        DateTimeOffset? deadline = quiz.Settings.TimeLimitMinutes is { } minutes ? now.AddMinutes(minutes) : null;
        if (quiz.Settings.ClosesAt is { } closes && (deadline is null || closes < deadline))
        {
            deadline = closes;
        }

        var attempt = new QuizAttempt
        {
            Id = id,
            QuizId = quiz.Id,
            CourseId = quiz.CourseId,
            StaffMemberId = staffMemberId,
            UserId = userId,
            Number = number,
            StartedAt = now,
            Deadline = deadline,
            MaxScore = drawn.Count,
            Version = Guid.NewGuid(),
        };
        attempt._questions.AddRange(drawn.Select((d, i) =>
            new AttemptQuestion(id, d.Question.Id, i + 1, (i / quiz.Settings.QuestionsPerPage) + 1, d.Options.Select(o => o.Id).ToList())));
        return attempt;
    }

    public static bool IsWithinWindow(Quiz quiz, DateTimeOffset now) =>
        (quiz.Settings.OpensAt is not { } opens || now >= opens) && (quiz.Settings.ClosesAt is not { } closes || now < closes);

    /// <summary>Answers may still be saved: not closed, and before the deadline (no grace period).</summary>
    public bool IsOpenAt(DateTimeOffset now) => SubmittedAt is null && (Deadline is not { } deadline || now < deadline);

    /// <summary>The deadline passed with the attempt still open: it is to be graded with what was saved.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => SubmittedAt is null && Deadline is { } deadline && now >= deadline;

    /// <summary>Whole seconds to the deadline, never below 0; null when untimed.</summary>
    public int? SecondsLeft(DateTimeOffset now) =>
        Deadline is { } deadline ? (int)Math.Max(0, Math.Ceiling((deadline - now).TotalSeconds)) : null;

    /// <summary>
    /// The answers of one page as the form without script sends them: a question of the page left blank is cleared (it stays
    /// unanswered if it never was). The API saves one answer at a time instead.
    /// </summary>
    public void AnswerPage(int page, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> answers, DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.AttemptClosed);
        }

        var onPage = _questions.Where(q => q.Page == page).ToList();
        if (answers.Keys.Any(id => onPage.All(q => q.QuestionId != id)))
        {
            throw TrainingException.NotFound(TrainingErrorCodes.QuestionNotFound);
        }

        foreach (var question in onPage)
        {
            var selected = answers.GetValueOrDefault(question.QuestionId) ?? [];
            if (selected.Any(id => !question.OptionIds.Contains(id)))
            {
                throw new TrainingException(TrainingErrorCodes.OptionNotInQuestion) { Field = "selectedOptionIds" };
            }

            if (selected.Count > 0 || question.SelectedOptionIds is { Count: > 0 })
            {
                question.Answer(selected.Distinct().ToList(), now);
            }
        }
    }

    /// <summary>
    /// Closes and grades the attempt with the answers saved: by the learner at <paramref name="now"/>, or — once the deadline has
    /// passed — as of the deadline. A graded attempt stays as it is.
    /// </summary>
    public void Grade(IReadOnlyDictionary<Guid, Question> questions, int passPercent, DateTimeOffset now)
    {
        if (IsGraded)
        {
            return;
        }

        var closedAt = Deadline is { } deadline && now >= deadline ? deadline : now;
        var score = _questions.Sum(q => q.Grade(questions[q.QuestionId]));
        Items = string.Join(',', Questions.Select(q => ItemAnalysis.Describe(questions[q.QuestionId], q.Score!.Value, q.SelectedOptionIds ?? [])));
        SubmittedAt = closedAt;
        ClosedOn = BusinessClock.ToBusinessDate(closedAt);
        ClosedByDeadline = closedAt == Deadline;
        Score = QuizGrading.Round(score);
        Percent = MaxScore == 0 ? 0 : QuizGrading.Round(100m * score / MaxScore);
        Passed = Percent >= passPercent;
        Version = Guid.NewGuid();
    }
}
