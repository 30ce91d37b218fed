namespace Training.Quizzes;

/// <summary>
/// A quiz of one course version: a fixed list of the bank's questions in that order, or a random draw per category, and
/// how it is taken. At most one quiz of a version is its final quiz, the one a completion rule's <c>QuizRequired</c> means.
/// </summary>
public class Quiz
{
    private Quiz()
    {
        Title = null!;
        Settings = null!;
    }

    internal Quiz(Guid id, Guid courseId)
    {
        Id = id;
        CourseId = courseId;
        Title = null!;
        Settings = null!;
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string Title { get; private set; }

    public bool IsFinal { get; private set; }

    /// <summary>The fixed list, in the order the learner meets it; empty when the quiz draws.</summary>
    public IReadOnlyList<Guid> QuestionIds { get; private set; } = [];

    /// <summary>The random draw; empty when the quiz has a fixed list.</summary>
    public IReadOnlyList<QuizDraw> Draw { get; private set; } = [];

    public QuizSettings Settings { get; private set; }

    /// <summary>
    /// Sets what the quiz is; <paramref name="bank"/> is the ids of the version's questions. Exactly one of a fixed list and a draw,
    /// a list only of the bank's questions, each once, else 400 <c>QuizQuestionsInvalid</c>.
    /// </summary>
    internal void Change(string title, bool isFinal, IReadOnlyList<Guid> questionIds, IReadOnlyList<QuizDraw> draw, QuizSettings settings,
        IReadOnlySet<Guid> bank)
    {
        title = (title ?? string.Empty).Trim();
        if (title.Length is 0 or > QuizConsts.MaxTitleLength)
        {
            throw new TrainingException(TrainingErrorCodes.QuizTitleRequired) { Field = "title" };
        }

        questionIds ??= [];
        draw = (draw ?? []).Select(d => d with { Category = QuestionCategory.Normalise(d.Category, "draw") }).ToList();
        if ((questionIds.Count == 0) == (draw.Count == 0)
            || questionIds.Distinct().Count() != questionIds.Count || questionIds.Any(id => !bank.Contains(id)))
        {
            throw new TrainingException(TrainingErrorCodes.QuizQuestionsInvalid) { Field = "questionIds" };
        }

        // A draw inside another's category would take questions the other counts on: "Chung" ×5 and "Chung/Pháp luật" ×3
        // from five questions pass each check alone and can never both be drawn.
        var keys = draw.Select(d => QuestionCategory.Key(d.Category)).ToList();
        if (draw.Any(d => d.Count is < 1 or > QuizConsts.MaxQuestionsPerCourse)
            || keys.Where((key, i) => keys.Where((other, j) => j != i && QuestionCategory.IsWithinKey(key, other)).Any()).Any())
        {
            throw new TrainingException(TrainingErrorCodes.QuizQuestionsInvalid) { Field = "draw" };
        }

        Check(settings);
        Title = title;
        IsFinal = isFinal;
        QuestionIds = questionIds.ToList();
        Draw = draw;
        Settings = settings;
    }

    /// <summary>Another quiz of the version became the final one.</summary>
    internal void NoLongerFinal() => IsFinal = false;

    /// <summary>A question left the bank: a fixed list no longer shows it.</summary>
    internal void Forget(Guid questionId) => QuestionIds = QuestionIds.Where(id => id != questionId).ToList();

    /// <summary>The draws asking for more questions than their category holds in <paramref name="bank"/>.</summary>
    public IEnumerable<QuizDraw> DrawsLargerThan(IReadOnlyCollection<Question> bank) =>
        Draw.Where(d => bank.Count(q => QuestionCategory.IsWithin(q, d.Category)) < d.Count);

    /// <summary>
    /// The questions one sitting of the quiz puts before the learner, from the version's <paramref name="bank"/>: the fixed list
    /// in its order, or each draw's count at random from its category (in bank order, a draw after another); then shuffled
    /// as the settings say. True/false keeps "Đúng" before "Sai". A draw larger than its category gives what it holds.
    /// </summary>
    public IReadOnlyList<DrawnQuestion> Pick(IReadOnlyList<Question> bank, Random random)
    {
        var byId = bank.ToDictionary(q => q.Id);
        var questions = QuestionIds.Count > 0
            ? QuestionIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList()
            : Draw.SelectMany(d => Shuffled(bank.Where(q => QuestionCategory.IsWithin(q, d.Category)).ToList(), random).Take(d.Count).OrderBy(q => q.Order))
                .ToList();
        if (Settings.ShuffleQuestions)
        {
            questions = Shuffled(questions, random);
        }

        return questions.Select(q => new DrawnQuestion(q, Settings.ShuffleOptions && q.Type != QuestionType.TrueFalse ? Shuffled(q.Options, random) : q.Options))
            .ToList();
    }

    private static List<T> Shuffled<T>(IReadOnlyList<T> items, Random random)
    {
        var shuffled = items.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }

    /// <summary>A copy for the course's next version, its fixed list named by the copies' ids.</summary>
    internal Quiz CopyTo(Guid courseId, IReadOnlyDictionary<Guid, Guid> questionCopies) => new(Guid.CreateVersion7(), courseId)
    {
        Title = Title,
        IsFinal = IsFinal,
        QuestionIds = QuestionIds.Select(id => questionCopies[id]).ToList(),
        Draw = Draw.ToList(),
        Settings = Settings,
    };

    private static void Check(QuizSettings settings)
    {
        if (settings.TimeLimitMinutes is < 1 or > QuizConsts.MaxTimeLimitMinutes)
        {
            throw new TrainingException(TrainingErrorCodes.QuizSettingInvalid) { Field = "timeLimitMinutes" };
        }

        if (settings.PassPercent is < 0 or > 100)
        {
            throw new TrainingException(TrainingErrorCodes.QuizSettingInvalid) { Field = "passPercent" };
        }

        if (settings.MaxAttempts is < 1 or > QuizConsts.MaxAttempts)
        {
            throw new TrainingException(TrainingErrorCodes.QuizSettingInvalid) { Field = "maxAttempts" };
        }

        if (settings.QuestionsPerPage is < 1 or > QuizConsts.MaxQuestionsPerPage)
        {
            throw new TrainingException(TrainingErrorCodes.QuizSettingInvalid) { Field = "questionsPerPage" };
        }

        if (!Enum.IsDefined(settings.Review))
        {
            throw new TrainingException(TrainingErrorCodes.QuizSettingInvalid) { Field = "review" };
        }

        if (settings.OpensAt is { } opens && settings.ClosesAt is { } closes && closes <= opens)
        {
            throw new TrainingException(TrainingErrorCodes.QuizSettingInvalid) { Field = "closesAt" };
        }
    }
}
