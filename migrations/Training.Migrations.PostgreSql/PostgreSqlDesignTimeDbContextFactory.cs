using Microsoft.EntityFrameworkCore.Design;
using Training.EntityFrameworkCore;

namespace Training.Migrations.PostgreSql;

/// <summary>Used by dotnet-ef only, to build this provider's migrations; the connection is never opened for that.</summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrainingDbContext>
{
    public TrainingDbContext CreateDbContext(string[] args) =>
        TrainingDbContext.Create(new TrainingDatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=localhost;Database=training;Username=postgres;Password=postgres" });
}
