using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Web.Tests.Certificates;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Races;

/// <summary>Certificates issued at once on PostgreSQL: never two for one completion, never one serial twice.</summary>
public class CertificateRaces_Tests : PostgresNodeTests
{
    [PostgresFact]
    public async Task Twenty_Parallel_Issuers_For_One_Session_Give_Each_Completion_One_Certificate_With_Distinct_Serials()
    {
        var trainer = await Node.CreateBearerClientAsync("trainer@demo.local");
        var admin = await Node.CreateBearerClientAsync("admin@demo.local");
        var course = await CertificateFlow_Tests.CourseAsync(trainer, "GCN-DUA-1", new { allLessons = false, minAttendancePercent = 100, quizRequired = false });
        var people = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            people.Add((await admin.CreatePersonAsync($"Người thi đua {i}", "01666")).Id());
        }

        var session = await CertificateFlow_Tests.SessionAsync(trainer, course, people);
        await using (var scope = Node.Services.CreateAsyncScope())
        {
            // As if the completions predated certificates: the issuers race to give them theirs.
            await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certificates.ExecuteDeleteAsync();
        }

        var issuers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Node.CreateBearerClientAsync("trainer@demo.local")));
        var answers = await Task.WhenAll(issuers.Select(c => c.PostAsync($"/api/training/sessions/{session}/certificates", null)));

        // Idempotent under the race too: every issuer answers 200 with what it issued and what it found issued.
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var results = await Task.WhenAll(answers.Select(async a => System.Text.Json.JsonDocument.Parse(await a.Content.ReadAsStringAsync()).RootElement));
        results.ShouldAllBe(r => r.GetProperty("issued").GetInt32() + r.GetProperty("skipped").GetInt32() == people.Count);
        results.Sum(r => r.GetProperty("issued").GetInt32()).ShouldBe(people.Count);
        await using (var scope = Node.Services.CreateAsyncScope())
        {
            var certificates = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certificates.AsNoTracking().ToListAsync();
            certificates.Count.ShouldBe(people.Count);
            certificates.Select(c => c.CompletionId).Distinct().Count().ShouldBe(people.Count);
            certificates.Select(c => c.Serial).Distinct().Count().ShouldBe(people.Count);
        }

        // And hand issues for twelve different people at once draw twelve different numbers from the one counter.
        var more = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            more.Add((await admin.CreatePersonAsync($"Người cấp tay {i}", "01666")).Id());
        }

        var issued = await Task.WhenAll(more.Select((person, i) => issuers[i].PostAsJsonAsync("/api/training/certificates",
            new { staffId = person, courseId = course, completedOn = "2026-11-20", reason = "Cấp bổ sung" }).JsonAsync(HttpStatusCode.Created)));
        issued.Select(c => c.GetProperty("serial").GetString()).Distinct().Count().ShouldBe(12);
        (await issuers[0].PostAsync($"/api/training/sessions/{session}/certificates", null).JsonAsync(HttpStatusCode.OK)).GetProperty("skipped").GetInt32()
            .ShouldBe(people.Count);
    }
}
