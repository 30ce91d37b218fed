using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Training.Documents;
using Training.Rosters;
using Training.Rosters.Workbooks;

namespace Training.Benchmarks;

/// <summary>
/// Importing a roster of 100,000 people as the Hoà An officer, into a SQLite file and a PostgreSQL database. The baseline only reads the rows of the
/// same file, so the ratios say what parsing, matching and writing cost on top of reading, on this machine, in this run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[MemoryDiagnoser]
public class RosterImportBenchmarks
{
    public static readonly string[] HoaAnCommunes =
        ["01654", "01657", "01660", "01666", "01669", "01672", "01675", "01687", "01696", "01699", "01702", "01708", "01711", "01714", "01723"];

    private static readonly DateOnly AsOf = new(2020, 12, 31);
    private byte[] _file = [];
    private TrainingTestServices? _services;

    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>PostgreSQL when TRAINING_TEST_POSTGRES names a server (as in CI), each iteration in a fresh database.</summary>
    [ParamsSource(nameof(Providers))]
    public Training.EntityFrameworkCore.DatabaseProvider Provider { get; set; }

    public static IEnumerable<Training.EntityFrameworkCore.DatabaseProvider> Providers =>
        TestDatabase.PostgresConnectionString is null
            ? [Training.EntityFrameworkCore.DatabaseProvider.Sqlite]
            : [Training.EntityFrameworkCore.DatabaseProvider.Sqlite, Training.EntityFrameworkCore.DatabaseProvider.PostgreSql];

    [GlobalSetup]
    public void CreateFile() => _file = LargeRosterFile.Create(Rows, HoaAnCommunes);

    [IterationSetup]
    public void FreshDatabase()
    {
        _services?.Dispose();
        _services = new TrainingTestServices(Provider == Training.EntityFrameworkCore.DatabaseProvider.Sqlite ? TestDatabase.SqliteFile() : TestDatabase.Postgres());
        _services.SignInAsAsync("officer@demo.local").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true, Description = "read rows only")]
    public async Task<int> ReadOnly()
    {
        using var reader = await XlsxRowReader.OpenAsync(new MemoryStream(_file), CancellationToken.None);
        return reader.ReadRows().Count();
    }

    [Benchmark(Description = "import, dry run")]
    public Task<StaffImportResultDto> DryRun() => RunImportAsync(dryRun: true);

    [Benchmark(Description = "import, committed")]
    public Task<StaffImportResultDto> Import() => RunImportAsync(dryRun: false);

    public static async Task<StaffImportResultDto> ImportOnceAsync(TrainingTestServices services, byte[] file, bool dryRun)
    {
        await using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IStaffWorkbookAppService>()
            .ImportAsync(new StaffImportRequest(new MemoryStream(file), dryRun, StaffImportMode.AllOrNothing, AsOf));
        if (result.Errors.Count > 0 || (!dryRun && result.Created != result.TotalRows))
        {
            throw new InvalidOperationException($"Unexpected import result: {result.Errors.Count} errors, {result.Created} created.");
        }

        return result;
    }

    private Task<StaffImportResultDto> RunImportAsync(bool dryRun) => ImportOnceAsync(_services!, _file, dryRun);
}
