using Moq;
using Training.Courses;
using Training.Quizzes;

namespace Training.Domain.Tests.Quizzes;

/// <summary>Grading against hand-worked examples: each answer's score, an attempt's total, percent and pass, and the deadline.</summary>
public class QuizGrading_Tests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    /// <param name="right">How many right options the question has; the rest of <paramref name="options"/> are wrong.</param>
    /// <param name="chosenRight">How many right ones were chosen; <paramref name="chosenWrong"/> wrong ones.</param>
    [Theory]
    [InlineData(QuestionType.SingleChoice, false, 4, 1, 1, 0, 1.0)]
    [InlineData(QuestionType.SingleChoice, false, 4, 1, 0, 1, 0.0)]
    [InlineData(QuestionType.SingleChoice, false, 4, 1, 0, 0, 0.0)]
    [InlineData(QuestionType.SingleChoice, false, 4, 1, 1, 1, 0.0)]
    [InlineData(QuestionType.TrueFalse, false, 2, 1, 1, 0, 1.0)]
    [InlineData(QuestionType.MultipleChoice, false, 4, 2, 2, 0, 1.0)]
    [InlineData(QuestionType.MultipleChoice, false, 4, 2, 1, 0, 0.0)]
    [InlineData(QuestionType.MultipleChoice, false, 4, 2, 2, 1, 0.0)]
    [InlineData(QuestionType.MultipleChoice, true, 4, 2, 2, 0, 1.0)]
    [InlineData(QuestionType.MultipleChoice, true, 4, 2, 1, 0, 0.5)]
    [InlineData(QuestionType.MultipleChoice, true, 4, 2, 2, 1, 0.5)]
    [InlineData(QuestionType.MultipleChoice, true, 4, 2, 1, 1, 0.0)]
    [InlineData(QuestionType.MultipleChoice, true, 4, 2, 0, 2, 0.0)]
    [InlineData(QuestionType.MultipleChoice, true, 5, 3, 2, 1, 0.16666666666666666666666666667)]
    [InlineData(QuestionType.MultipleChoice, true, 3, 3, 2, 0, 0.66666666666666666666666666667)]
    public void An_Answer_Scores_As_Its_Type_Says(QuestionType type, bool partialCredit, int options, int right, int chosenRight, int chosenWrong, double expected)
    {
        var question = Question(type, partialCredit, options, right);
        var chosen = question.Options.Where(o => o.IsCorrect).Take(chosenRight).Concat(question.Options.Where(o => !o.IsCorrect).Take(chosenWrong))
            .Select(o => o.Id).Append(Guid.NewGuid()).ToList();

        QuizGrading.ItemScore(question, chosen).ShouldBe((decimal)expected, 0.0000000001m, "an id that is not the question's counts for nothing");
    }

    [Fact]
    public async Task An_Attempt_Totals_Its_Answers_Rounds_To_Two_Decimals_And_Passes_At_The_Mark()
    {
        // 1 + 1/2 + 2/3 = 2.1667 of 3: 72.22%.
        var bank = new[] { Question(QuestionType.SingleChoice, false, 2, 1), Question(QuestionType.MultipleChoice, true, 4, 2),
            Question(QuestionType.MultipleChoice, true, 3, 3) };
        IReadOnlyList<Guid>[] answers = [[bank[0].Options[0].Id], [bank[1].Options[0].Id], [bank[2].Options[0].Id, bank[2].Options[1].Id]];
        foreach (var (mark, passed) in new[] { (72, true), (73, false) })
        {
            var quiz = await QuizAsync(bank, new QuizSettings(false, false, 15, mark, null, null, null, 10, QuizReview.ScoreOnly));
            var attempt = QuizAttempt.Start(Guid.NewGuid(), quiz, Guid.NewGuid(), Guid.NewGuid(), 1, quiz.Pick(bank, new Random(1)), Now);
            attempt.AnswerPage(1, bank.Select((q, i) => (q.Id, answers[i])).ToDictionary(x => x.Id, x => x.Item2), Now.AddMinutes(3));

            attempt.Grade(bank.ToDictionary(q => q.Id), mark, Now.AddMinutes(5));

            attempt.Score.ShouldBe(2.17m);
            attempt.MaxScore.ShouldBe(3);
            attempt.Percent.ShouldBe(72.22m);
            attempt.Passed.ShouldBe(passed);
            attempt.SubmittedAt.ShouldBe(Now.AddMinutes(5));
            attempt.Questions.Select(q => q.Score).ShouldBe([1m, 0.5m, 0.6667m]);
        }
    }

    [Fact]
    public async Task The_Deadline_Is_The_Sooner_Of_The_Time_Limit_And_The_Closing_And_Grades_As_Of_It()
    {
        var bank = new[] { Question(QuestionType.TrueFalse, false, 2, 1) };
        var closes = Now.AddMinutes(10);
        var quiz = await QuizAsync(bank, new QuizSettings(false, false, 15, 50, null, Now.AddHours(-1), closes, 10, QuizReview.ScoreOnly));
        var attempt = QuizAttempt.Start(Guid.NewGuid(), quiz, Guid.NewGuid(), Guid.NewGuid(), 1, quiz.Pick(bank, new Random(1)), Now);
        attempt.Deadline.ShouldBe(closes);
        attempt.SecondsLeft(Now.AddSeconds(30.5)).ShouldBe(570);
        attempt.AnswerPage(1, new Dictionary<Guid, IReadOnlyList<Guid>> { [bank[0].Id] = [bank[0].Options[0].Id] }, Now.AddMinutes(9));
        attempt.IsOpenAt(closes).ShouldBeFalse("no grace period");
        Should.Throw<TrainingException>(() => attempt.AnswerPage(1, new Dictionary<Guid, IReadOnlyList<Guid>>(), closes)).Code
            .ShouldBe(TrainingErrorCodes.AttemptClosed);

        // Graded by the job at 17:20 UTC the next day would still be closed as of the deadline, dated the deadline's day.
        attempt.Grade(bank.ToDictionary(q => q.Id), 50, closes.AddHours(20));
        attempt.SubmittedAt.ShouldBe(closes);
        attempt.ClosedByDeadline.ShouldBeTrue();
        attempt.ClosedOn.ShouldBe(new DateOnly(2026, 12, 3));
        attempt.Percent.ShouldBe(100m);

        var untimed = await QuizAsync(bank, new QuizSettings(false, false, null, 50, null, null, null, 10, QuizReview.ScoreOnly));
        QuizAttempt.Start(Guid.NewGuid(), untimed, Guid.NewGuid(), Guid.NewGuid(), 1, untimed.Pick(bank, new Random(1)), Now).Deadline.ShouldBeNull();
        Should.Throw<TrainingException>(() => QuizAttempt.Start(Guid.NewGuid(), quiz, Guid.NewGuid(), Guid.NewGuid(), 1, quiz.Pick(bank, new Random(1)), closes))
            .Code.ShouldBe(TrainingErrorCodes.QuizNotOpen);
    }

    [Fact]
    public async Task A_Page_Posted_Without_Script_Clears_What_Was_Unchosen_And_Refuses_Another_Questions_Option()
    {
        var bank = new[] { Question(QuestionType.SingleChoice, false, 3, 1), Question(QuestionType.SingleChoice, false, 3, 1) };
        var quiz = await QuizAsync(bank, new QuizSettings(false, false, null, 50, null, null, null, 1, QuizReview.ScoreOnly));
        var attempt = QuizAttempt.Start(Guid.NewGuid(), quiz, Guid.NewGuid(), Guid.NewGuid(), 1, quiz.Pick(bank, new Random(1)), Now);
        attempt.PageCount.ShouldBe(2);
        attempt.AnswerPage(1, new Dictionary<Guid, IReadOnlyList<Guid>> { [bank[0].Id] = [bank[0].Options[1].Id] }, Now);
        attempt.AnswerPage(2, new Dictionary<Guid, IReadOnlyList<Guid>>(), Now);
        attempt.Questions[1].SelectedOptionIds.ShouldBeNull("a question never answered stays unanswered");

        attempt.AnswerPage(1, new Dictionary<Guid, IReadOnlyList<Guid>>(), Now);

        attempt.Questions[0].SelectedOptionIds.ShouldBeEmpty();
        Should.Throw<TrainingException>(() => attempt.AnswerPage(1, new Dictionary<Guid, IReadOnlyList<Guid>> { [bank[0].Id] = [bank[1].Options[0].Id] }, Now))
            .Code.ShouldBe(TrainingErrorCodes.OptionNotInQuestion);
        Should.Throw<TrainingException>(() => attempt.AnswerPage(1, new Dictionary<Guid, IReadOnlyList<Guid>> { [bank[1].Id] = [] }, Now))
            .Code.ShouldBe(TrainingErrorCodes.QuestionNotFound);
    }

    private static Question Question(QuestionType type, bool partialCredit, int options, int right) =>
        new(Guid.NewGuid(), Guid.NewGuid(), 1, new QuestionContent("Chung", type, "<p>Câu hỏi</p>", null, partialCredit,
            Enumerable.Range(0, options).Select(i => new QuestionContentOption(null, $"Phương án {i + 1}", i < right)).ToList()));

    private static async Task<Quiz> QuizAsync(IReadOnlyList<Question> bank, QuizSettings settings)
    {
        var repository = new Mock<ICourseRepository>();
        repository.Setup(r => r.CodeExistsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var questions = new Mock<IQuestionRepository>();
        questions.Setup(q => q.GetPlacesAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync(bank.Select((q, i) => new QuestionPlace(q.Id, i + 1)).ToList());
        var quizzes = new Mock<IQuizRepository>();
        quizzes.Setup(q => q.GetByCourseAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var manager = new QuizManager(questions.Object, quizzes.Object);
        var course = await new CourseManager(repository.Object, Mock.Of<ITrainingSessionRepository>(), manager).CreateAsync("KT-2026", Guid.NewGuid());
        return await manager.SaveQuizAsync(course, null, "Kiểm tra", true, bank.Select(q => q.Id).ToList(), [], settings);
    }
}
