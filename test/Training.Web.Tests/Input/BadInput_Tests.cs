using System.Collections;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Training.Notifications;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Input;

/// <summary>
/// Hardening 3/3, items 1 to 3: enums by name only, every 400 naming its field in the request's language, and no 5xx for
/// anything a client can send. Routes and request types are found from the host's endpoint table, so new routes are covered.
/// </summary>
public partial class BadInput_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private IReadOnlyList<RouteEndpoint> ApiEndpoints()
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true).ToList();
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static Type? JsonBody(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
        && accepts.ContentTypes.Contains("application/json") ? accepts.RequestType : null;

    /// <summary>Every path to an enum inside <paramref name="type"/>, as JSON writes it, with a list's first item.</summary>
    private static IEnumerable<string> EnumPaths(Type type, string prefix = "", int depth = 0)
    {
        if (depth > 4)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.DeclaringType!.IsValueType || IsRecord(p.DeclaringType!)))
        {
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var item = propertyType != typeof(string) && propertyType.IsGenericType && typeof(IEnumerable).IsAssignableFrom(propertyType)
                ? propertyType.GetGenericArguments()[0] : null;
            if (propertyType.IsEnum)
            {
                yield return name;
            }
            else if (item is { IsEnum: true })
            {
                yield return name + "[0]";
            }
            else if (propertyType.Namespace?.StartsWith("Training", StringComparison.Ordinal) == true && propertyType.IsClass)
            {
                foreach (var inner in EnumPaths(propertyType, name + ".", depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    /// <summary>A JSON object with <paramref name="value"/> at <paramref name="path"/> ("a.b", "a[0]").</summary>
    private static string BodyWith(string path, string value)
    {
        var json = value;
        foreach (var segment in path.Split('.').Reverse())
        {
            json = segment.EndsWith("[0]", StringComparison.Ordinal) ? $"{{\"{segment[..^3]}\":[{json}]}}" : $"{{\"{segment}\":{json}}}";
        }

        return json;
    }

    private static string Fill(string pattern, IReadOnlyDictionary<string, string> ids) =>
        RouteParameter().Replace(pattern, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? id : Guid.NewGuid().ToString());

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())
            : [];
    }

    [Fact]
    public async Task A_Number_In_Any_Enum_Field_Of_Any_Json_Route_Is_A_400_Naming_The_Field()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var checkedPaths = 0;
        foreach (var endpoint in ApiEndpoints())
        {
            if (JsonBody(endpoint) is not { } type)
            {
                continue;
            }

            foreach (var path in EnumPaths(type))
            {
                foreach (var method in Methods(endpoint))
                {
                    foreach (var number in new[] { "99", "\"42\"", "\"NoSuchName\"" })
                    {
                        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), Fill(endpoint.RoutePattern.RawText!, new Dictionary<string, string>()))
                        {
                            Content = Json(BodyWith(path, number)),
                        });
                        var label = $"{method} {endpoint.RoutePattern.RawText} {path}={number}";
                        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, label);
                        (await ErrorsAsync(response)).Keys.ShouldContain(path, label);
                        checkedPaths++;
                    }
                }
            }
        }

        checkedPaths.ShouldBeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public async Task A_Number_In_An_Enum_Query_Parameter_Is_A_400_Naming_It()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");

        var role = await admin.GetAsync("/api/training/staff?role=99");
        var roleNumber = await admin.GetAsync("/api/training/staff?role=1");
        var status = await admin.GetAsync("/api/training/courses?status=7");
        var kind = await admin.GetAsync("/api/training/organization-units?parentCode=04&kind=2");
        var byName = await admin.GetAsync("/api/training/staff?role=reporter&asOf=2020-12-31");

        foreach (var (response, name) in new[] { (role, "role"), (roleNumber, "role"), (status, "status"), (kind, "kind") })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name);
            (await ErrorsAsync(response)).Keys.ShouldContain(name);
        }

        byName.StatusCode.ShouldBe(HttpStatusCode.OK, await byName.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_Rule_Of_The_Domain_Names_Its_Field_In_The_Requests_Language()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        object Course(string code) => new
        {
            code, title = "Khoá học", audienceRoles = Array.Empty<string>(), completionRule = new { allLessons = false, minAttendancePercent = 0, quizRequired = false },
        };

        var vietnamese = await trainer.PostAsJsonAsync("/api/training/courses", Course("PCT-0"));
        var english = new HttpRequestMessage(HttpMethod.Post, "/api/training/courses") { Content = JsonContent.Create(Course("PCT-1")) };
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var inEnglish = await trainer.SendAsync(english);
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var longName = await officer.PostAsJsonAsync("/api/training/staff", new { fullName = new string('a', 300), unitCode = "01654", role = "Collaborator" });
        var badPhone = await officer.PostAsJsonAsync("/api/training/staff", new { fullName = "Nông Văn Số", unitCode = "01654", role = "Collaborator", phone = "12ab", activeFrom = "2020-03-06" });

        vietnamese.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(vietnamese))["completionRule.minAttendancePercent"][0].ShouldBe("Phải nằm trong khoảng từ 1 đến 100.");
        (await ErrorsAsync(inEnglish))["completionRule.minAttendancePercent"][0].ShouldBe("Must be between 1 and 100.");
        (await ErrorsAsync(longName))["fullName"][0].ShouldBe($"Từ 0 đến {Training.Rosters.StaffMemberConsts.MaxFullNameLength} ký tự.");
        var phone = JsonDocument.Parse(await badPhone.Content.ReadAsStringAsync()).RootElement;
        phone.Code().ShouldBe(TrainingErrorCodes.StaffPhoneInvalid);
        (await ErrorsAsync(badPhone)).Keys.ShouldBe(["phone"]);
    }

    [Fact]
    public async Task A_Page_Shows_A_Rule_Of_The_Domain_Beside_Its_Field()
    {
        var page = new Pages.PageClient(factory);
        await page.SignInAsync("officer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);

        var response = await page.PostFormAsync("/Rosters/Edit", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Nông Văn Sai Số", ["Input.UnitCode"] = "01654 - Thị trấn Nước Hai", ["Input.Role"] = "Collaborator",
            ["Input.InScope"] = "true", ["Input.Phone"] = "12ab", ["Input.ActiveFrom"] = "2020-03-06",
        });
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var beside = Regex.Match(html, "name=\"Input.Phone\"[^>]*/><span class=\"text-danger small field-validation-error\">([^<]+)</span>");
        beside.Success.ShouldBeTrue(html);
        beside.Groups[1].Value.ShouldContain("điện thoại");
    }

    [Fact]
    public void Every_Error_Code_Has_A_Message_In_Vietnamese_And_In_English()
    {
        var codes = typeof(TrainingErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        var resources = new System.Resources.ResourceManager(typeof(Training.Localization.TrainingResource));
        var english = resources.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, true, false)!;
        var vietnamese = resources.GetResourceSet(new System.Globalization.CultureInfo("vi"), true, false)!;

        codes.Count.ShouldBeGreaterThan(60);
        codes.Distinct().Count().ShouldBe(codes.Count);
        foreach (var code in codes)
        {
            english.GetString(code).ShouldNotBeNullOrWhiteSpace(code);
            vietnamese.GetString(code).ShouldNotBeNullOrWhiteSpace(code);
            vietnamese.GetString(code).ShouldNotBe(english.GetString(code), code);
        }
    }

    [Fact]
    public async Task Paging_Outside_Its_Bounds_Is_A_400_Naming_The_Parameter()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        foreach (var (query, name) in new[] { ("page=0", "page"), ("page=2147483647", "page"), ("page=1000001", "page"), ("pageSize=0", "pageSize"), ("pageSize=5000", "pageSize") })
        {
            foreach (var list in new[] { "/api/training/staff", "/api/training/courses", "/api/training/sessions", "/api/training/users", "/api/training/audit-logs" })
            {
                var response = await admin.GetAsync($"{list}?{query}");
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{list}?{query}");
                (await ErrorsAsync(response)).Keys.ShouldContain(name, $"{list}?{query}");
            }
        }

        (await admin.GetAsync("/api/training/staff?page=1000000&pageSize=1000")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task No_Body_A_Client_Can_Send_To_Any_Json_Route_Answers_5xx()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var person = await admin.CreatePersonAsync("Nông Văn Thử", "01654");
        var course = (await admin.GetAsync("/api/training/courses?pageSize=100").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0];
        var lesson = (await admin.GetAsync($"/api/training/courses/{course.Id()}/lessons").JsonAsync(HttpStatusCode.OK)).EnumerateArray().FirstOrDefault();
        var session = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.Id(), title = "Lớp thử", mode = "InPerson", organizerUnitCode = "051", capacity = 10, days = new[] { "2020-11-05" },
        }).JsonAsync(HttpStatusCode.Created);
        var unit = (await admin.GetAsync("/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District").JsonAsync(HttpStatusCode.OK))[0].Id();
        var user = (await admin.GetAsync("/api/training/users?search=officer").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].Id();
        var assignment = (await admin.GetAsync($"/api/training/staff/{person.Id()}/assignments").JsonAsync(HttpStatusCode.OK))[0].Id();
        var ids = new Dictionary<string, string>
        {
            ["staffId"] = person.Id(), ["lessonId"] = lesson.ValueKind == JsonValueKind.Object ? lesson.Id() : Guid.NewGuid().ToString(),
            ["assignmentId"] = assignment, ["role"] = "learner",
        };
        string IdFor(string pattern) => pattern switch
        {
            _ when pattern.StartsWith("/api/training/staff/", StringComparison.Ordinal) => person.Id(),
            _ when pattern.StartsWith("/api/training/sessions/", StringComparison.Ordinal) => session.Id(),
            _ when pattern.StartsWith("/api/training/courses/", StringComparison.Ordinal) => course.Id(),
            _ when pattern.StartsWith("/api/training/users/", StringComparison.Ordinal) => user,
            _ when pattern.StartsWith("/api/training/organization-units/", StringComparison.Ordinal) => unit,
            _ => Guid.NewGuid().ToString(),
        };
        var deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));
        var huge = new string('đ', 100_000);
        var corpus = new List<string> { string.Empty, "{}", "null", "[]", "\"text\"", "12", deep, "{\"a\":" + deep + "}", "{" };
        var sent = 0;
        foreach (var endpoint in ApiEndpoints())
        {
            if (JsonBody(endpoint) is not { } type)
            {
                continue;
            }

            var pattern = endpoint.RoutePattern.RawText!;
            var path = Fill(pattern, new Dictionary<string, string>(ids) { ["id"] = IdFor(pattern) });
            var bodies = corpus.Concat(type.GetProperties().SelectMany(p =>
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
                return new[]
                {
                    $"{{\"{name}\":\"{huge}\"}}", $"{{\"{name}\":1e400}}", $"{{\"{name}\":99999999999999999999999}}", $"{{\"{name}\":{{\"x\":1}}}}",
                    $"{{\"{name}\":[1,2,3]}}", $"{{\"{name}\":true}}", $"{{\"{name}\":null}}", $"{{\"{name}\":\"\"}}",
                };
            }));
            foreach (var method in Methods(endpoint))
            {
                foreach (var body in bodies)
                {
                    var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Json(body) });
                    ((int)response.StatusCode).ShouldBeLessThan(500, $"{method} {path} {body[..Math.Min(body.Length, 80)]}: {await response.Content.ReadAsStringAsync()}");
                    sent++;
                }
            }
        }

        sent.ShouldBeGreaterThan(200);
    }

    [Fact]
    public async Task An_Unexpected_Failure_Of_The_Api_Is_A_Problem_Document_Even_For_A_Browser()
    {
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Scoped<INotificationAppService, FailingNotifications>())));
        var client = host.CreateClient();
        var token = (await client.PostAsJsonAsync("/api/identity/login", new { email = "reviewer@demo.local", password = Training.Data.DemoDataSeeder.DemoPassword })
            .JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/training/notifications");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.Code().ShouldBe(TrainingErrorCodes.InternalError);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
    }

    private sealed class FailingNotifications : INotificationAppService
    {
        public Task<IReadOnlyList<NotificationDto>> GetUnreadAsync(CancellationToken cancellationToken = default) => throw new InvalidOperationException("boom");

        public Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default) => throw new InvalidOperationException("boom");
    }
}
