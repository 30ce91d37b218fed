using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Training.Web.Tests.OpenApi;

/// <summary>
/// The served OpenAPI document, as other systems read it: no error under Redocly's recommended rules, an id and a summary
/// on every operation, a description on every parameter, and integers that are plain integers.
/// </summary>
public class OpenApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task The_Document_Lints_Clean_Under_Redoclys_Recommended_Rules()
    {
        var file = Path.Combine(Path.GetTempPath(), $"training-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            var (exitCode, output, messages) = await RunRedoclyAsync("lint", file, "--extends", "recommended", "--format", "json");

            var report = JsonNode.Parse(output[output.IndexOf('{')..])!;
            var errors = report["problems"]!.AsArray().Where(p => (string?)p!["severity"] == "error")
                .Select(p => $"{p!["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}").ToList();
            errors.ShouldBeEmpty();
            ((int)report["totals"]!["errors"]!).ShouldBe(0);
            exitCode.ShouldBe(0, messages);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_Operation_Has_An_Id_A_Summary_And_Described_Parameters_And_Integers_Are_Integers()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var document = JsonNode.Parse(json)!;
        var problems = new List<string>();
        var ids = new HashSet<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                var operation = item![method]!;
                var name = $"{method.ToUpperInvariant()} {path}";
                if (operation["operationId"]?.GetValue<string>() is not { } id || !ids.Add(id))
                {
                    problems.Add($"{name}: no operationId, or one already used");
                }

                if (string.IsNullOrWhiteSpace((string?)operation["summary"]))
                {
                    problems.Add($"{name}: no summary");
                }

                problems.AddRange((operation["parameters"]?.AsArray() ?? []).Where(p => string.IsNullOrWhiteSpace((string?)p!["description"]))
                    .Select(p => $"{name}: parameter {p!["name"]} has no description"));
                if (operation["security"] is null)
                {
                    problems.Add($"{name}: no security requirement");
                }
            }
        }

        problems.ShouldBeEmpty();
        // Strict number handling: an integer is never typed "integer or string" with a digits pattern.
        json.ShouldNotContain("^-?(?:0|[1-9]\\\\d*)$");
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
    }

    private static async Task<(int ExitCode, string Output, string Messages)> RunRedoclyAsync(params string[] arguments)
    {
        var cli = typeof(OpenApi_Tests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RedoclyCli").Value!;
        File.Exists(cli).ShouldBeTrue($"Redocly CLI is restored by the build at {cli}");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
