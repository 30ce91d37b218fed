using Training.Courses;

namespace Training.Quizzes;

/// <summary>
/// The rules of a course version's bank and quizzes that span more than one of them: a question's place in the bank, one
/// final quiz per version, a fixed list naming only the bank's questions, the copies a new version takes, and what
/// publishing needs.
/// </summary>
public class QuizManager(IQuestionRepository questions, IQuizRepository quizzes)
{
    /// <summary>Adds a question at the end of the draft's bank.</summary>
    public async Task<Question> AddQuestionAsync(Course draft, QuestionContent content, CancellationToken cancellationToken = default) =>
        (await AddQuestionsAsync(draft, [content], cancellationToken))[0];

    /// <summary>Adds questions at the end of the draft's bank, in order.</summary>
    public async Task<IReadOnlyList<Question>> AddQuestionsAsync(Course draft, IReadOnlyList<QuestionContent> contents, CancellationToken cancellationToken = default)
    {
        EnsureDraft(draft);
        var bank = await questions.GetPlacesAsync(draft.Id, cancellationToken);
        if (bank.Count + contents.Count > QuizConsts.MaxQuestionsPerCourse)
        {
            throw new TrainingException(TrainingErrorCodes.QuestionBankFull, TrainingErrorKind.BadRequest, QuizConsts.MaxQuestionsPerCourse);
        }

        var order = bank.Count == 0 ? 0 : bank.Max(q => q.Order);
        var added = new List<Question>();
        foreach (var content in contents)
        {
            var question = new Question(Guid.CreateVersion7(), draft.Id, ++order, content);
            await questions.InsertAsync(question, cancellationToken);
            added.Add(question);
        }

        return added;
    }

    public void ChangeQuestion(Course draft, Question question, QuestionContent content)
    {
        EnsureDraft(draft);
        question.Change(content);
    }

    /// <summary>Removes a question of a draft, and from the fixed lists that showed it.</summary>
    public async Task DeleteQuestionAsync(Course draft, Question question, CancellationToken cancellationToken = default)
    {
        EnsureDraft(draft);
        foreach (var quiz in await quizzes.GetByCourseAsync(draft.Id, cancellationToken))
        {
            quiz.Forget(question.Id);
        }

        questions.Delete(question);
    }

    /// <summary>Creates (<paramref name="quiz"/> null) or changes a quiz of the draft; a final quiz ends the others' being final.</summary>
    public async Task<Quiz> SaveQuizAsync(Course draft, Quiz? quiz, string title, bool isFinal, IReadOnlyList<Guid> questionIds, IReadOnlyList<QuizDraw> draw,
        QuizSettings settings, CancellationToken cancellationToken = default)
    {
        EnsureDraft(draft);
        var bank = await questions.GetPlacesAsync(draft.Id, cancellationToken);
        var isNew = quiz is null;
        quiz ??= new Quiz(Guid.CreateVersion7(), draft.Id);
        quiz.Change(title, isFinal, questionIds, draw, settings, bank.Select(q => q.Id).ToHashSet());
        if (isFinal)
        {
            foreach (var other in (await quizzes.GetByCourseAsync(draft.Id, cancellationToken)).Where(q => q.Id != quiz.Id))
            {
                other.NoLongerFinal();
            }
        }

        if (isNew)
        {
            await quizzes.InsertAsync(quiz, cancellationToken);
        }

        return quiz;
    }

    /// <summary>
    /// Question ids of <paramref name="from"/> named as those of its next draft: a client that posts a quiz under a published
    /// course id lists the questions it can see, and the draft holds their copies, in the same places.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> InDraftAsync(Course from, Course draft, IReadOnlyList<Guid> questionIds, CancellationToken cancellationToken = default)
    {
        if (from.Id == draft.Id || questionIds.Count == 0)
        {
            return questionIds;
        }

        var places = (await questions.GetPlacesAsync(from.Id, cancellationToken)).ToDictionary(q => q.Id, q => q.Order);
        var copies = (await questions.GetPlacesAsync(draft.Id, cancellationToken)).GroupBy(q => q.Order).ToDictionary(g => g.Key, g => g.First().Id);
        return questionIds.Select(id => places.TryGetValue(id, out var order) && copies.TryGetValue(order, out var copy) ? copy : id).ToList();
    }

    public void DeleteQuiz(Course draft, Quiz quiz)
    {
        EnsureDraft(draft);
        quizzes.Delete(quiz);
    }

    /// <summary>The bank and the quizzes of <paramref name="from"/>, copied into its next version with new ids.</summary>
    public async Task CopyAsync(Course from, Course next, CancellationToken cancellationToken = default)
    {
        var copies = new Dictionary<Guid, Guid>();
        foreach (var question in await questions.GetBankAsync(from.Id, cancellationToken))
        {
            var copy = question.CopyTo(next.Id);
            copies[question.Id] = copy.Id;
            await questions.InsertAsync(copy, cancellationToken);
        }

        foreach (var quiz in await quizzes.GetByCourseAsync(from.Id, cancellationToken))
        {
            await quizzes.InsertAsync(quiz.CopyTo(next.Id, copies), cancellationToken);
        }
    }

    /// <summary>409 when the rule asks for a final quiz the version lacks, or a draw asks for more than its category holds.</summary>
    public async Task CheckPublishableAsync(Course draft, CancellationToken cancellationToken = default)
    {
        var versionQuizzes = await quizzes.GetByCourseAsync(draft.Id, cancellationToken);
        if (draft.Rule.QuizRequired && !versionQuizzes.Any(q => q.IsFinal))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.CourseQuizMissing);
        }

        // A fixed list emptied by deleting its questions leaves a quiz nobody can take.
        if (versionQuizzes.FirstOrDefault(q => q.QuestionIds.Count == 0 && q.Draw.Count == 0) is { } empty)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.QuizHasNoQuestions, empty.Title);
        }

        if (versionQuizzes.Any(q => q.Draw.Count > 0))
        {
            var bank = await questions.GetBankAsync(draft.Id, cancellationToken);
            if (versionQuizzes.SelectMany(q => q.DrawsLargerThan(bank).Select(d => (q, d))).FirstOrDefault() is ({ } quiz, { } draw))
            {
                throw TrainingException.Conflict(TrainingErrorCodes.QuizTooFewQuestions, quiz.Title, draw.Category, draw.Count);
            }
        }
    }

    /// <summary>409 unless the course is a draft; the write that follows is stamped on the course (see <see cref="Course.BankStamp"/>).</summary>
    private static void EnsureDraft(Course course) => course.TouchBank();
}
