using System.Diagnostics;
using BenchmarkDotNet.Running;
using Training;
using Training.Benchmarks;

// dotnet run -c Release --project test/Training.Benchmarks                 BenchmarkDotNet: time and allocations, as ratios to reading only
// dotnet run -c Release --project test/Training.Benchmarks -- peak [rows]  one import into SQLite in a fresh process: wall time against reading the rows, allocations, peak working set
// dotnet run -c Release --project test/Training.Benchmarks -- generate --provider Sqlite|PostgreSql --scale province|national
// dotnet run -c Release --project test/Training.Benchmarks -- lists [--scale national]   20 readers on PostgreSQL, p95 against hand-written SQL
// dotnet run -c Release --project test/Training.Benchmarks -- coverage [--scale national]   the coverage rule against one SQL statement; the dashboard under 20 reviewers
// dotnet run -c Release --project test/Training.Benchmarks -- attempt-results [--scale national]   a quiz's 50,000 attempts: the list and the item analysis
// dotnet run -c Release --project test/Training.Benchmarks -- certificates [count]   5,000 certificate PDFs against bare PDFsharp drawing the same page
// dotnet run -c Release --project test/Training.Benchmarks -- attempts [--seconds 15]   the app in Release on PostgreSQL: answer saves against bare endpoints, the page form, 200 starts at once
switch (args.FirstOrDefault())
{
    case "generate":
        await DataGenerator.RunAsync(args);
        return;
    case "lists":
        await ListLoad.RunAsync(args);
        return;
    case "coverage":
        await CoverageLoad.RunAsync(args);
        return;
    case "attempts":
        await AttemptLoad.RunAsync(args);
        return;
    case "attempt-results":
        await AttemptResultsLoad.RunAsync(args);
        return;
    case "certificates":
        await CertificateLoad.RunAsync(args);
        return;
}

if (args.FirstOrDefault() == "peak")
{
    var rows = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var file = LargeRosterFile.Create(rows, RosterImportBenchmarks.HoaAnCommunes);
    using var services = new TrainingTestServices(TestDatabase.SqliteFile());
    await services.SignInAsAsync("officer@demo.local");
    var read = new Stopwatch();
    for (var pass = 0; pass < 2; pass++)
    {
        // The second pass is timed: the first compiles the reader, as the import's own warm-up does not.
        read.Restart();
        using var reader = await Training.Documents.XlsxRowReader.OpenAsync(new MemoryStream(file), CancellationToken.None);
        _ = reader.ReadRows().Count();
        read.Stop();
    }

    GC.Collect();
    var baseline = Process.GetCurrentProcess().WorkingSet64;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var result = await RosterImportBenchmarks.ImportOnceAsync(services, file, dryRun: false);
    clock.Stop();
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine($"rows={result.TotalRows} created={result.Created} file={file.Length / 1024} KiB");
    Console.WriteLine($"import wall time: {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed / read.Elapsed:F2} × reading the rows ({read.Elapsed.TotalSeconds:F1} s)");
    Console.WriteLine($"allocated: {allocated / (1024 * 1024)} MiB");
    Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MiB (before import: {baseline / (1024 * 1024)} MiB)");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RosterImportBenchmarks).Assembly).Run(args);
