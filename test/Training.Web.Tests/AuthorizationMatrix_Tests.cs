using System.Net;
using System.Text;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Permissions;
using Training.Rosters.Workbooks;
using Training.Web.Tests.Security;

namespace Training.Web.Tests;

/// <summary>
/// Every endpoint under /api/training, found by enumerating the host's endpoints, so a new endpoint joins by itself:
/// it must name a permission, answer 401 to an anonymous caller and 403 to a caller without that permission.
/// </summary>
public class AuthorizationMatrix_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static HttpRequestMessage Request(string method, string path, RouteEndpoint endpoint)
    {
        // Routing answers 415 before authorization when the body is not of a type the endpoint accepts.
        var multipart = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
        return new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = multipart ? new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.xlsx" } }
                : method is "POST" or "PUT" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
        };
    }

    private IReadOnlyList<(string Method, string Path, RouteEndpoint Endpoint)> TrainingEndpoints()
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/training", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Fill(e.RoutePattern.RawText!), e)))
            .ToList();
    }

    private static string Fill(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}]*)?\}", m => m.Groups[2].Value.Contains("guid") ? Guid.NewGuid().ToString() : TrainingRoles.Learner);

    [Fact]
    public void Finds_The_Endpoints_To_Check()
    {
        TrainingEndpoints().Count.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Every_Training_Endpoint_Requires_A_Defined_Permission()
    {
        foreach (var (method, path, endpoint) in TrainingEndpoints())
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            policies.ShouldContain(p => p != null && TrainingPermissionDefinitions.Exists(p), $"{method} {path} names no permission");
            endpoint.Metadata.GetMetadata<IAllowAnonymous>().ShouldBeNull($"{method} {path} allows anonymous callers");
        }
    }

    [Fact]
    public async Task Anonymous_Callers_Get_401_Everywhere()
    {
        var client = factory.CreateClient();
        foreach (var (method, path, endpoint) in TrainingEndpoints())
        {
            var response = await client.SendAsync(Request(method, path, endpoint));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Fact]
    public async Task Callers_Without_The_Permission_Get_403_Everywhere()
    {
        await factory.CreateUserAsync("no-permissions@demo.local", [], "04");
        var client = await factory.CreateBearerClientAsync("no-permissions@demo.local");
        foreach (var (method, path, endpoint) in TrainingEndpoints())
        {
            (await client.SendAsync(Request(method, path, endpoint))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Callers_Outside_Their_Scope_Get_403()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var trungKhanh = await reviewer.GetFromJsonAsync<List<Dictionary<string, object>>>(
            "/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District");
        var trungKhanhId = trungKhanh!.Single(u => u["code"].ToString() == "047")["id"];

        (await officer.GetAsync("/api/training/organization-units?parentCode=047&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/training/organization-units/{trungKhanhId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/api/training/organization-units?parentCode=051&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// Routes that write nothing any unit owns, so that a second district's admin reaches them as any admin does: courses
    /// lessons, question banks and quizzes are the province's catalogue (courses have no owning unit), and a notification is its reader's own.
    /// </summary>
    private static readonly HashSet<string> NotUnitScoped =
    [
        "POST /api/training/courses/", "PUT /api/training/courses/{id:guid}", "POST /api/training/courses/{id:guid}/publish",
        "POST /api/training/courses/{id:guid}/lessons", "PUT /api/training/courses/{id:guid}/lessons/{lessonId:guid}",
        "POST /api/training/courses/{id:guid}/lessons/{lessonId:guid}/attachments", "POST /api/training/notifications/{id:guid}/read",

        // A course version's question bank and quizzes belong to the course, as its lessons do.
        "POST /api/training/courses/{courseId:guid}/questions/", "PUT /api/training/courses/{courseId:guid}/questions/{id:guid}",
        "DELETE /api/training/courses/{courseId:guid}/questions/{id:guid}", "POST /api/training/courses/{courseId:guid}/quizzes",
        "PUT /api/training/quizzes/{id:guid}", "DELETE /api/training/quizzes/{id:guid}", "POST /api/training/courses/{courseId:guid}/questions/import",

        // An attempt is its learner's own, whatever unit they are in: another's answers 404 (QuizAttempt_Tests).
        "POST /api/training/quizzes/{quizId:guid}/attempts", "PUT /api/training/attempts/{attemptId:guid}/answers/{questionId:guid}",
        "POST /api/training/attempts/{attemptId:guid}/submit",

        // An uploaded photo is its uploader's own until an activity of a unit in scope takes it (ActivityApi_Tests).
        "POST /api/training/activities/attachments",
    ];

    /// <summary>
    /// An admin and an officer of Trùng Khánh against every write route, aimed at Hoà An's people, units, sessions and
    /// accounts: every one answers 403 (imports report each row instead, and write nothing), and Hoà An is unchanged after.
    /// A write route added without a case here fails this test.
    /// </summary>
    [Fact]
    public async Task A_Second_Districts_Admin_And_Officer_Get_403_On_Every_Write_Route_Aimed_At_Another_District()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var person = await admin.CreatePersonAsync("Nông Văn Ma Trận", "01654", "0912000777");
        var assignment = (await admin.GetAsync($"/api/training/staff/{person.Id()}/assignments").JsonAsync(HttpStatusCode.OK))[0].Id();
        var course = (await admin.GetAsync("/api/training/courses?pageSize=100").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .First(c => c.GetProperty("status").GetString() == "Published");
        var session = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.Id(), title = "Lớp Hoà An", mode = "InPerson", organizerUnitCode = "051", capacity = 10, days = new[] { "2020-11-05" },
        }).JsonAsync(HttpStatusCode.Created);
        await admin.PostAsJsonAsync($"/api/training/sessions/{session.Id()}/enrollments", new { staffIds = new[] { person.Id() } }).JsonAsync(HttpStatusCode.OK);
        var hoaAn = (await admin.GetAsync("/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District").JsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Single(u => u.GetProperty("code").GetString() == "051").Id();
        var hoaAnPlan = await admin.PostAsJsonAsync("/api/training/coverage/plans", new
        {
            name = "Kế hoạch Hoà An", startsOn = "2020-03-06", endsOn = "2020-12-31", rootUnitCode = "051", courseCodes = new[] { course.GetProperty("code").GetString() },
        }).JsonAsync(HttpStatusCode.Created);
        // A certificate of the demo course (it grants one) for Hoà An's person, issued by the province.
        var demoCourse = (await admin.GetAsync("/api/training/courses?search=PCMD-CS-2020").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].Id();
        var certificate = await admin.PostAsJsonAsync("/api/training/certificates", new
        {
            staffId = person.Id(), courseId = demoCourse, completedOn = "2020-11-05", reason = "Lớp ngoài hệ thống",
        }).JsonAsync(HttpStatusCode.Created);
        var activity = await admin.PostAsJsonAsync("/api/training/activities", new
        {
            unitCode = "01654", date = "2020-09-15", form = "CommunityMeeting", title = "Họp dân Nước Hai",
        }).JsonAsync(HttpStatusCode.Created);
        var officerAccount = (await admin.GetAsync("/api/training/users?search=officer@demo.local").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].Id();
        var rosterRow = new WorkbookBuilder(StaffColumns.FullName, StaffColumns.Phone, StaffColumns.UnitCode, StaffColumns.Role, StaffColumns.InScope, StaffColumns.StaffId)
            .Row("Nông Văn Ma Trận", "0912000999", "01654", "Cộng tác viên", "Có", person.Id()).ToBytes();
        var idList = new WorkbookBuilder("Số CCCD", StaffColumns.StaffId).Row(null, person.Id()).ToBytes();
        var json = (object body) => (HttpContent)JsonContent.Create(body);
        var cases = new Dictionary<string, (string Path, Func<HttpContent?> Body)>
        {
            ["POST /api/training/organization-units/"] = ("/api/training/organization-units",
                () => json(new { code = "01654-X", name = "Tổ dân phố mới", kind = "Commune", parentId = hoaAn, validFrom = "2021-01-01" })),
            ["PUT /api/training/organization-units/{id:guid}"] = ($"/api/training/organization-units/{hoaAn}",
                () => json(new { name = "Huyện Hoà An (sửa)", validFrom = "2020-03-01" })),
            ["POST /api/training/organization-units/{id:guid}/successors"] = ($"/api/training/organization-units/{hoaAn}/successors",
                () => json(new { successorCode = "047", asOf = "2025-07-01" })),
            ["POST /api/training/users/"] = ("/api/training/users", () => json(new
            {
                userName = "matrix@demo.local", email = "matrix@demo.local", displayName = "x", roles = new[] { TrainingRoles.UnitOfficer },
                organizationUnitIds = new[] { hoaAn }, password = "Matrix@2020x",
            })),
            ["PUT /api/training/users/{id:guid}"] = ($"/api/training/users/{officerAccount}", () => json(new
            {
                userName = "officer@demo.local", email = "officer@demo.local", displayName = "x", roles = new[] { TrainingRoles.Admin },
                organizationUnitIds = new[] { hoaAn }, password = "Matrix@2020x",
            })),
            ["POST /api/training/users/{id:guid}/unlock"] = ($"/api/training/users/{officerAccount}/unlock", () => null),
            ["PUT /api/training/roles/{role}/permissions"] = ($"/api/training/roles/{TrainingRoles.UnitOfficer}/permissions", () => json(Array.Empty<string>())),
            ["POST /api/training/staff/"] = ("/api/training/staff", () => json(new { fullName = "Người Mới", unitCode = "01654", role = "Collaborator" })),
            ["PUT /api/training/staff/{id:guid}"] = ($"/api/training/staff/{person.Id()}", () => json(new { phone = "0912000999" })),
            ["DELETE /api/training/staff/{id:guid}"] = ($"/api/training/staff/{person.Id()}", () => null),
            ["PUT /api/training/staff/{id:guid}/assignments/{assignmentId:guid}"] = ($"/api/training/staff/{person.Id()}/assignments/{assignment}",
                () => json(new { unitCode = "01447", from = "2020-03-06" })),
            ["POST /api/training/staff/accounts"] = ("/api/training/staff/accounts", () => json(new { staffIds = new[] { person.Id() } })),
            ["POST /api/training/sessions/"] = ("/api/training/sessions", () => json(new
            {
                courseId = course.Id(), title = "Lớp lạ", mode = "InPerson", organizerUnitCode = "051", capacity = 10, days = new[] { "2020-11-06" },
            })),
            ["POST /api/training/sessions/{id:guid}/enrollments"] = ($"/api/training/sessions/{session.Id()}/enrollments",
                () => json(new { staffIds = new[] { person.Id() } })),
            ["POST /api/training/sessions/{id:guid}/enrollments/import"] = ($"/api/training/sessions/{session.Id()}/enrollments/import", () => Api.Upload(idList)),
            ["DELETE /api/training/sessions/{id:guid}/enrollments/{staffId:guid}"] = ($"/api/training/sessions/{session.Id()}/enrollments/{person.Id()}", () => null),
            ["PUT /api/training/sessions/{id:guid}/attendance"] = ($"/api/training/sessions/{session.Id()}/attendance",
                () => json(new { date = "2020-11-05", presentStaffIds = new[] { person.Id() } })),
            ["POST /api/training/coverage/plans"] = ("/api/training/coverage/plans", () => json(new
            {
                name = "Kế hoạch lạ", startsOn = "2020-03-06", endsOn = "2020-12-31", rootUnitCode = "051", courseCodes = new[] { course.GetProperty("code").GetString() },
            })),
            ["PUT /api/training/coverage/plans/{id:guid}"] = ($"/api/training/coverage/plans/{hoaAnPlan.Id()}", () => json(new
            {
                name = "Kế hoạch đã sửa", startsOn = "2020-03-06", endsOn = "2020-12-31", rootUnitCode = "047", courseCodes = new[] { course.GetProperty("code").GetString() },
            })),
            ["POST /api/training/catalogue/lessons/{lessonId:guid}/read"] = ($"/api/training/catalogue/lessons/{Guid.NewGuid()}/read", () => null),
            ["POST /api/training/certificates/"] = ("/api/training/certificates", () => json(new
            {
                staffId = person.Id(), courseId = demoCourse, completedOn = "2020-11-06", reason = "Lớp ngoài hệ thống",
            })),
            ["POST /api/training/certificates/{id:guid}/revoke"] = ($"/api/training/certificates/{certificate.Id()}/revoke", () => json(new { reason = "Sai" })),
            ["POST /api/training/certificates/{id:guid}/reissue"] = ($"/api/training/certificates/{certificate.Id()}/reissue", () => json(new { reason = "Sửa" })),
            ["POST /api/training/sessions/{sessionId:guid}/certificates"] = ($"/api/training/sessions/{session.Id()}/certificates", () => null),
            ["PUT /api/training/organization-units/{unitId:guid}/certificate-settings"] = ($"/api/training/organization-units/{hoaAn}/certificate-settings",
                () => json(new { issuingBody = "Giả mạo" })),
            ["POST /api/training/activities/"] = ("/api/training/activities", () => json(new
            {
                unitCode = "01654", date = "2020-09-16", form = "Leaflets", title = "Giả mạo",
            })),
            ["PUT /api/training/activities/{id:guid}"] = ($"/api/training/activities/{activity.Id()}", () => json(new
            {
                unitCode = "01654", date = "2020-09-16", form = "Leaflets", title = "Giả mạo",
            })),
            ["DELETE /api/training/activities/{id:guid}"] = ($"/api/training/activities/{activity.Id()}", () => null),
        };

        // Imports answer row by row: the row about Hoà An's person is refused and nothing is written.
        var imports = new Dictionary<string, string>
        {
            ["POST /api/training/staff/import"] = "/api/training/staff/import?dryRun=false&mode=validOnly&asOf=2020-12-31",
            ["POST /api/training/staff/import/error-report"] = "/api/training/staff/import/error-report?asOf=2020-12-31",
        };

        await factory.CreateUserAsync("admin-047-matrix@demo.local", [TrainingRoles.Admin], "047");
        await factory.CreateUserAsync("officer-047-matrix@demo.local", [TrainingRoles.UnitOfficer], "047");
        foreach (var caller in new[] { "admin-047-matrix@demo.local", "officer-047-matrix@demo.local" })
        {
            var client = await factory.CreateBearerClientAsync(caller);
            foreach (var (method, _, endpoint) in TrainingEndpoints().Where(e => e.Method is "POST" or "PUT" or "PATCH" or "DELETE"))
            {
                var key = $"{method} {endpoint.RoutePattern.RawText}";
                if (NotUnitScoped.Contains(key))
                {
                    continue;
                }

                if (imports.TryGetValue(key, out var importPath))
                {
                    var answer = await client.PostAsync(importPath, Api.Upload(rosterRow));
                    if (answer.StatusCode == HttpStatusCode.OK && answer.Content.Headers.ContentType?.MediaType == "application/json")
                    {
                        var result = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
                        result.GetProperty("committed").GetBoolean().ShouldBeFalse($"{caller}: {key}");
                        result.GetProperty("errors")[0].Code().ShouldBe("Training:ImportStaffIdUnknown", $"{caller}: {key}");
                    }
                    else
                    {
                        answer.IsSuccessStatusCode.ShouldBeTrue($"{caller}: {key} answered {answer.StatusCode}");
                    }

                    continue;
                }

                // Aimed at no unit, it acts on the caller's own: Trùng Khánh's admin moves nobody of Hoà An, its officer may not run it.
                if (key == "POST /api/training/organization-units/move-staff-to-successors")
                {
                    var moved = await client.PostAsJsonAsync("/api/training/organization-units/move-staff-to-successors", new { asOf = "2025-12-31", dryRun = false });
                    moved.StatusCode.ShouldBe(caller.StartsWith("admin", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, $"{caller}: {key}");
                    (await moved.Content.ReadAsStringAsync()).ShouldNotContain(person.Id());
                    continue;
                }

                cases.ShouldContainKey(key, $"no scope case for {key}: add one");
                var (path, body) = cases[key];
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body() });
                response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{caller}: {key} → {await response.Content.ReadAsStringAsync()}");
            }
        }

        var after = await admin.GetAsync($"/api/training/staff/{person.Id()}").JsonAsync(HttpStatusCode.OK);
        after.GetProperty("phone").GetString().ShouldBe("0912000777");
        after.GetProperty("unitCode").GetString().ShouldBe("01654");
        after.GetProperty("activeTo").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("userId").ValueKind.ShouldBe(JsonValueKind.Null);
        var enrollment = (await admin.GetAsync($"/api/training/sessions/{session.Id()}/enrollments").JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        enrollment.GetProperty("attendedDays").GetArrayLength().ShouldBe(0);
        (await admin.GetAsync($"/api/training/users/{officerAccount}").JsonAsync(HttpStatusCode.OK)).GetProperty("roles")[0].GetString()
            .ShouldBe(TrainingRoles.UnitOfficer);
        (await admin.GetAsync("/api/training/sessions?pageSize=100").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("title").GetString() == "Lớp lạ");
        (await admin.GetAsync($"/api/training/coverage/plans/{hoaAnPlan.Id()}").JsonAsync(HttpStatusCode.OK)).GetProperty("name").GetString()
            .ShouldBe("Kế hoạch Hoà An");
    }
}
