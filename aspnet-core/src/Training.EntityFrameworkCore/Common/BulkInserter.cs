using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Training.EntityFrameworkCore.Common;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction, without the change tracker: prepared
/// multi-row INSERTs reused on SQLite (which has no batching and would otherwise prepare each command again), binary COPY
/// on PostgreSQL. Table, columns and value converters come from EF's model, so a row is stored exactly as a save would.
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
        await db.Database.OpenConnectionAsync(cancellationToken);
        var tableName = $"\"{table.Name}\"";
        var columnList = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, tableName, columnList, columns, rows, cancellationToken);
        }
        else
        {
            await InsertEachAsync(tableName, columnList, columns, rows, cancellationToken);
        }
    }

    private async Task InsertEachAsync<T>(string table, string columnList, List<Column> columns, IReadOnlyCollection<T> rows,
        CancellationToken cancellationToken) where T : class
    {
        // Many rows per statement, within SQLite's 32,766 variables; the last, shorter chunk gets a statement of its own.
        var perStatement = Math.Clamp(30_000 / columns.Count, 1, 200);
        DbCommand? command = null;
        DbParameter[] parameters = [];
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                if (command is null || parameters.Length != chunk.Length * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    (command, parameters) = Prepare(table, columnList, columns.Count, chunk.Length);
                }

                var p = 0;
                foreach (var row in chunk)
                {
                    foreach (var column in columns)
                    {
                        parameters[p++].Value = column.ValueOf(row) ?? DBNull.Value;
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();

                // SQLite runs in the process: its async calls complete synchronously anyway, at the cost of a task each.
                command.ExecuteNonQuery();
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private (DbCommand Command, DbParameter[] Parameters) Prepare(string table, string columnList, int columnCount, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var values = Enumerable.Range(0, rowCount).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columnCount).Select(c => $"$p{(r * columnCount) + c}")) + ")");
        command.CommandText = $"INSERT INTO {table} ({columnList}) VALUES {string.Join(", ", values)}";
        var parameters = new DbParameter[rowCount * columnCount];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        return (command, parameters);
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
