using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.Coverage;
using Training.EntityFrameworkCore;
using Training.OrganizationUnits;

namespace Training.Benchmarks;

/// <summary>
/// The coverage rule over the generated national data on PostgreSQL, against the same counts written by hand as one SQL
/// statement, measured in the same run: at the root of the tree (every province: the query and the fold, since provinces are
/// the tree's roots), at Cao Bằng and at one commune — the query (grouped SQL and the fold through the unit tree), and the
/// whole use case (permission, scope, plan, units read on the date, query, fold).
/// Then the dashboard — the coverage by unit, role and gender, the trend, the plans — read by 20 reviewers in a closed loop.
/// Each answer is checked equal to the hand-written one before anything is timed.
/// </summary>
public static class CoverageLoad
{
    private const int Runs = 30;
    private const int Reviewers = 20;
    private const int ViewsPerReviewer = 5;
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    public static async Task RunAsync(string[] args)
    {
        var options = DataGenerator.Options(DatabaseProvider.PostgreSql, DataGenerator.Option(args, "--scale") ?? "national");
        using var services = new TrainingTestServices(TestDatabase.Kept(options));
        await services.SignInAsAsync("reviewer@demo.local");
        CoveragePlan plan;
        string commune;
        await using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            plan = await db.CoveragePlans.AsNoTracking().SingleAsync(p => p.Name == DataGenerator.PlanName);

            // The Cao Bằng commune with the most people: the hardest commune to ask about.
            commune = await db.StaffUnitAssignments.Join(db.OrganizationUnits.Where(u => u.Kind == OrganizationUnitKind.Commune && u.Code.Length == 5 && u.ValidTo == null),
                    a => a.UnitId, u => u.Id, (a, u) => u.Code).GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        Console.WriteLine($"coverage on {AsOf:yyyy-MM-dd}, plan \"{plan.Name}\" ({plan.CourseCodes.Count} course codes); median of {Runs} runs, ms");
        Console.WriteLine("| where | people | ours | one SQL statement | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        await CompareAsync("root: every province", dataSource, plan, null,
            async scope =>
            {
                var calculator = scope.GetRequiredService<CoverageCalculator>();
                var tree = await calculator.GetUnitsOnAsync(AsOf);
                var rows = await scope.GetRequiredService<ICoverageQuery>().CountAsync(
                    new CoverageCriteria(plan.StartsOn, AsOf, plan.Roles, plan.CourseCodes, new UnitSelection(string.Empty, [], [])),
                    new HashSet<CoverageGrouping> { CoverageGrouping.Unit });
                return rows.Where(r => tree.CountsUnder(r.UnitId) is not null).Sum(r => r.InScope);
            }, services);
        // The query (the unit found in the tree, grouped SQL and the fold through the tree), then the whole use case around it.
        Func<IServiceProvider, Task<int>> QueryAt(string code) => async scope =>
        {
            var calculator = scope.GetRequiredService<CoverageCalculator>();
            var tree = await calculator.GetUnitsOnAsync(AsOf);
            return (await calculator.ComputeAsync(plan, tree, tree.FindByCode(code, AsOf, fallBackToLatest: false)!, CoverageGrouping.Unit)).InScope;
        };
        await CompareAsync("Cao Bằng (04), query", dataSource, plan, "04", QueryAt("04"), services);
        await CompareAsync("Cao Bằng (04), use case", dataSource, plan, "04", async scope => (await scope.GetRequiredService<ICoverageAppService>()
            .GetAsync(new GetCoverageInput { PlanId = plan.Id, AsOf = AsOf })).InScope, services);
        await CompareAsync($"commune {commune}, query", dataSource, plan, commune, QueryAt(commune), services);
        await CompareAsync($"commune {commune}, use case", dataSource, plan, commune, async scope => (await scope.GetRequiredService<ICoverageAppService>()
            .GetAsync(new GetCoverageInput { PlanId = plan.Id, UnitCode = commune, AsOf = AsOf })).InScope, services);
        await DashboardAsync(services, plan);
    }

