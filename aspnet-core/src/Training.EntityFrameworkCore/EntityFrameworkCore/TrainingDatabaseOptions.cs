namespace Training.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Configuration section "Database": which engine, and the connection string "ConnectionStrings:Default".</summary>
public sealed class TrainingDatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = string.Empty;

    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.PostgreSql => "Training.Migrations.PostgreSql",
        _ => "Training.Migrations.Sqlite",
    };
}
