using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Training.Auditing;
using Training.Identity;

namespace Training.EntityFrameworkCore.Auditing;

/// <summary>
/// Writes an <see cref="AuditLogEntry"/> for every insert, update and delete of training data, in the same transaction as
/// the write itself: who (from <see cref="ICurrentUser"/>), when (from <see cref="TimeProvider"/>), what entity, which action,
/// and the changed values, personal data masked.
/// </summary>
public sealed class AuditSaveChangesInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public const string Mask = "***";

    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditLogEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<Guid>), typeof(IdentityUserLogin<Guid>),

        // A queued file and its progress: what it changes on the rosters is audited person by person.
        typeof(Training.Rosters.StaffImportJob),
        typeof(Training.Notifications.Notification),
        typeof(Training.Files.Blob),

        // Sign-ins are not changes to training data; admins' changes to accounts are audited on the account.
        typeof(SignInSession), typeof(RefreshToken),
    ];

    // Secrets never go into the log, not even masked; bookkeeping stamps change on every write and say nothing.
    private static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp"];
    private static readonly HashSet<string> Noise = ["ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await AddEntriesAsync(eventData.Context, cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntriesAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return base.SavingChanges(eventData, result);
    }

    private async Task AddEntriesAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var audited = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !NotAudited.Contains(e.Metadata.ClrType))
            .Select(e => (Entry: e, Changes: Describe(e)))
            .Where(e => e.Changes is not null)
            .ToList();
        if (audited.Count == 0)
        {
            return;
        }

        var units = new AuditUnitResolver(context);
        audited.ForEach(a => units.Add(a.Entry));
        var paths = await units.ResolveAsync(cancellationToken);
        context.AddRange(audited.Select(a => Entry(a.Entry, a.Changes!, paths[a.Entry], now)));
    }

    private AuditLogEntry Entry(EntityEntry entry, string changes, string? unitPaths, DateTimeOffset now)
    {
        var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()) ?? [];
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        return new AuditLogEntry(Guid.CreateVersion7(), now, currentUser.Id, currentUser.UserName, entry.Metadata.ClrType.Name,
            string.Join("/", key), action, changes, unitPaths);
    }

    /// <summary>The changed values as JSON, personal data masked; null when nothing really changed.</summary>
    private static string? Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Noise.Contains(name) || (entry.State == EntityState.Modified && !IsReallyModified(property)))
            {
                continue;
            }

            if (Secrets.Contains(name))
            {
                changes[name] = Mask;
                continue;
            }

            var sensitive = property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveDataAttribute>() is not null;
            object? Shown(object? value) => sensitive && value is not null ? Mask : value;
            changes[name] = entry.State switch
            {
                EntityState.Added => Shown(property.CurrentValue),
                EntityState.Deleted => Shown(property.OriginalValue),
                _ => new { old = Shown(property.OriginalValue), @new = Shown(property.CurrentValue) },
            };
        }

        return entry.State == EntityState.Modified && changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Json);
    }

    private static bool IsReallyModified(PropertyEntry property) =>
        property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);
}
