using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using SQLitePCL;

namespace Training.EntityFrameworkCore.Common;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction, without the change tracker: one prepared
/// INSERT stepped for every row on SQLite (which has no batching and would otherwise prepare each command again), binary
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
                InsertEach((SqliteConnection)db.Database.GetDbConnection(), tableName, columnList, columns, rows, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// One statement prepared once and stepped per row through SQLite's own API, binding by position: ADO.NET's command
    /// binds every parameter by name and builds a reader on each execute, a third of the time of a 100,000-row import's inserts.
    /// The types the bulk-written entities store are bound as Microsoft.Data.Sqlite binds them, so a row reads back as if EF had
    /// written it; another type stops the write at its first row, before anything is kept.
    /// </summary>
    private static void InsertEach<T>(SqliteConnection connection, string table, string columnList, List<Column> columns, IReadOnlyCollection<T> rows,
        CancellationToken cancellationToken)
        where T : class
    {
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, $"INSERT INTO {table} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})",
            out var statement));
        using (statement)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < columns.Count; i++)
                {
                    Check(handle, Bind(statement, i + 1, columns[i].ValueOf(row)));
                }

                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    // A constraint broken by a row: the message and code SQLite gives, as a save would raise them.
                    var code = raw.sqlite3_reset(statement);
                    throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code, raw.sqlite3_extended_errcode(handle));
                }

                raw.sqlite3_reset(statement);
            }
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        byte number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        Guid id => raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"The bulk writer does not bind {value.GetType().Name} on SQLite."),
    };

    private static void Check(sqlite3 handle, int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code, raw.sqlite3_extended_errcode(handle));
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