    private static async Task CompareAsync(string name, NpgsqlDataSource dataSource, CoveragePlan plan, string? unitCode, Func<IServiceProvider, Task<int>> useCase,
        TrainingTestServices services)
    {
        var sql = HandWritten(plan, unitCode);
        async Task<int> BySqlAsync()
        {
            await using var command = dataSource.CreateCommand(sql);
            command.Parameters.AddWithValue("codes", plan.CourseCodes.ToArray());
            command.Parameters.AddWithValue("roles", plan.Roles.Select(r => r.ToString()).ToArray());
            command.Parameters.AddWithValue("from", plan.StartsOn);
            command.Parameters.AddWithValue("asOf", AsOf);
            var total = 0;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                total += (int)reader.GetInt64(1);
            }

            return total;
        }

        async Task<int> ByUseCaseAsync()
        {
            await using var scope = services.CreateScope();
            return await useCase(scope.ServiceProvider);
        }

        var expected = await BySqlAsync();
        var actual = await ByUseCaseAsync();
        if (expected != actual)
        {
            throw new InvalidOperationException($"{name}: the use case counts {actual} people, the hand-written SQL {expected}.");
        }

        // Interleaved, so that the machine's noise falls on both alike.
        var app = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < Runs + 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await ByUseCaseAsync();
            var appTime = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            await BySqlAsync();
            if (i >= 3)
            {
                app.Add(appTime);
                baseline.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var median = (List<double> times) => times.Order().ElementAt(times.Count / 2);
        Console.WriteLine($"| {name} | {expected:N0} | {median(app):F1} | {median(baseline):F1} | {median(app) / median(baseline):F2} |");
    }

    /// <summary>The rule's counts per assigned unit in one statement, for the generated data (no ended unit holds anyone there).</summary>
    private static string HandWritten(CoveragePlan plan, string? unitCode) => $"""
        SELECT a."UnitId", COUNT(*),
               SUM(CASE WHEN EXISTS (SELECT 1 FROM "CourseCompletions" c WHERE c."StaffMemberId" = s."Id" AND c."CourseCode" = ANY(@codes)
                                     AND c."CompletedOn" >= @from AND c."CompletedOn" <= @asOf) THEN 1 ELSE 0 END)
        FROM "StaffMembers" s
        JOIN "StaffUnitAssignments" a ON a."StaffMemberId" = s."Id"
        JOIN "OrganizationUnits" u ON u."Id" = a."UnitId"
        WHERE {(unitCode is null ? "true" : $"u.\"Path\" LIKE (SELECT p.\"Path\" FROM \"OrganizationUnits\" p WHERE p.\"Code\" = '{unitCode}' AND p.\"ValidTo\" IS NULL) || '%'")}
          AND a."From" <= @asOf AND (a."To" IS NULL OR a."To" >= @asOf)
          AND s."ActiveFrom" <= @asOf AND (s."ActiveTo" IS NULL OR s."ActiveTo" >= @asOf)
          AND s."InScope" AND s."Role" = ANY(@roles)
        GROUP BY a."UnitId"
        """;

    /// <summary>What the dashboard page asks on one view (the plans, the coverage by unit, role and gender, the trend), by 20 reviewers at once at the plan's root.</summary>
    private static async Task DashboardAsync(TrainingTestServices services, CoveragePlan plan)
    {
        async Task ViewAsync()
        {
            await using var scope = services.CreateScope();
            var coverage = scope.ServiceProvider.GetRequiredService<ICoverageAppService>();
            await scope.ServiceProvider.GetRequiredService<ICoveragePlanAppService>().GetListAsync();
            await coverage.GetBreakdownsAsync(new GetCoverageInput { PlanId = plan.Id, AsOf = AsOf },
                [CoverageGrouping.Unit, CoverageGrouping.Role, CoverageGrouping.Gender]);

            await coverage.GetTrendAsync(new GetCoverageInput { PlanId = plan.Id, AsOf = AsOf });
        }

        for (var i = 0; i < 3; i++)
        {
            await ViewAsync();
        }

        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < ViewsPerReviewer; i++)
            {
                var clock = Stopwatch.StartNew();
                await ViewAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        })));
        var sorted = times.Order().ToList();
        var p = (double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine($"dashboard at the plan's root, {Reviewers} reviewers × {ViewsPerReviewer} views (3 calls each): p50 {p(0.5):F0} ms, p95 {p(0.95):F0} ms, "
            + $"{sorted.Count / wall.Elapsed.TotalSeconds:F1} views/s");
    }
}
