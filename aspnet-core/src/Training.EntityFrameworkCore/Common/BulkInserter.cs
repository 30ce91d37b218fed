using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Training.EntityFrameworkCore.Common;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction, without the change tracker: one prepared
/// INSERT reused for every row on SQLite (which has no batching and would otherwise prepare each command again), binary
/// COPY on PostgreSQL. Table, columns and value converters come from EF's model, so a row is stored exactly as a save would.
/// </summary>
internal sealed class BulkInserter(TrainingDbContext db)
{
    public async Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => new Column(p.GetColumnName(table)!, p.GetColumnType(), p.GetGetter(), p.GetTypeMapping().Converter))
            .ToList();
        var tableName = $"\"{table.Name}\"";
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));

        // Balanced open and close: the context keeps the connection open only as long as it otherwise would (its transaction).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, tableName, columnList, columns, rows, cancellationToken);
            }
            else
            {
                await InsertEachAsync(tableName, columnList, columns, rows, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task InsertEachAsync<T>(string table, string columnList, List<Column> columns, IReadOnlyCollection<T> rows,
        CancellationToken cancellationToken) where T : class
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {table} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, string columnList, List<Column> columns, IReadOnlyCollection<T> rows,
        CancellationToken cancellationToken) where T : class
    {
        // COPY joins the connection's open transaction: the rows commit or roll back with the rest of the import.
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.ValueOf(row) is { } value)
                {
                    await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private sealed record Column(string Name, string? StoreType, IClrPropertyGetter Getter, ValueConverter? Converter)
    {
        /// <summary>PostgreSQL's type name without its length ("character varying(200)" → "character varying").</summary>
        public string DataTypeName { get; } = StoreType is { } t && t.IndexOf('(') is var i and > 0 ? t[..i] : StoreType ?? "text";

        public object? ValueOf(object row)
        {
            var value = Getter.GetClrValue(row);
            return value is not null && Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
