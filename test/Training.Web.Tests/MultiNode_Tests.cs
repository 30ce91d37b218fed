using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace Training.Web.Tests;

/// <summary>Two web nodes over one PostgreSQL, as behind a load balancer: a token from one opens the other, and Quartz
/// runs as one cluster in the shared job store.</summary>
public class MultiNode_Tests
{
    [PostgresFact]
    public async Task Two_Nodes_Share_Keys_And_One_Quartz_Cluster()
    {
        using var database = TestDatabase.Postgres();
        await using var nodeA = new TrainingWebApplicationFactory.Node(database);
        await using var nodeB = new TrainingWebApplicationFactory.Node(database);

        var clientA = await nodeA.CreateBearerClientAsync("reviewer@demo.local");
        var clientB = nodeB.CreateClient();
        clientB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", clientA.DefaultRequestHeaders.Authorization!.Parameter);

        var onB = await clientB.GetAsync("/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District");
        onB.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await onB.Content.ReadFromJsonAsync<List<object>>())!.Count.ShouldBe(10);
        (await nodeB.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state", connection);

        // Each scheduler checks in on its own thread once started: on a busy machine the second may take a few seconds.
        var instances = 0;
        for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromSeconds(30) && (instances = Convert.ToInt32(await command.ExecuteScalarAsync())) < 2;)
        {
            await Task.Delay(200);
        }

        instances.ShouldBe(2);
    }
}
