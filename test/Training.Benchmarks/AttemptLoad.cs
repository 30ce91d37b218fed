using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Benchmarks;

/// <summary>
/// Quizzes 2/2's speed, from outside: the app built in Release, run in Production on a fresh PostgreSQL database as a child
/// process, driven over loopback. Answer saves by 50 learners each on their own attempt (wrk, a Lua script cycling through the
/// 50), against two baselines this process serves in the same run — a bare endpoint, and a bare endpoint writing the same row
/// with one raw Npgsql UPDATE; the page form without script (post a page, follow to the next) by 50 learners in a closed loop;
/// and 200 learners starting one quiz at the same moment (start, then the first page).
/// </summary>
public static partial class AttemptLoad
{
    private const int Savers = 50;
    private const int Starters = 200;
    private const string Password = Training.Data.DemoDataSeeder.DemoPassword;

    public static async Task RunAsync(string[] args)
    {
        var seconds = int.Parse(DataGenerator.Option(args, "--seconds") ?? "15", CultureInfo.InvariantCulture);
        Run("dotnet", $"build -c Release -v q {Path.Combine(AppProcess.RepositoryRoot(), "angular-less-razor-ui", "Training.Web")}");
        using var database = TestDatabase.Postgres();
        await using var app = await AppProcess.StartAsync(database.Options, "Production");
        Console.WriteLine($"app: Release, Production, PostgreSQL; load on loopback; {Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

        var learners = await CreateLearnersAsync(database);

        // PostgreSQL serves 100 connections: this process's pools must not hold them while the app needs them.
        NpgsqlConnection.ClearAllPools();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 500, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2),
        };
        var trainer = await TokenAsync(http, "trainer@demo.local");
        var (saveQuiz, burstQuiz, questions) = await PublishAsync(http, trainer);
        var tokens = new List<string>();
        foreach (var email in learners)
        {
            tokens.Add(await TokenAsync(http, email));
        }


        // Saves: each of the first 50 learners on their own attempt of the first quiz.
        var saves = new List<(string Path, string Token, string Body)>();
        foreach (var token in tokens.Take(Savers))
        {
            var attempt = await SendAsync<JsonElement>(http, HttpMethod.Post, $"/api/training/quizzes/{saveQuiz}/attempts", token, null);
            var question = attempt.GetProperty("questions")[0];
            var option = question.GetProperty("options")[0].GetProperty("optionId").GetString();
            saves.Add(($"/api/training/attempts/{attempt.GetProperty("attemptId").GetString()}/answers/{question.GetProperty("questionId").GetString()}",
                token, $$"""{"selectedOptionIds":["{{option}}"]}"""));
        }

