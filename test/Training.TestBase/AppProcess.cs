using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Training.EntityFrameworkCore;

namespace Training;

/// <summary>
/// The built web app (angular-less-razor-ui/Training.Web, the same configuration as the calling test) run as a child process on
/// a loopback port over <see cref="TrainingDatabaseOptions"/>, migrated and seeded with the demo data: what a crash test kills
/// and what a load test drives from outside, as production runs it.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the app wrote, for a failure's message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="environment">ASP.NET Core's environment; Production logs warnings only, as a load test wants.</param>
    public static async Task<AppProcess> StartAsync(TrainingDatabaseOptions database, string environment = "Development", int? port = null)
    {
        var web = Path.Combine(RepositoryRoot(), "angular-less-razor-ui", "Training.Web");
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "Training.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the web app ({configuration}) first.", dll);
        }

        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment["Database__MigrateAndSeedOnStart"] = "true";
        start.Environment["Database__SeedDemoData"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new AppProcess(Process.Start(start)!, address);
        app._process.OutputDataReceived += (_, e) => app.Write(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    /// <summary>SIGKILL to the app and everything it started: no shutdown, no flush, as a power cut or the OOM killer ends it.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Migrating.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app was not ready within 3 minutes:\n{Log}");
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The clone this test runs from: the folder of Training.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Training.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Training.sln not found above " + AppContext.BaseDirectory);
    }
}
