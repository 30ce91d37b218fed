using System.Net;
using System.Text;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Permissions;

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
    public void Should_Find_The_Endpoints_To_Check()
    {
        TrainingEndpoints().Count.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Every_Training_Endpoint_Should_Require_A_Defined_Permission()
    {
        foreach (var (method, path, endpoint) in TrainingEndpoints())
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            policies.ShouldContain(p => p != null && TrainingPermissionDefinitions.Exists(p), $"{method} {path} names no permission");
            endpoint.Metadata.GetMetadata<IAllowAnonymous>().ShouldBeNull($"{method} {path} allows anonymous callers");
        }
    }

    [Fact]
    public async Task Anonymous_Callers_Should_Get_401_Everywhere()
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
    public async Task Callers_Without_The_Permission_Should_Get_403_Everywhere()
    {
        await factory.CreateUserAsync("no-permissions@demo.local", [], "04");
        var client = await factory.CreateBearerClientAsync("no-permissions@demo.local");
        foreach (var (method, path, endpoint) in TrainingEndpoints())
        {
            (await client.SendAsync(Request(method, path, endpoint))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Callers_Outside_Their_Scope_Should_Get_403()
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
}
