using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Training.Auditing;
using Training.Identity;

namespace Training.EntityFrameworkCore.Auditing;

/// <summary>
/// The one audit format, for the save interceptor and the bulk writer alike: the changed values of a row as JSON, personal
/// data masked, secrets and bookkeeping left out.
/// </summary>
internal static class AuditChanges
{
    public const string Mask = "***";

    // Secrets never go into the log, not even masked; bookkeeping stamps change on every write and say nothing.
    private static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp"];
    private static readonly HashSet<string> Noise = ["ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName"];
    private static readonly ConcurrentDictionary<IProperty, bool> Sensitive = new();
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One buffer per thread, reused: Describe runs synchronously to the end, so no other call can interleave on it.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _json;

    /// <param name="values">Each property with its value before and after the write (an insert has no before).</param>
    /// <returns>The JSON, or null when an update changed nothing.</returns>
    public static string? Describe(EntityState state, IEnumerable<(IProperty Property, object? Old, object? New)> values)
    {
        // Written straight to UTF-8: an import describes 200,000 rows, and a dictionary of boxed values per row cost more
        // than the insert itself.
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        var json = _json ??= new Utf8JsonWriter(buffer, Writer);
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        var changed = false;
        json.WriteStartObject();
        foreach (var (property, old, current) in values)
        {
            var name = property.Name;
            if (Noise.Contains(name))
            {
                continue;
            }

            changed = true;
            json.WritePropertyName(name);
            if (Secrets.Contains(name))
            {
                json.WriteStringValue(Mask);
                continue;
            }

            var sensitive = Sensitive.GetOrAdd(property, p => p.PropertyInfo?.GetCustomAttribute<SensitiveDataAttribute>() is not null);
            switch (state)
            {
                case EntityState.Added:
                    Write(json, current, sensitive);
                    break;
                case EntityState.Deleted:
                    Write(json, old, sensitive);
                    break;
                default:
                    json.WriteStartObject();
                    json.WritePropertyName("old");
                    Write(json, old, sensitive);
                    json.WritePropertyName("new");
                    Write(json, current, sensitive);
                    json.WriteEndObject();
                    break;
            }
        }

        json.WriteEndObject();
        json.Flush();
        var text = state == EntityState.Modified && !changed ? null : Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 64 * 1024)
        {
            // A long lesson body should not stay in memory with the thread.
            (_buffer, _json) = (null, null);
        }

        return text;
    }

    public static AuditLogEntry Entry(ICurrentUser user, DateTimeOffset now, IEntityType type, string key, EntityState state, string changes,
        string? unitPaths) =>
        new(Guid.CreateVersion7(), now, user.Id, user.UserName, type.ClrType.Name, key,
            state switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            },
            changes, unitPaths);

    /// <summary>The common values directly; anything else as the serializer writes it (enums as numbers, dates in ISO 8601).</summary>
    private static void Write(Utf8JsonWriter json, object? value, bool sensitive)
    {
        switch (value)
        {
            case not null when sensitive:
                json.WriteStringValue(Mask);
                break;
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case Guid id:
                json.WriteStringValue(id);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case DateOnly date:
                // As the serializer writes them, without its per-call type lookup: an import writes 200,000 of these.
                Span<char> iso = stackalloc char[10];
                date.TryFormat(iso, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                json.WriteStringValue(iso);
                break;
            case DateTimeOffset instant:
                json.WriteStringValue(instant);
                break;
            case Enum choice:
                json.WriteNumberValue(Convert.ToInt64(choice, CultureInfo.InvariantCulture));
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), Json);
                break;
        }
    }
}
