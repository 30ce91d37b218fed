using System.Net;

namespace Training.Web.Tests.Certificates;

/// <summary>The public verification is the one lookup a stranger can repeat at will: a burst from one client is cut short with 429 and a time to come back.</summary>
public class VerificationRateLimit_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task A_Burst_Of_100_Lookups_From_One_Client_Is_Limited_On_The_Api_And_The_Page_Alike()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 100; i++)
        {
            var response = await client.GetAsync(i % 2 == 0 ? $"/api/public/certificates/{i:0000000000000000}" : $"/verify/{i:0000000000000000}");
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        statuses.Take(30).ShouldAllBe(s => s == HttpStatusCode.NotFound, "the first 30 of the minute are answered");
        statuses.Skip(30).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        limited.ShouldNotBeNull();
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Training:TooManyRequests");
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK, "the rest of the site is not limited");
    }
}
