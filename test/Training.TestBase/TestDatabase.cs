using Microsoft.Data.Sqlite;
using Npgsql;
using Training.EntityFrameworkCore;

namespace Training;

/// <summary>
/// A database of its own for one test class: SQLite in memory (kept alive by an open connection), or a fresh database on
/// the PostgreSQL server named by TRAINING_TEST_POSTGRES, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "TRAINING_TEST_POSTGRES";

    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(TrainingDatabaseOptions options, SqliteConnection? keepAlive, string? postgresAdmin, string? postgresName)
    {
        Options = options;
        _keepAlive = keepAlive;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public TrainingDatabaseOptions Options { get; }

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public static TestDatabase SqliteInMemory()
    {
        var connectionString = $"Data Source=file:training-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        return new TestDatabase(new TrainingDatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString }, keepAlive, null, null);
    }

    public static TestDatabase SqliteFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"training-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(new TrainingDatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" }, null, null, null);
    }

    public static TestDatabase Postgres()
    {
        var admin = PostgresConnectionString ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = $"training_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new TrainingDatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = builder.ToString() }, null, admin, name);
    }

    /// <summary>A database that outlives the process (a generated data set for benchmarks): never dropped or deleted.</summary>
    public static TestDatabase Kept(TrainingDatabaseOptions options) => new(options, null, null, null) { _kept = true };

    private bool _kept;

    public static TestDatabase Create(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? Postgres() : SqliteInMemory();

    public void Dispose()
    {
        _keepAlive?.Dispose();
        if (_kept)
        {
            return;
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
        else if (_keepAlive is null)
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
