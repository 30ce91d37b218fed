namespace Training.Web.Tests.Races;

/// <summary>A test class with one web node over a PostgreSQL database of its own (when TRAINING_TEST_POSTGRES names a server),
/// for races that need a real server's locks and unique indexes; each test works in its own units, sessions or courses.</summary>
public abstract class PostgresNodeTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private TrainingWebApplicationFactory? _node;

    protected TrainingWebApplicationFactory Node => _node!;

    public Task InitializeAsync()
    {
        if (TestDatabase.PostgresConnectionString is not null)
        {
            _database = TestDatabase.Postgres();
            _node = new TrainingWebApplicationFactory.Node(_database);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        _database?.Dispose();
    }
}
