using System.Text.Json;
using Microsoft.Playwright;
using Training.Data;

namespace Training.Browser.Tests;

/// <summary>
/// The pages each demo role reaches: the login page, its navigation, and the first item of each of its lists (found on
/// the list itself, since ids differ from run to run). Every test that walks all pages (content security policy, and
/// later page weight and accessibility) walks these.
/// </summary>
public static class PageList
{
    public const string LoginPage = "/Account/Login";

    public static readonly IReadOnlyList<DemoRole> Roles =
    [
        new("admin", "admin@demo.local",
        [
            new("/"), new("/Account/ChangePassword"),
            new("/OrganizationUnits", "/OrganizationUnits/Details/"), new("/OrganizationUnits/MoveStaff"),
            new("/Rosters", "/Rosters/Edit/"), new("/Rosters/Edit"), new("/Rosters/Import"),
            new("/Courses", "/Courses/Details/"), new("/Courses/Edit"), DemoCourse(QuizAuthorPages),
            new("/Sessions", "/Sessions/Details/"),
            new("/Admin/Users", "/Admin/Users/Edit/"), new("/Admin/Users/Edit"),
            new("/Admin/Roles"), new("/Admin/AuditLogs"),
            new("/Coverage"), new("/Coverage/Plans", "/Coverage/Plans/Edit/"), new("/Coverage/Plans/Edit"),
            new("/Certificates"),
            new("/Activities", "/Activities/Edit/"), new("/Activities/Edit"),
        ]),
        new("trainer", "trainer@demo.local",
        [
            new("/"), new("/Account/ChangePassword"),
            new("/OrganizationUnits", "/OrganizationUnits/Details/"),
            new("/Rosters", "/Rosters/Edit/"),
            new("/Courses", "/Courses/Details/"), new("/Courses/Edit"), DemoCourse(QuizAuthorPages),
            new("/Sessions", "/Sessions/Details/"),
            // The province's registry, with the learner's certificate AddMissingDemoItemsAsync issued.
            new("/Certificates", "/verify/"),
        ]),
        new("reviewer", "reviewer@demo.local",
        [
            new("/"), new("/Account/ChangePassword"),
            new("/OrganizationUnits", "/OrganizationUnits/Details/"),
            new("/Rosters", "/Rosters/Edit/"),
            new("/Courses", "/Courses/Details/"), DemoCourse(["/Quizzes/Bank/"]),
            new("/Sessions", "/Sessions/Details/"),
            // The province, and the first district it lists.
            new("/Coverage", "/Coverage?"), new("/Coverage/Plans", "/Coverage/Plans/Edit/"), new("/Coverage/Plans/Edit"),
            new("/Certificates"),
            new("/Activities"),
        ]),
        new("officer", "officer@demo.local",
        [
            // The top of the tree lists the province above Hoà An, whose details are not the officer's: its own unit is on the home page.
            new("/", "/OrganizationUnits/Details/"), new("/Account/ChangePassword"),
            new("/OrganizationUnits"),
            new("/Rosters", "/Rosters/Edit/"), new("/Rosters/Edit"), new("/Rosters/Import"),
            new("/Sessions", "/Sessions/Details/"),
            // Hoà An, and the first commune it lists: a leaf, with the untrained by name.
            new("/Coverage", "/Coverage?"),
            new("/Certificates"),
            // The activity the demo data records in a Hoà An commune, and the form a phone records one with.
            new("/Activities", "/Activities/Edit/"), new("/Activities/Edit"),
        ]),
        new("learner", "learner@demo.local",
        [
            new("/"), new("/Account/ChangePassword"),
            // The demo course, its final quiz and the attempt AddMissingDemoItemsAsync started: the page a learner spends longest on.
            new("/Learn", "/Learn/Course/", ["/Learn/Quiz/", "/Learn/Attempt/"]), new("/Learn", "/Learn/Lesson/"),
            // The certificate AddMissingDemoItemsAsync issued, and its public page (the layout of its own a QR code leads to).
            new("/Learn/Certificates", "/verify/"),
        ]),
    ];

    /// <summary>The demo course's question bank and quiz pages, as its authors reach them from the course's page (its quiz's results
    /// hold the attempt <see cref="AddMissingDemoItemsAsync"/> started).</summary>
    private static string[] QuizAuthorPages => ["/Quizzes/Bank/", "/Quizzes/Question/", "/Quizzes/Import/", "/Quizzes/Edit?courseId=", "/Quizzes/Preview/",
        "/Quizzes/Results/"];

    /// <summary>The demo course (found by its code: tests add courses that sort before it), and the pages it links to.</summary>
    private static PageEntry DemoCourse(string[] linked) => new("/Courses?search=PCMD-CS-2020", "/Courses/Details/", linked);

    public static async Task SignInAsync(IPage page, string email, string returnUrl = "/")
    {
        await page.GotoAsync(LoginPage + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains(LoginPage, StringComparison.Ordinal));
    }