        Console.WriteLine();
        Console.WriteLine($"answer saves, {Savers} connections, {seconds} s each (wrk -t2 -c{Savers}, durable commits)");
        Console.WriteLine("| endpoint | saves/s | p50 ms | p95 ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        (double Rate, double P50, double P95) empty, raw;
        await using (var bare = await BareHostAsync(database.Options.ConnectionString))
        {
            empty = Wrk(bare.Url, saves.Select(s => ("/bare", s.Token, s.Body)).ToList(), seconds, "GET");
            Console.WriteLine($"| bare endpoint, no database | {empty.Rate:F0} | {empty.P50:F1} | {empty.P95:F1} |");
            raw = Wrk(bare.Url, saves.Select(s => ("/bare" + s.Path, s.Token, s.Body)).ToList(), seconds, "PUT");
            Console.WriteLine($"| bare endpoint, raw Npgsql UPDATE of the row | {raw.Rate:F0} | {raw.P50:F1} | {raw.P95:F1} |");
        }

        var real = await WithAppLogAsync(app, () => Task.FromResult(Wrk(app.BaseAddress.ToString().TrimEnd('/'), saves, seconds, "PUT")));
        Console.WriteLine($"| PUT /api/training/attempts/{{id}}/answers/{{questionId}} | {real.Rate:F0} | {real.P50:F1} | {real.P95:F1} |");
        Console.WriteLine($"app ÷ raw Npgsql: {real.Rate / raw.Rate:F2}; app ÷ bare: {real.Rate / empty.Rate:F3}");

        await PagesAsync(http, app, learners.Take(Savers).ToList(), saveQuiz, questions, seconds);
        await WithAppLogAsync(app, async () =>
        {
            await BurstAsync(http, tokens, burstQuiz);
            return true;
        });
        Console.WriteLine();
        var lines = app.Log.Split('\n');
        var failures = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("fail:", StringComparison.Ordinal)
            && !lines[Math.Min(l.i + 3, lines.Length - 1)].Contains("__EFMigrationsHistory", StringComparison.Ordinal)).ToList();
        Console.WriteLine("(a fresh database's first look for the migrations table is logged as a failure by EF Core and not counted)");
        Console.WriteLine($"app errors logged: {failures.Count}");
        foreach (var (_, i) in failures.Take(3))
        {
            Console.WriteLine(string.Join('\n', lines.Skip(i).Take(4)));
        }
    }

    /// <summary>The learners: staff of a Cao Bằng ward, each with an account of the learner role that has set its password.</summary>
    private static async Task<List<string>> CreateLearnersAsync(TestDatabase database)
    {
        using var services = new TrainingTestServices(TestDatabase.Kept(database.Options));
        await using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var from = new DateOnly(2025, 7, 1);
        var ward = (await provider.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync("01273", from, false))!;
        var users = provider.GetRequiredService<UserManager<TrainingUser>>();
        var staff = provider.GetRequiredService<StaffMemberManager>();
        var emails = new List<string>();
        for (var i = 0; i < Starters; i++)
        {
            var email = $"hoc-vien-{i:000}@demo.local";
            var user = new TrainingUser(Guid.CreateVersion7(), email, email, $"Học viên {i:000}");
            user.AssignOrganizationUnit(ward.Id);
            Check((await users.CreateAsync(user, Password)).Succeeded);
            Check((await users.AddToRoleAsync(user, TrainingRoles.Learner)).Succeeded);
            var person = await staff.CreateAsync($"Nông Văn Học {i:000}", ward.Id, StaffRole.Collaborator, true, from, new StaffMemberChanges());
            person.LinkUser(user.Id);
            emails.Add(email);
        }

        await provider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        return emails;
    }

    /// <summary>A course of ten questions with two quizzes of five, one question a page, ten hours each, attempts unlimited.</summary>
    private static async Task<(string SaveQuiz, string BurstQuiz, int Questions)> PublishAsync(HttpClient http, string trainer)
    {
        var course = (await SendAsync<JsonElement>(http, HttpMethod.Post, "/api/training/courses", trainer, new
        {
            code = "DO-TAI-1", title = "Đo tải bài kiểm tra", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = false, minAttendancePercent = (int?)null, quizRequired = true }, qualifiesForCoverage = false,
        })).GetProperty("id").GetString();
        await SendAsync<JsonElement>(http, HttpMethod.Post, $"/api/training/courses/{course}/lessons", trainer, new { title = "Bài 1", body = "<p>Nội dung</p>" });
        var ids = new List<string>();
        for (var i = 1; i <= 10; i++)
        {
            ids.Add((await SendAsync<JsonElement>(http, HttpMethod.Post, $"/api/training/courses/{course}/questions", trainer, new
            {
                category = "Chung", type = "SingleChoice", text = $"<p>Câu hỏi số {i} về phòng, chống tệ nạn xã hội?</p>",
                options = new[] { new { text = "Phương án A", isCorrect = true }, new { text = "Phương án B", isCorrect = false },
                    new { text = "Phương án C", isCorrect = false }, new { text = "Phương án D", isCorrect = false } },
            })).GetProperty("id").GetString()!);
        }

        async Task<string> QuizAsync(string title, bool isFinal, IEnumerable<string> questionIds) =>
            (await SendAsync<JsonElement>(http, HttpMethod.Post, $"/api/training/courses/{course}/quizzes", trainer, new
            {
                title, isFinal, questionIds, shuffleQuestions = true, shuffleOptions = true, timeLimitMinutes = 600, passPercent = 60,
                maxAttempts = (int?)null, questionsPerPage = 1, review = "AnswersAndExplanations",
            })).GetProperty("id").GetString()!;
        var save = await QuizAsync("Kiểm tra cuối khoá", true, ids.Take(5));
        var burst = await QuizAsync("Kiểm tra đầu giờ", false, ids.Skip(5));
        await SendAsync<JsonElement>(http, HttpMethod.Post, $"/api/training/courses/{course}/publish", trainer, null);
        return (save, burst, 5);
    }

    /// <summary>
    /// The page form without script, 50 learners signed in with the cookie, each in a closed loop: post the page's answer and
    /// the move to the next page, follow the redirect to it (the answers of the last page move back to the first).
    /// </summary>
    private static async Task PagesAsync(HttpClient http, AppProcess app, IReadOnlyList<string> emails, string quiz, int pages, int seconds)
    {
        var users = new List<(string Cookie, string Attempt, string Token)>();
        foreach (var email in emails)
        {
            var login = await http.GetAsync("/Account/Login");
            var cookies = Cookies(login);
            var form = Field(await login.Content.ReadAsStringAsync());
            var signIn = await PostFormAsync(http, "/Account/Login", cookies, new()
            {
                ["Input.Login"] = email, ["Input.Password"] = Password, ["__RequestVerificationToken"] = form,
            });
            cookies = Merge(cookies, Cookies(signIn));
            var quizPage = await GetAsync(http, $"/Learn/Quiz/{quiz}", cookies);
            var started = await PostFormAsync(http, $"/Learn/Quiz/{quiz}", cookies, new() { ["__RequestVerificationToken"] = Field(quizPage) });
            var attempt = started.Headers.Location?.ToString() ?? throw new InvalidOperationException($"{email}: no attempt ({started.StatusCode})");
            var page = await GetAsync(http, attempt, cookies);
            users.Add((cookies, attempt.Split('/').Last(), Field(page)));
        }

        var times = new ConcurrentBag<double>();
        var errors = 0;
        async Task LoopAsync((string Cookie, string Attempt, string Token) user, DateTime until, bool record)
        {
            var page = 1;
            while (DateTime.UtcNow < until)
            {
                var clock = Stopwatch.StartNew();
                var current = await GetAsync(http, $"/Learn/Attempt/{user.Attempt}?page={page}", user.Cookie);
                var question = QuestionField().Match(current);
                var next = page % pages + 1;
                var posted = await PostFormAsync(http, $"/Learn/Attempt/{user.Attempt}", user.Cookie, new()
                {
                    ["page"] = page.ToString(CultureInfo.InvariantCulture), [question.Groups[1].Value] = question.Groups[2].Value,
                    ["go"] = next.ToString(CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = user.Token,
                });
                if (posted.StatusCode != HttpStatusCode.Redirect)
                {
                    Interlocked.Increment(ref errors);
                }

                if (record)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                page = next;
            }
        }

        await Task.WhenAll(users.Select(u => LoopAsync(u, DateTime.UtcNow.AddSeconds(3), record: false)));
        var measured = Stopwatch.StartNew();
        await Task.WhenAll(users.Select(u => LoopAsync(u, DateTime.UtcNow.AddSeconds(seconds), record: true)));
        var sorted = times.Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"page form without script, {users.Count} learners in a closed loop (C# client), {seconds} s: one step = GET the page + POST its answer and move");
        Console.WriteLine($"| steps/s | p50 ms | p95 ms | errors |");
        Console.WriteLine("|---:|---:|---:|---:|");
        Console.WriteLine($"| {sorted.Count / measured.Elapsed.TotalSeconds:F0} | {Percentile(sorted, 0.5):F1} | {Percentile(sorted, 0.95):F1} | {errors} |");
    }

    /// <summary>200 learners start the same quiz at the same moment: each start and its first page's GET, timed from the common start.</summary>
    private static async Task BurstAsync(HttpClient http, IReadOnlyList<string> tokens, string quiz)
    {
        using var gate = new ManualResetEventSlim(false);
        var times = new ConcurrentBag<double>();
        var clock = new Stopwatch();
        var tasks = tokens.Select(token => Task.Run(async () =>
        {
            gate.Wait();
            var attempt = await SendAsync<JsonElement>(http, HttpMethod.Post, $"/api/training/quizzes/{quiz}/attempts", token, null);
            await SendAsync<JsonElement>(http, HttpMethod.Get, $"/api/training/attempts/{attempt.GetProperty("attemptId").GetString()}", token, null);
            times.Add(clock.Elapsed.TotalMilliseconds);
        })).ToList();
        await Task.Delay(500);
        clock.Start();
        gate.Set();
        await Task.WhenAll(tasks);
        var sorted = times.Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"{tokens.Count} learners start one quiz at once (C# client): start + first page, from the common start");
        Console.WriteLine("| p50 ms | p95 ms | last ms |");
        Console.WriteLine("|---:|---:|---:|");
        Console.WriteLine($"| {Percentile(sorted, 0.5):F0} | {Percentile(sorted, 0.95):F0} | {sorted[^1]:F0} |");
    }

    /// <summary>This process's own baselines: GET /bare answers at once; PUT /bare/api/training/attempts/{a}/answers/{q} writes the
    /// answer with one raw Npgsql UPDATE by key and answers savedAt, as the app's route does, with nothing else.</summary>
    private static async Task<BareHost> BareHostAsync(string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = AppProcess.FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var dataSource = NpgsqlDataSource.Create(connectionString);
        app.MapGet("/bare", () => Results.Text("ok"));
        app.MapPut("/bare/api/training/attempts/{attemptId:guid}/answers/{questionId:guid}", async (Guid attemptId, Guid questionId, HttpRequest request) =>
        {
            var body = await JsonDocument.ParseAsync(request.Body);
            var selected = string.Join(',', body.RootElement.GetProperty("selectedOptionIds").EnumerateArray().Select(o => o.GetGuid()));
            var now = DateTimeOffset.UtcNow;
            await using var command = dataSource.CreateCommand(
                """UPDATE "AttemptQuestions" SET "SelectedOptionIds" = $1, "SavedAt" = $2 WHERE "AttemptId" = $3 AND "QuestionId" = $4""");
            command.Parameters.Add(new() { Value = selected });
            command.Parameters.Add(new() { Value = now });
            command.Parameters.Add(new() { Value = attemptId });
            command.Parameters.Add(new() { Value = questionId });
            return await command.ExecuteNonQueryAsync() == 1 ? Results.Ok(new { savedAt = now }) : Results.NotFound();
        });
        await app.StartAsync();
        return new BareHost(app, dataSource, $"http://127.0.0.1:{port}");
    }

    /// <summary>The run, or the app's log with the run's failure.</summary>
    private static async Task<T> WithAppLogAsync<T>(AppProcess app, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(e.Message + "\napp log:\n" + string.Join('\n', app.Log.Split('\n').TakeLast(60)), e);
        }
    }

    /// <summary>wrk with a Lua script that cycles through the requests (a path, a bearer token and a body each) and prints the rate and
    /// the 50th and 95th percentiles; any non-2xx answer fails the run.</summary>
    private static (double Rate, double P50, double P95) Wrk(string baseUrl, IReadOnlyList<(string Path, string Token, string Body)> requests, int seconds,
        string method)
    {
        // Built in init, once wrk has set the Host header that wrk.format copies (at load time it is not set yet).
        var script = new StringBuilder("local requests = {}\ninit = function(args)\n");
        foreach (var (path, token, body) in requests)
        {
            script.Append(CultureInfo.InvariantCulture, $"table.insert(requests, wrk.format(\"{method}\", \"{path}\", {{[\"Content-Type\"] = \"application/json\", ")
                .Append(CultureInfo.InvariantCulture, $"[\"Authorization\"] = \"Bearer {token}\"}}, {(method == "GET" ? "nil" : "'" + body + "'")}))\n");
        }

        script.Append("""
            end
            local i = 0
            request = function() i = i % #requests + 1; return requests[i] end
            done = function(summary, latency, requests)
              io.write(string.format("RESULT %f %f %f %d %d\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
                latency:percentile(95) / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
            end
            """);
        var file = Path.Combine(Path.GetTempPath(), $"training-wrk-{Guid.NewGuid():N}.lua");
        File.WriteAllText(file, script.ToString());
        Run("wrk", $"-t2 -c{requests.Count} -d3s -s {file} {baseUrl}");
        var output = Run("wrk", $"-t2 -c{requests.Count} -d{seconds}s --timeout 10s -s {file} {baseUrl}");
        File.Delete(file);
        var result = output.Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
        if (result[4] != "0" || result[5] != "0")
        {
            throw new InvalidOperationException($"wrk saw {result[4]} non-2xx answers and {result[5]} socket errors:\n{output}");
        }

        return (double.Parse(result[1], CultureInfo.InvariantCulture), double.Parse(result[2], CultureInfo.InvariantCulture),
            double.Parse(result[3], CultureInfo.InvariantCulture));
    }

    private static async Task<string> TokenAsync(HttpClient http, string email) =>
        (await SendAsync<JsonElement>(http, HttpMethod.Post, "/api/identity/login", null, new { email, password = Password }))
        .GetProperty("accessToken").GetString()!;

    private static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string path, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonSerializer.Deserialize<T>(text)!
            : throw new InvalidOperationException($"{method} {path} {JsonSerializer.Serialize(body)}: {response.StatusCode} {text}");
    }

    private static async Task<string> GetAsync(HttpClient http, string path, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync()
            : throw new InvalidOperationException($"GET {path}: {response.StatusCode}");
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, string cookies, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookies);
        return await http.SendAsync(request);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private static string Merge(string first, string second) =>
        string.Join("; ", (first + "; " + second).Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => (Name: c.Split('=')[0], Cookie: c)).GroupBy(c => c.Name).Select(g => g.Last().Cookie));

    private static string Field(string html) => VerificationToken().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery field in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex VerificationToken();

    [GeneratedRegex("name=\"(q\\.[0-9a-f-]+)\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex QuestionField();

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Check(bool succeeded)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException("Identity refused a benchmark learner.");
        }
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} {arguments}: exit {process.ExitCode}\n{output}");
    }

    private sealed class BareHost(WebApplication app, NpgsqlDataSource dataSource, string url) : IAsyncDisposable
    {
        public string Url => url;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await dataSource.DisposeAsync();
        }
    }
}
