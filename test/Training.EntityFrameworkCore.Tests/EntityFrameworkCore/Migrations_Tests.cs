using Microsoft.EntityFrameworkCore;
using Training.EntityFrameworkCore;

namespace Training.EntityFrameworkCore.Tests.EntityFrameworkCore;

public class Migrations_Tests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Has_A_Migration_For_Every_Change_Of_The_Model(DatabaseProvider provider)
    {
        // No connection is opened: the model is compared with the provider's last migration snapshot.
        var options = new TrainingDatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=unused",
        };
        using var db = TrainingDbContext.Create(options);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"run dotnet ef migrations add for {provider}");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Migrates_A_Sqlite_File_From_Empty()
    {
        using var database = TestDatabase.SqliteFile();
        await AssertMigratesFromEmptyAsync(database);
    }

    [PostgresFact]
    public async Task Migrates_A_PostgreSql_Database_From_Empty()
    {
        using var database = TestDatabase.Postgres();
        await AssertMigratesFromEmptyAsync(database);
    }

    private static async Task AssertMigratesFromEmptyAsync(TestDatabase database)
    {
        await using var db = TrainingDbContext.Create(database.Options);

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.OrganizationUnits.CountAsync()).ShouldBe(0);
    }
}
