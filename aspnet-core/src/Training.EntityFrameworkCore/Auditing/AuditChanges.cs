using System.Collections.Concurrent;
using System.Reflection;
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

    /// <param name="values">Each property with its value before and after the write (an insert has no before).</param>
    /// <returns>The JSON, or null when an update changed nothing.</returns>
    public static string? Describe(EntityState state, IEnumerable<(IProperty Property, object? Old, object? New)> values)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var (property, old, current) in values)
        {
            var name = property.Name;
            if (Noise.Contains(name))
            {
                continue;
            }

            if (Secrets.Contains(name))
            {
                changes[name] = Mask;
                continue;
            }

            var sensitive = Sensitive.GetOrAdd(property, p => p.PropertyInfo?.GetCustomAttribute<SensitiveDataAttribute>() is not null);
            object? Shown(object? value) => sensitive && value is not null ? Mask : value;
            changes[name] = state switch
            {
                EntityState.Added => Shown(current),
                EntityState.Deleted => Shown(old),
                _ => new { old = Shown(old), @new = Shown(current) },
            };
        }

        return state == EntityState.Modified && changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Json);
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
}
