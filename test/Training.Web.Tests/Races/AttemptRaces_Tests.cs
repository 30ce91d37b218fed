using System.Net;
using System.Net.Http.Json;
using Training.Web.Tests.Quizzes;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Races;

/// <summary>
/// Quizzes 2/2 on PostgreSQL with parallel clients: a training room's double taps and second tabs start one attempt and grade
/// it once, every client answered alike.
/// </summary>
public sealed class AttemptRaces_Tests : PostgresNodeTests
{
    [PostgresFact]
    public async Task Twenty_Parallel_Starts_Make_One_Attempt_And_Twenty_Parallel_Submits_Grade_It_Once_With_Identical_Bodies()
    {
        var trainer = await Node.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "KT-DUA-1", new { allLessons = false, minAttendancePercent = (int?)null, quizRequired = true });
        var learners = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Node.CreateBearerClientAsync("learner@demo.local")));

        var starts = await Task.WhenAll(learners.Select(l => Task.Run(() => l.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null))));
        var startBodies = await Task.WhenAll(starts.Select(async r => (r.StatusCode, Body: await r.Content.ReadAsStringAsync())));
        startBodies.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.OK, string.Join("\n", startBodies.Select(b => b.Body)));
        startBodies.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var attemptIds = startBodies.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("attemptId").GetString()).Distinct().ToList();
        var attemptId = attemptIds.ShouldHaveSingleItem();
        await learners[0].PutAsJsonAsync($"/api/training/attempts/{attemptId}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);

        var submits = await Task.WhenAll(learners.Select(l => Task.Run(() => l.PostAsync($"/api/training/attempts/{attemptId}/submit", null))));
        var bodies = await Task.WhenAll(submits.Select(async r => (r.StatusCode, Body: await r.Content.ReadAsStringAsync())));

        bodies.ShouldAllBe(b => b.StatusCode == HttpStatusCode.OK, string.Join("\n", bodies.Select(b => b.Body)));
        bodies.Select(b => b.Body).Distinct().ShouldHaveSingleItem().ShouldContain("\"percent\":50");
        var list = await trainer.GetAsync($"/api/training/quizzes/{quiz.QuizId}/attempts").JsonAsync(HttpStatusCode.OK);
        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var staffId = list.GetProperty("items")[0].GetProperty("staffId").GetString();
        var officer = await Node.CreateBearerClientAsync("officer@demo.local");
        (await officer.GetAsync($"/api/training/staff/{staffId}/completions").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Count(c => c.GetProperty("courseCode").GetString() == "KT-DUA-1").ShouldBe(1, "one grade, one completion");
    }
}
