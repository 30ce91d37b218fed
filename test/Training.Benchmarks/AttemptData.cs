using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Training.Courses;
using Training.EntityFrameworkCore;
using Training.Identity;
using Training.Quizzes;

namespace Training.Benchmarks;

/// <summary>
/// Quizzes at national scale: a published course of 20 questions and 20 quizzes of 10, each taken by 50,000 people across the
/// country — 1,000,000 graded attempts and 10,000,000 answers, written by binary COPY (PostgreSQL only). Each person has an
/// ability and each question a difficulty, so that facility and discrimination come out as a real quiz's would; a trainer
/// of every province reads them.
/// </summary>
public static class AttemptData
{
    public const string CourseCode = "KT-QG-001";
    public const string BenchTrainer = "trainer-national@demo.local";
    private const int Quizzes = 20;
    private const int QuestionsPerQuiz = 10;
    private const int AttemptsPerQuiz = 50_000;

    public static async Task GenerateAsync(TrainingTestServices services, TrainingDatabaseOptions options)
    {
        await using var db = TrainingDbContext.Create(options);
        if (await db.QuizAttempts.AnyAsync())
        {
            Console.WriteLine("the database already has quiz attempts: none generated");
            return;
        }

        var clock = Stopwatch.StartNew();
        var (course, quizzes, bank) = await PublishAsync(services);
        await TrainerAsync(services);
        var staff = await db.StaffMembers.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var random = new Random(552);
        var ability = staff.ToDictionary(id => id, _ => 0.25 + (0.7 * random.NextDouble()));
        var difficulty = bank.ToDictionary(q => q.Id, _ => -0.2 + (0.5 * random.NextDouble()));

        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        var started = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        for (var q = 0; q < quizzes.Count; q++)
        {
            var quiz = quizzes[q];
            var questions = quiz.QuestionIds.Select(id => bank.Single(b => b.Id == id)).ToList();
            var taken = new List<(Guid Id, Guid Person, DateTimeOffset At, int Score, string Items)>(AttemptsPerQuiz);
            var given = new List<(Guid Attempt, Question Question, int Position, Guid Chosen, bool Right, DateTimeOffset At)>(AttemptsPerQuiz * QuestionsPerQuiz);
            for (var j = 0; j < AttemptsPerQuiz; j++)
            {
                var person = staff[((q * 7_919) + j) % staff.Count];
                var id = Guid.CreateVersion7();
                var at = started.AddMinutes((q * AttemptsPerQuiz) + j);
                var score = 0;
                var items = new List<string>(questions.Count);
                for (var p = 0; p < questions.Count; p++)
                {
                    var question = questions[p];
                    var right = random.NextDouble() < Math.Clamp(ability[person] - difficulty[question.Id], 0.02, 0.98);
                    var wrong = question.Options.Where(o => !o.IsCorrect).ToList();
                    var chosen = right ? question.Options.First(o => o.IsCorrect).Id : wrong[random.Next(wrong.Count)].Id;
                    given.Add((id, question, p + 1, chosen, right, at.AddMinutes(1)));
                    items.Add(ItemAnalysis.Describe(question, right ? 1 : 0, [chosen]));
                    score += right ? 1 : 0;
                }

                taken.Add((id, person, at, score, string.Join(',', items)));
            }

            // The attempts first, committed: the answers' rows name them.
            await using (var attempts = await connection.BeginBinaryImportAsync(
                """COPY "QuizAttempts" ("Id", "QuizId", "CourseId", "StaffMemberId", "UserId", "Number", "StartedAt", "Deadline", "SubmittedAt", "ClosedOn", "ClosedByDeadline", "Score", "MaxScore", "Percent", "Passed", "Version", "Items") FROM STDIN (FORMAT BINARY)"""))
            {
                foreach (var (id, person, at, score, items) in taken)
                {
                    var percent = 100m * score / questions.Count;
                    await attempts.StartRowAsync();
                    await attempts.WriteAsync(id, NpgsqlDbType.Uuid);
                    await attempts.WriteAsync(quiz.Id, NpgsqlDbType.Uuid);
                    await attempts.WriteAsync(course, NpgsqlDbType.Uuid);
                    await attempts.WriteAsync(person, NpgsqlDbType.Uuid);
                    await attempts.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await attempts.WriteAsync(1, NpgsqlDbType.Integer);
                    await attempts.WriteAsync(at.UtcDateTime, NpgsqlDbType.TimestampTz);
                    await attempts.WriteAsync(at.AddMinutes(15).UtcDateTime, NpgsqlDbType.TimestampTz);
                    await attempts.WriteAsync(at.AddMinutes(9).UtcDateTime, NpgsqlDbType.TimestampTz);
                    await attempts.WriteAsync(Training.Timing.BusinessClock.ToBusinessDate(at.AddMinutes(9)), NpgsqlDbType.Date);
                    await attempts.WriteAsync(false, NpgsqlDbType.Boolean);
                    await attempts.WriteAsync((decimal)score, NpgsqlDbType.Numeric);
                    await attempts.WriteAsync(questions.Count, NpgsqlDbType.Integer);
                    await attempts.WriteAsync(percent, NpgsqlDbType.Numeric);
                    await attempts.WriteAsync(percent >= 60, NpgsqlDbType.Boolean);
                    await attempts.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                    await attempts.WriteAsync(items, NpgsqlDbType.Text);
                }

                await attempts.CompleteAsync();
            }

            await using (var rows = await connection.BeginBinaryImportAsync(
                """COPY "AttemptQuestions" ("AttemptId", "QuestionId", "Position", "Page", "OptionIds", "SelectedOptionIds", "ClientSeq", "SavedAt", "Score") FROM STDIN (FORMAT BINARY)"""))
            {
                foreach (var (attempt, question, position, chosen, right, at) in given)
                {
                    await rows.StartRowAsync();
                    await rows.WriteAsync(attempt, NpgsqlDbType.Uuid);
                    await rows.WriteAsync(question.Id, NpgsqlDbType.Uuid);
                    await rows.WriteAsync(position, NpgsqlDbType.Integer);
                    await rows.WriteAsync((position + 4) / 5, NpgsqlDbType.Integer);
                    await rows.WriteAsync(string.Join(',', question.Options.Select(o => o.Id)), NpgsqlDbType.Text);
                    await rows.WriteAsync(chosen.ToString(), NpgsqlDbType.Text);
                    await rows.WriteNullAsync();
                    await rows.WriteAsync(at.UtcDateTime, NpgsqlDbType.TimestampTz);
                    await rows.WriteAsync(right ? 1m : 0m, NpgsqlDbType.Numeric);
                }

                await rows.CompleteAsync();
            }

            Console.WriteLine($"quiz {q + 1}/{quizzes.Count}: {AttemptsPerQuiz} attempts ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        await using (var analyse = new NpgsqlCommand("""ANALYZE "QuizAttempts"; ANALYZE "AttemptQuestions";""", connection))
        {
            await analyse.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"attempts: {quizzes.Count * AttemptsPerQuiz} graded, {quizzes.Count * AttemptsPerQuiz * QuestionsPerQuiz} answers ({clock.Elapsed.TotalSeconds:F0} s)");
    }

    /// <summary>The course, drafted, given its bank and quizzes, and published as a trainer would.</summary>
    private static async Task<(Guid Course, List<Quiz> Quizzes, List<Question> Bank)> PublishAsync(TrainingTestServices services)
    {
        await services.SignInAsAsync("trainer@demo.local");
        await using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var courses = provider.GetRequiredService<CourseManager>();
        var quizManager = provider.GetRequiredService<QuizManager>();
        var course = await courses.CreateAsync(CourseCode, services.CurrentUser.Id!.Value);
        course.Describe("Kiểm tra kiến thức phòng, chống tệ nạn xã hội toàn quốc", null, [], new CompletionRule(true, null, false), 24, false, issuesCertificate: false);
        course.AddLesson("Bài 1", "<p>Nội dung ôn tập.</p>", null);
        var bank = (await quizManager.AddQuestionsAsync(course, Enumerable.Range(1, Quizzes).Select(i => new QuestionContent(i % 2 == 0 ? "Pháp luật" : "Kỹ năng",
            QuestionType.SingleChoice, $"<p>Câu hỏi {i}: nội dung kiểm tra kiến thức phòng, chống tệ nạn xã hội.</p>", null, false,
            Enumerable.Range(0, 4).Select(o => new QuestionContentOption(null, $"Phương án {(char)('A' + o)}", o == 0)).ToList())).ToList())).ToList();
        var quizzes = new List<Quiz>();
        for (var q = 0; q < Quizzes; q++)
        {
            quizzes.Add(await quizManager.SaveQuizAsync(course, null, $"Kiểm tra đợt {q + 1}", q == 0,
                Enumerable.Range(0, QuestionsPerQuiz).Select(p => bank[(q + p) % bank.Count].Id).ToList(), [],
                new QuizSettings(true, true, 15, 60, 3, null, null, 5, QuizReview.Correctness)));
        }

        await courses.PublishAsync(course, DateTimeOffset.UtcNow);
        await provider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        return (course.Id, quizzes, bank);
    }

    /// <summary>A trainer of every province: the results of the whole country.</summary>
    private static async Task TrainerAsync(TrainingTestServices services)
    {
        await using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var trainer = new TrainingUser(Guid.CreateVersion7(), BenchTrainer, BenchTrainer, "Giảng viên toàn quốc");
        foreach (var root in await db.OrganizationUnits.Where(u => u.ParentId == null).Select(u => u.Id).ToListAsync())
        {
            trainer.AssignOrganizationUnit(root);
        }

        if (!(await users.CreateAsync(trainer, Training.Data.DemoDataSeeder.DemoPassword)).Succeeded
            || !(await users.AddToRoleAsync(trainer, TrainingRoles.Trainer)).Succeeded)
        {
            throw new InvalidOperationException("Identity refused the national trainer.");
        }
    }
}
