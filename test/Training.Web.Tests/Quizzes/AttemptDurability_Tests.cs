using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Quizzes;

/// <summary>
/// "An answer the page said was saved is never lost": the built app as a child process, 20 clients saving answers to their
/// attempts, killed with SIGKILL (the whole process tree) in the middle, started again on the same database. Every save that
/// was answered with savedAt is there on resume, and the time left is the deadline's, the downtime not added.
/// </summary>
public class AttemptDurability_Tests
{
    private const int Clients = 20;

    [Fact]
    public async Task Saved_Answers_Survive_A_Kill_On_A_Sqlite_File()
    {
        using var database = TestDatabase.SqliteFile();
        await AssertAsync(database);
    }

    [PostgresFact]
    public async Task Saved_Answers_Survive_A_Kill_On_PostgreSql()
    {
        using var database = TestDatabase.Postgres();
        await AssertAsync(database);
    }

    private static async Task AssertAsync(TestDatabase database)
    {
        var app = await AppProcess.StartAsync(database.Options);
        var attempts = new List<(string Id, DateTimeOffset Deadline)>();
        QuizScenario quiz;
        try
        {
            quiz = await QuizScenario.PublishAsync(await SignInAsync(app, "trainer@demo.local"), "KT-BEN-1",
                new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false },
                new() { ["timeLimitMinutes"] = 30, ["maxAttempts"] = null }, others: Clients - 1);
            var learner = await SignInAsync(app, "learner@demo.local");
            foreach (var quizId in quiz.OtherQuizIds.Prepend(quiz.QuizId))
            {
                var started = await learner.PostAsync($"/api/training/quizzes/{quizId}/attempts", null).JsonAsync(HttpStatusCode.Created);
                attempts.Add((started.GetProperty("attemptId").GetString()!, started.GetProperty("deadline").GetDateTimeOffset()));
            }

            // Each client saves to its own attempt, one save at a time, so that at the kill at most one save per client is
            // unanswered: the stored answer is the last one answered, or that one.
            var acknowledged = new ConcurrentDictionary<(string Attempt, string Question), string>();
            var unanswered = new ConcurrentDictionary<(string Attempt, string Question), string>();
            var saves = 0;
            var clients = attempts.Select((attempt, c) => Task.Run(async () =>
            {
                var random = new Random(c);
                for (long seq = 1; ; seq++)
                {
                    var question = seq % 2 == 0 ? quiz.Single : quiz.Multiple;
                    var options = question.Right.Concat(question.Wrong).ToArray();
                    string[] selected = question == quiz.Single ? [options[random.Next(options.Length)]]
                        : options.Where(_ => random.Next(2) == 0).ToArray();
                    var key = (attempt.Id, question.Id);
                    unanswered[key] = Key(selected);
                    try
                    {
                        var response = await learner.PutAsJsonAsync($"/api/training/attempts/{attempt.Id}/answers/{question.Id}",
                            new { selectedOptionIds = selected, clientSeq = seq });
                        var body = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode != HttpStatusCode.OK || !body.Contains("savedAt", StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException($"{response.StatusCode}: {body}");
                        }

                        acknowledged[key] = Key(selected);
                        unanswered.TryRemove(key, out _);
                        Interlocked.Increment(ref saves);
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            })).ToList();
            while (Volatile.Read(ref saves) < 600 && clients.All(c => !c.IsCompleted))
            {
                await Task.Delay(20);
            }

            app.Kill();
            await Task.WhenAll(clients);
            var killedAfter = saves;

            await using var again = await AppProcess.StartAsync(database.Options);
            var resumed = await SignInAsync(again, "learner@demo.local");
            foreach (var attempt in attempts)
            {
                // The server counts the seconds left somewhere between the request and its answer: ± 2 s around that span.
                var before = (attempt.Deadline - DateTimeOffset.UtcNow).TotalSeconds;
                var state = await resumed.GetAsync($"/api/training/attempts/{attempt.Id}").JsonAsync(HttpStatusCode.OK);
                var after = (attempt.Deadline - DateTimeOffset.UtcNow).TotalSeconds;
                state.GetProperty("deadline").GetDateTimeOffset().ShouldBe(attempt.Deadline);
                state.GetProperty("secondsLeft").GetInt32().ShouldBeInRange((int)after - 2, (int)before + 2, "downtime does not extend the deadline");
                var stored = state.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("questionId").GetString()!,
                    a => Key(a.GetProperty("selectedOptionIds").EnumerateArray().Select(o => o.GetString()!)));
                foreach (var question in new[] { quiz.Single.Id, quiz.Multiple.Id })
                {
                    if (acknowledged.TryGetValue((attempt.Id, question), out var saved))
                    {
                        stored.ShouldContainKey(question);
                        new[] { saved, unanswered.GetValueOrDefault((attempt.Id, question)) }.ShouldContain(stored[question],
                            $"attempt {attempt.Id}: the last answered save, or the one in flight at the kill");
                    }
                }
            }

            killedAfter.ShouldBeGreaterThanOrEqualTo(Clients, "the clients were saving when the app was killed");
            acknowledged.Count.ShouldBe(Clients * 2);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static string Key(IEnumerable<string> options) => string.Join(",", options.Order(StringComparer.Ordinal));

    private static async Task<HttpClient> SignInAsync(AppProcess app, string email)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var token = await client.PostAsJsonAsync("/api/identity/login", new { email, password = Training.Data.DemoDataSeeder.DemoPassword })
            .JsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
