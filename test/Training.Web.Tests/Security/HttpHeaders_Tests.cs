using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Training.Data;
using Training.Web.Tests.Pages;

namespace Training.Web.Tests.Security;

/// <summary>What the host tells browsers on every response, whom it believes behind a proxy, and who reads the API's map.</summary>
public class HttpHeaders_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string Proxy = "10.0.0.5";

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/css/site.css")]
    [InlineData("/api/training/courses")]
    [InlineData("/health/live")]
    public async Task Every_Response_Carries_The_Content_Security_And_Permissions_Policies(string path)
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'");
        response.Headers.GetValues("Permissions-Policy").Single().ShouldBe("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task Https_Forwarded_By_A_Known_Proxy_Makes_The_Sign_In_Cookie_Secure_And_From_Anyone_Else_Does_Not()
    {
        var behindProxy = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("ForwardedHeaders:KnownProxies", $"10.0.0.4, {Proxy}");
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerFromTestHeader>());
        });

        async Task<string[]> SignInCookieFromAsync(string peer)
        {
            var client = new PageClient(behindProxy);
            client.Http.DefaultRequestHeaders.Add(PeerFromTestHeader.Header, peer);
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
            var response = await client.SignInAsync("learner@demo.local", DemoDataSeeder.DemoPassword);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Training.Auth=", StringComparison.Ordinal))
                .Split(';', StringSplitOptions.TrimEntries);
        }

        (await SignInCookieFromAsync(Proxy)).ShouldContain("secure");
        (await SignInCookieFromAsync("10.0.0.9")).ShouldNotContain("secure");
    }

    [Fact]
    public async Task The_Api_Description_Is_Public_In_Development()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/api/training/courses");
    }

    [Fact]
    public async Task The_Api_Description_Is_Only_For_Admins_When_Not_Public()
    {
        var closed = factory.WithWebHostBuilder(b => b.UseSetting("OpenApi:Public", "false"));

        async Task<HttpResponseMessage> AsAsync(string? email)
        {
            var client = new PageClient(closed);
            if (email is not null)
            {
                await client.SignInAsync(email, DemoDataSeeder.DemoPassword);
            }

            return await client.Http.GetAsync("/openapi/v1.json");
        }

        var anonymous = await AsAsync(null);
        var trainer = await AsAsync("trainer@demo.local");
        var admin = await AsAsync("admin@demo.local");

        anonymous.Headers.Location!.ToString().ShouldContain("/Account/Login");
        trainer.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Content.ReadAsStringAsync()).ShouldContain("/api/training/courses");
    }

    /// <summary>The test server has no peer address: this one comes from a header the test sends, ahead of the app's pipeline.</summary>
    private sealed class PeerFromTestHeader : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
