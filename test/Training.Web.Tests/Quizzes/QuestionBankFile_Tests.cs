using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Quizzes;

/// <summary>The bank in and out as files, through the API: the template, an export that imports back unchanged, a Moodle XML
/// file, and a bad file that writes nothing.</summary>
public class QuestionBankFile_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string Moodle = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="category"><category><text>$course$/top/Chung/Pháp luật</text></category></question>
          <question type="multichoice">
            <name><text>Văn bản</text></name>
            <questiontext format="html"><text><![CDATA[<p>Văn bản nào quy định về <b>phòng, chống mại dâm</b>?</p>]]></text></questiontext>
            <generalfeedback format="html"><text><![CDATA[<p>Pháp lệnh số 10/2003/PL-UBTVQH11.</p>]]></text></generalfeedback>
            <single>true</single>
            <answer fraction="100"><text>Pháp lệnh Phòng, chống mại dâm</text></answer>
            <answer fraction="0"><text>Luật Đất đai</text></answer>
          </question>
          <question type="multichoice">
            <name><text>Truyền thông</text></name>
            <questiontext format="html"><text><![CDATA[<p>Những hình thức nào là truyền thông trực tiếp?</p>]]></text></questiontext>
            <single>false</single>
            <answer fraction="50"><text>Họp dân</text></answer>
            <answer fraction="50"><text>Thăm hộ gia đình</text></answer>
            <answer fraction="-100"><text>Đăng báo</text></answer>
          </question>
          <question type="truefalse">
            <name><text>Mua dâm</text></name>
            <questiontext format="html"><text><![CDATA[<p>Mua dâm là hành vi vi phạm pháp luật.</p>]]></text></questiontext>
            <answer fraction="100"><text>true</text></answer>
            <answer fraction="0"><text>false</text></answer>
          </question>
          <question type="essay">
            <name><text>Bài luận</text></name>
            <questiontext format="html"><text><![CDATA[<p>Trình bày kinh nghiệm.</p>]]></text></questiontext>
          </question>
        </quiz>
        """;

    [Fact]
    public async Task A_Moodle_File_Imports_And_The_Export_Imports_Back_Unchanged()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-FILE");

        var preview = await ImportAsync(trainer, course, Encoding.UTF8.GetBytes(Moodle), "?dryRun=true");
        (preview.GetProperty("totalQuestions").GetInt32(), preview.GetProperty("created").GetInt32(), preview.GetProperty("committed").GetBoolean()).ShouldBe((4, 3, false));
        (await Bank(trainer, course)).Count.ShouldBe(0, "a dry run writes nothing");

        var imported = await ImportAsync(trainer, course, Encoding.UTF8.GetBytes(Moodle), string.Empty);
        imported.GetProperty("committed").GetBoolean().ShouldBeTrue();
        var skipped = imported.GetProperty("skipped").EnumerateArray().ShouldHaveSingleItem();
        skipped.GetProperty("name").GetString().ShouldBe("Bài luận");
        skipped.GetProperty("reason").GetString()!.ShouldContain("essay");

        var bank = await Bank(trainer, course);
        bank.Select(q => (q.GetProperty("category").GetString(), q.GetProperty("type").GetString())).ShouldBe(
            [("Chung/Pháp luật", "SingleChoice"), ("Chung/Pháp luật", "MultipleChoice"), ("Chung/Pháp luật", "TrueFalse")]);
        bank[0].GetProperty("explanation").GetString().ShouldBe("<p>Pháp lệnh số 10/2003/PL-UBTVQH11.</p>");
        bank[1].GetProperty("partialCredit").GetBoolean().ShouldBeTrue();
        bank[1].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("isCorrect").GetBoolean()).ShouldBe([true, true, false]);
        bank[2].GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("text").GetString(), o.GetProperty("isCorrect").GetBoolean()))
            .ShouldBe([("Đúng", true), ("Sai", false)]);

        // The export imports back with nothing to change; the same Moodle file again changes nothing either.
        var export = await trainer.GetAsync($"/api/training/courses/{course}/questions/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var again = await ImportAsync(trainer, course, await export.Content.ReadAsByteArrayAsync(), string.Empty);
        (again.GetProperty("unchanged").GetInt32(), again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32(),
            again.GetProperty("committed").GetBoolean()).ShouldBe((3, 0, 0, false));
        (await ImportAsync(trainer, course, Encoding.UTF8.GetBytes(Moodle), string.Empty)).GetProperty("unchanged").GetInt32().ShouldBe(3);

        var template = await trainer.GetAsync($"/api/training/courses/{course}/questions/template");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        var empty = await ImportAsync(trainer, course, await template.Content.ReadAsByteArrayAsync(), string.Empty);
        (empty.GetProperty("totalQuestions").GetInt32(), empty.GetProperty("errors").GetArrayLength()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task A_Bad_Question_Stops_The_Whole_File_Unless_Valid_Ones_Are_Asked_For()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-BADFILE");
        var bad = Encoding.UTF8.GetBytes(Moodle.Replace("<answer fraction=\"100\"><text>Pháp lệnh", "<answer fraction=\"0\"><text>Pháp lệnh", StringComparison.Ordinal));

        var refused = await ImportAsync(trainer, course, bad, string.Empty);
        refused.GetProperty("committed").GetBoolean().ShouldBeFalse();
        var error = refused.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()).ShouldBe((1, "answer"), "the first question, its answers");
        (await Bank(trainer, course)).Count.ShouldBe(0, "all or nothing");

        var validOnly = await ImportAsync(trainer, course, bad, "?mode=validOnly");
        (validOnly.GetProperty("committed").GetBoolean(), validOnly.GetProperty("created").GetInt32()).ShouldBe((true, 2));
        (await Bank(trainer, course)).Count.ShouldBe(2);

        // The same question twice in one file is reported on its second place, not created twice.
        var first = Moodle.IndexOf("<question type=\"multichoice\">", StringComparison.Ordinal);
        var second = Moodle.IndexOf("<question type=\"multichoice\">", first + 1, StringComparison.Ordinal);
        var twice = Moodle.Replace("</quiz>", Moodle[first..second] + "</quiz>", StringComparison.Ordinal);
        var repeated = await ImportAsync(trainer, course, Encoding.UTF8.GetBytes(twice), "?dryRun=true");
        repeated.GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("code").GetString() == "Training:QuestionImportRepeated"
            && e.GetProperty("row").GetInt32() == 5);

        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x \"y\">]><quiz>&x;</quiz>";
        var unsafeFile = await trainer.PostAsync($"/api/training/courses/{course}/questions/import", Api.Upload(Encoding.UTF8.GetBytes(dtd)));
        unsafeFile.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsafeFile.Content.ReadAsStringAsync()).ShouldContain("Training:ImportFileUnsafe");
        var neither = await trainer.PostAsync($"/api/training/courses/{course}/questions/import", Api.Upload("STT;Câu hỏi"u8.ToArray()));
        neither.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await neither.Content.ReadAsStringAsync()).ShouldContain("\"file\"");
        (await trainer.PostAsync($"/api/training/courses/{course}/questions/import?mode=1", Api.Upload(Encoding.UTF8.GetBytes(Moodle)))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        (await reviewer.PostAsync($"/api/training/courses/{course}/questions/import", Api.Upload(Encoding.UTF8.GetBytes(Moodle)))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_Import_Under_A_Published_Course_Fills_Its_Next_Draft()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-FILEPUB");
        await ImportAsync(trainer, course, Encoding.UTF8.GetBytes(Moodle), string.Empty);
        (await trainer.PostAsync($"/api/training/courses/{course}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var extra = Moodle.Replace("Những hình thức nào là truyền thông trực tiếp?", "Những hình thức nào là truyền thông gián tiếp?", StringComparison.Ordinal);
        var result = await ImportAsync(trainer, course, Encoding.UTF8.GetBytes(extra), string.Empty);
        (result.GetProperty("created").GetInt32(), result.GetProperty("unchanged").GetInt32()).ShouldBe((1, 2));
        (await Bank(trainer, course)).Count.ShouldBe(3, "the published version keeps its bank");
        var draft = (await trainer.GetAsync("/api/training/courses?search=QZ-FILEPUB").ContinueWith(t => t.Result.Content.ReadFromJsonAsync<JsonElement>()).Unwrap())
            .GetProperty("items").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "Draft").GetProperty("id").GetString()!;
        (await Bank(trainer, draft)).Count.ShouldBe(4);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string course, byte[] file, string query)
    {
        var response = await client.PostAsync($"/api/training/courses/{course}/questions/import{query}", Api.Upload(file));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<List<JsonElement>> Bank(HttpClient client, string course)
    {
        var response = await client.GetAsync($"/api/training/courses/{course}/questions");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    private static async Task<string> CourseAsync(HttpClient trainer, string code)
    {
        var created = await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Ngân hàng câu hỏi", description = (string?)null, audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false }, certificateValidityMonths = 24, qualifiesForCoverage = false,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await trainer.PostAsJsonAsync($"/api/training/courses/{id}/lessons", new { title = "Bài 1", body = "<p>Nội dung</p>" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return id;
    }
}
