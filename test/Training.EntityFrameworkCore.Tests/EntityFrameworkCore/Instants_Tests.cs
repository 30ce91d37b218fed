using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Training.Auditing;

namespace Training.EntityFrameworkCore.Tests.EntityFrameworkCore;

/// <summary>Instants as the deadline sweeps and reports will read them: compared and ordered in SQL, to the microsecond.</summary>
public class Instants_Tests
{
    private static readonly DateTimeOffset First = new(2026, 12, 2, 1, 2, 3, TimeSpan.Zero);

    [Fact]
    public async Task Round_Trip_And_Order_In_Sql_On_Sqlite()
    {
        using var database = TestDatabase.SqliteFile();
        await AssertRoundTripAndOrderAsync(database);
    }

    [PostgresFact]
    public async Task Round_Trip_And_Order_In_Sql_On_PostgreSql_As_Timestamptz()
    {
        using var database = TestDatabase.Postgres();
        await AssertRoundTripAndOrderAsync(database);

        await using var db = TrainingDbContext.Create(database.Options);
        (await ScalarAsync(db, """
            SELECT data_type FROM information_schema.columns WHERE table_name = 'AuditLogEntries' AND column_name = 'OccurredAt'
            """)).ShouldBe("timestamp with time zone");
    }

    [PostgresFact]
    public async Task The_Migration_Turns_Stored_Ticks_Into_The_Same_Instants_On_PostgreSql()
    {
        using var database = TestDatabase.Postgres();
        await using var db = TrainingDbContext.Create(database.Options);
        var migrator = await MigrateToTheOneBeforeAsync(db);
        var instant = First.AddTicks(1234560);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditLogEntries" ("Id", "OccurredAt", "UserName", "EntityType", "EntityId", "Action", "Changes")
            VALUES ({Guid.CreateVersion7()}, {instant.UtcTicks}, 'admin@demo.local', 'StaffMember', 'x', 'Created', '[]')
            """);

        await migrator.MigrateAsync();

        (await db.AuditLogEntries.Select(e => e.OccurredAt).SingleAsync()).ShouldBe(instant);
    }

    [Fact]
    public async Task The_Migration_Turns_A_Lockout_Kept_As_Text_Into_Ticks_On_Sqlite()
    {
        using var database = TestDatabase.SqliteFile();
        await using var db = TrainingDbContext.Create(database.Options);
        var migrator = await MigrateToTheOneBeforeAsync(db);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "DisplayName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled",
                "AccessFailedCount", "MustChangePassword", "IsActive", "LockoutEnd")
            VALUES ('0193a1b2-0000-7000-8000-000000000001', 'locked@demo.local', 'Bị khoá', 0, 0, 0, 1, 5, 0, 1, '2026-12-02 05:30:00.125+00:00')
            """);

        await migrator.MigrateAsync();

        (await db.Users.Select(u => u.LockoutEnd).SingleAsync()).ShouldBe(new DateTimeOffset(2026, 12, 2, 5, 30, 0, 125, TimeSpan.Zero));
    }

    /// <summary>The database as it was before instants changed type.</summary>
    private static async Task<IMigrator> MigrateToTheOneBeforeAsync(TrainingDbContext db)
    {
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith("_InstantsAsTimestamps", StringComparison.Ordinal))) - 1]);
        return migrator;
    }

    private static async Task AssertRoundTripAndOrderAsync(TestDatabase database)
    {
        await using var db = TrainingDbContext.Create(database.Options);
        await db.Database.MigrateAsync();
        DateTimeOffset[] instants = [First.AddTicks(20), First, First.AddHours(-7).ToOffset(TimeSpan.FromHours(7)).AddTicks(10), First.AddDays(-1)];
        foreach (var instant in instants)
        {
            db.AuditLogEntries.Add(new AuditLogEntry(Guid.CreateVersion7(), instant.ToUniversalTime(), null, null, "StaffMember", "x", AuditAction.Created, "{}"));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var after = await db.AuditLogEntries.Where(e => e.OccurredAt >= First.AddHours(-7)).OrderBy(e => e.OccurredAt).Select(e => e.OccurredAt).ToListAsync();

        after.ShouldBe([First.AddHours(-7).AddTicks(10), First, First.AddTicks(20)]);
        after.ShouldAllBe(i => i.Offset == TimeSpan.Zero);
    }

    private static async Task<object?> ScalarAsync(TrainingDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
