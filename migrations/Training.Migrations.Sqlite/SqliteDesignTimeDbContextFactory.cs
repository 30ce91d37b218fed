using Microsoft.EntityFrameworkCore.Design;
using Training.EntityFrameworkCore;

namespace Training.Migrations.Sqlite;

/// <summary>Used by dotnet-ef only, to build this provider's migrations; the connection is never opened for that.</summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrainingDbContext>
{
    public TrainingDbContext CreateDbContext(string[] args) =>
        TrainingDbContext.Create(new TrainingDatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" });
}
