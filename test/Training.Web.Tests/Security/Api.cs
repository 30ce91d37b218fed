using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.Web.Tests.Security;

/// <summary>What the scope tests send and read: JSON with its status checked, roster files, people made by the province admin.</summary>
internal static class Api
{
    public static async Task<JsonElement> JsonAsync(this Task<HttpResponseMessage> request, HttpStatusCode expected)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Code(this JsonElement problem) => problem.GetProperty("code").GetString()!;

    public static string Id(this JsonElement resource) => resource.GetProperty("id").GetString()!;

    public static MultipartFormDataContent Upload(byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", "danh-sach.xlsx" } };
    }

    /// <summary>A person created by <paramref name="admin"/> in <paramref name="unitCode"/> on 2020-03-06.</summary>
    public static Task<JsonElement> CreatePersonAsync(this HttpClient admin, string fullName, string unitCode, string? phone = null) =>
        admin.PostAsJsonAsync("/api/training/staff", new
        {
            fullName, unitCode, role = "Collaborator", inScope = true, activeFrom = "2020-03-06", phone, birthDate = "1985-07-05",
            email = $"{Guid.NewGuid():N}@example.vn",
        }).JsonAsync(HttpStatusCode.Created);

    /// <summary>Moves the person to <paramref name="unitCode"/> from <paramref name="movedOn"/>.</summary>
    public static Task<JsonElement> MoveAsync(this HttpClient caller, string staffId, string unitCode, string movedOn) =>
        caller.PutAsJsonAsync($"/api/training/staff/{staffId}", new { unitCode, movedOn }).JsonAsync(HttpStatusCode.OK);

    public static async Task<List<(string UnitCode, string From, string? To)>> HistoryAsync(this HttpClient caller, string staffId) =>
        (await caller.GetAsync($"/api/training/staff/{staffId}/assignments").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(a => (a.GetProperty("unitCode").GetString()!, a.GetProperty("from").GetString()!, a.GetProperty("to").GetString()))
            .ToList();
}
