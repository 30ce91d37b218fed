using System.Net;
using System.Net.Http.Json;
using Training.Rosters.Workbooks;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Races;

/// <summary>
/// Hardening 3/3, item 4, on PostgreSQL with parallel clients: races end in one winner and 409s, never in a 500 or a
/// duplicate. One database for the class; each test works in its own units or sessions.
/// </summary>
public sealed class Races_Tests : PostgresNodeTests
{
    [PostgresFact]
    public async Task Ten_Parallel_Creates_With_One_National_Id_Give_One_201_And_Nine_409()
    {
        var officer = await Node.CreateBearerClientAsync("officer@demo.local");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => officer.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = $"Nông Văn Trùng {i}", unitCode = "01654", role = "Collaborator", nationalId = "004090000555", activeFrom = "2020-03-06",
        }))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(9);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            (await conflict.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Code().ShouldBe("Training:StaffNationalIdTaken");
        }
    }

    [PostgresFact]
    public async Task Ten_Parallel_Imports_Of_One_File_Create_Its_People_Once()
    {
        var officer = await Node.CreateBearerClientAsync("officer@demo.local");
        var file = new WorkbookBuilder(StaffColumns.FullName, StaffColumns.BirthDate, StaffColumns.UnitCode, StaffColumns.Role, StaffColumns.InScope);
        for (var i = 0; i < 1000; i++)
        {
            file.Row($"Hoàng Thị Song Song {i:D4}", new DateOnly(1980, 1, 1).AddDays(i), "01657", "Cộng tác viên", "Có");
        }

        var bytes = file.ToBytes();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            officer.PostAsync("/api/training/staff/import?dryRun=false&asOf=2020-12-31", Api.Upload(bytes)))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var created = new List<int>();
        foreach (var response in responses)
        {
            created.Add((await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("created").GetInt32());
        }

        created.Sum().ShouldBe(1000);
        (await officer.GetAsync("/api/training/staff?search=song song&asOf=2020-12-31&pageSize=1").JsonAsync(HttpStatusCode.OK))
            .GetProperty("totalCount").GetInt32().ShouldBe(1000);
    }

    [PostgresFact]
    public async Task Twenty_Parallel_Enrolments_Into_Ten_Places_Give_Ten_Enrolled_And_Ten_Waiting_In_Order()
    {
        var admin = await Node.CreateBearerClientAsync("admin@demo.local");
        var course = (await admin.GetAsync("/api/training/courses?pageSize=100").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .First(c => c.GetProperty("status").GetString() == "Published");
        var session = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.Id(), title = "Lớp mười chỗ", mode = "InPerson", organizerUnitCode = "051", capacity = 10, days = new[] { "2020-11-05" },
        }).JsonAsync(HttpStatusCode.Created);
        var people = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            people.Add((await admin.CreatePersonAsync($"Người Chen {i:D2}", "01660")).Id());
        }

        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Node.CreateBearerClientAsync("officer@demo.local")));
        var responses = await Task.WhenAll(people.Select((id, i) => Task.Run(() =>
            clients[i].PostAsJsonAsync($"/api/training/sessions/{session.Id()}/enrollments", new { staffIds = new[] { id } }))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var enrollments = (await admin.GetAsync($"/api/training/sessions/{session.Id()}/enrollments").JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        enrollments.Count.ShouldBe(20);
        enrollments.Select(e => e.GetProperty("staffMemberId").GetString()).Distinct().Count().ShouldBe(20);
        enrollments.Count(e => e.GetProperty("status").GetString() == "Enrolled").ShouldBe(10);
        enrollments.Where(e => e.GetProperty("status").GetString() == "Waitlisted").Select(e => e.GetProperty("waitlistPosition").GetInt32()).Order()
            .ShouldBe(Enumerable.Range(1, 10));
        var summary = await admin.GetAsync($"/api/training/sessions/{session.Id()}").JsonAsync(HttpStatusCode.OK);
        summary.GetProperty("enrolled").GetInt32().ShouldBe(10);
        summary.GetProperty("waitlisted").GetInt32().ShouldBe(10);
    }

    [PostgresFact]
    public async Task Parallel_Writes_To_One_Question_Bank_Leave_Distinct_Places_And_One_Final_Quiz()
    {
        var trainer = await Node.CreateBearerClientAsync("trainer@demo.local");
        var course = (await (await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code = "QZ-RACE", title = "Đua ghi ngân hàng câu hỏi", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = true },
        })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Id();
        (await trainer.PostAsJsonAsync($"/api/training/courses/{course}/lessons", new { title = "Bài 1", body = "<p>Nội dung</p>" })).EnsureSuccessStatusCode();
        object Question(int i) => new
        {
            category = "Chung", type = "SingleChoice", text = $"<p>Câu {i}</p>",
            options = new[] { new { text = "Đúng là", isCorrect = true }, new { text = "Không phải", isCorrect = false } },
        };

        var creates = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            trainer.PostAsJsonAsync($"/api/training/courses/{course}/questions", Question(i)))));
        creates.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        var bank = (await trainer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/training/courses/{course}/questions")).EnumerateArray().ToList();
        bank.Count.ShouldBe(creates.Count(r => r.StatusCode == HttpStatusCode.Created));
        bank.Select(q => q.GetProperty("order").GetInt32()).ShouldBeUnique("two questions in one place");

        var finals = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes", new { title = $"Cuối khoá {i}", isFinal = true, questionIds = new[] { bank[0].Id() } }))));
        finals.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        finals.ShouldContain(r => r.StatusCode == HttpStatusCode.Created);
        (await trainer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/training/courses/{course}/quizzes")).EnumerateArray()
            .Count(q => q.GetProperty("isFinal").GetBoolean()).ShouldBe(1);

        // Publishing while questions are added: whichever wins, the published bank is the one it was checked with.
        var racing = await Task.WhenAll(new[] { Task.Run(() => trainer.PostAsync($"/api/training/courses/{course}/publish", null)) }
            .Concat(Enumerable.Range(10, 4).Select(i => Task.Run(() => trainer.PostAsJsonAsync($"/api/training/courses/{course}/questions", Question(i))))));
        racing.Select(r => (int)r.StatusCode).ShouldAllBe(s => s < 500);
        var published = (await trainer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/training/courses/{course}")).GetProperty("status").GetString();
        var added = racing.Skip(1).Count(r => r.StatusCode == HttpStatusCode.Created);
        var after = (await trainer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/training/courses/{course}/questions")).GetArrayLength();
        if (published == "Published")
        {
            // Questions that came after publication went to the next draft, never into the published version.
            after.ShouldBeLessThanOrEqualTo(bank.Count + added);
            racing[0].StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