    /// <summary>The role's pages after signing in (<paramref name="page"/> must be signed in as it), each list followed by its
    /// first item; a list without one fails, since its item pages would go unchecked.</summary>
    public static async Task<IReadOnlyList<string>> PathsAsync(IPage page, DemoRole role)
    {
        var paths = new List<string>();
        foreach (var entry in role.Pages)
        {
            if (!paths.Contains(entry.Path))
            {
                paths.Add(entry.Path);
            }

            if (entry.FirstItem is { } itemPath)
            {
                await page.GotoAsync(entry.Path);
                var link = page.Locator($"main a[href^='{itemPath}']");
                (await link.CountAsync()).ShouldBeGreaterThan(0, $"{role.Name}: {entry.Path} lists no {itemPath}…");
                var item = (await link.First.GetAttributeAsync("href"))!;
                paths.Add(item);
                foreach (var linked in entry.Linked ?? [])
                {
                    await page.GotoAsync(item);
                    var to = page.Locator($"main a[href^='{linked}']");
                    (await to.CountAsync()).ShouldBeGreaterThan(0, $"{role.Name}: {item} links to no {linked}…");
                    paths.Add((await to.First.GetAttributeAsync("href"))!);
                }
            }
        }

        return paths;
    }

    /// <summary>Adds what the demo data lacks for every list to have an item: a training session of the demo course, in Hoà An,
    /// the learner's attempt of its final quiz, and a certificate for the learner (see <see cref="IssueLearnerCertificateAsync"/>).</summary>
    public static async Task AddMissingDemoItemsAsync(IAPIRequestContext api)
    {
        var login = await api.PostAsync("/api/identity/login", new() { DataObject = new { email = "trainer@demo.local", password = DemoDataSeeder.DemoPassword } });
        var bearer = new Dictionary<string, string> { ["Authorization"] = "Bearer " + (await JsonAsync(login)).GetProperty("accessToken").GetString() };
        var courses = await JsonAsync(await api.GetAsync("/api/training/courses?search=PCMD-CS-2020", new() { Headers = bearer }));
        await JsonAsync(await api.PostAsync("/api/training/sessions", new()
        {
            Headers = bearer,
            DataObject = new
            {
                courseId = courses.GetProperty("items")[0].GetProperty("id").GetString(), title = "Lớp tập huấn huyện Hoà An, tháng 10/2020",
                mode = "InPerson", organizerUnitCode = "051", venue = "Hội trường UBND huyện Hoà An", capacity = 40, days = new[] { "2020-10-05", "2020-10-06" },
            },
        }));
        var courseId = courses.GetProperty("items")[0].GetProperty("id").GetString();
        var quizId = (await JsonAsync(await api.GetAsync($"/api/training/courses/{courseId}/quizzes", new() { Headers = bearer })))[0].GetProperty("id").GetString();
        var learner = await api.PostAsync("/api/identity/login", new() { DataObject = new { email = "learner@demo.local", password = DemoDataSeeder.DemoPassword } });
        await JsonAsync(await api.PostAsync($"/api/training/quizzes/{quizId}/attempts", new()
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + (await JsonAsync(learner)).GetProperty("accessToken").GetString() },
        }));

        await IssueLearnerCertificateAsync(api, bearer);
    }

    /// <summary>A course of its own that grants a certificate, published, and one issued by hand to the demo learner today: the
    /// demo course and the learner's catalogue stay as the quiz tests expect them.</summary>
    public static async Task<JsonElement> IssueLearnerCertificateAsync(IAPIRequestContext api, Dictionary<string, string> trainer)
    {
        var code = "GCN-DEMO-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var courseId = (await JsonAsync(await api.PostAsync("/api/training/courses", new()
        {
            Headers = trainer,
            DataObject = new
            {
                // For reporters: not in the (collaborator) learner's catalogue, whose first course the page tests follow to its quiz.
                code, title = "Bồi dưỡng kiến thức phòng, chống mại dâm", audienceRoles = new[] { "Reporter" },
                completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false }, certificateValidityMonths = 24,
                qualifiesForCoverage = false, issuesCertificate = true,
            },
        }))).GetProperty("id").GetString();
        await JsonAsync(await api.PostAsync($"/api/training/courses/{courseId}/lessons", new() { Headers = trainer, DataObject = new { title = "Bài 1", body = "<p>Pháp luật</p>" } }));
        await JsonAsync(await api.PostAsync($"/api/training/courses/{courseId}/publish", new() { Headers = trainer }));
        var learner = (await JsonAsync(await api.GetAsync("/api/training/staff?search=" + Uri.EscapeDataString("Lục Văn Thắng"), new() { Headers = trainer })))
            .GetProperty("items")[0].GetProperty("id").GetString();
        return await JsonAsync(await api.PostAsync("/api/training/certificates", new()
        {
            Headers = trainer,
            DataObject = new { staffId = learner, courseId, completedOn = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd"), reason = "Hoàn thành lớp tập huấn" },
        }));
    }

    private static async Task<JsonElement> JsonAsync(IAPIResponse response)
    {
        response.Ok.ShouldBeTrue(await response.TextAsync());
        return (await response.JsonAsync())!.Value;
    }

    /// <param name="FirstItem">For a list: the start of the path of its items; the first item's page is on the role's list too.</param>
    /// <param name="Linked">Starts of paths the first item's page links to: the first link to each is on the role's list too.</param>
    public sealed record PageEntry(string Path, string? FirstItem = null, IReadOnlyList<string>? Linked = null);

    public sealed record DemoRole(string Name, string Email, IReadOnlyList<PageEntry> Pages);
}
