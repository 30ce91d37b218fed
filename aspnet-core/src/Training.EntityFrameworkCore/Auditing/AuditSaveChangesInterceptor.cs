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
    public const string Mask = AuditChanges.Mask;

    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditLogEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<Guid>), typeof(IdentityUserLogin<Guid>),

        // A queued file and its progress: what it changes on the rosters is audited person by person.
        typeof(Training.Rosters.StaffImportJob),
        typeof(Training.Notifications.Notification),
        typeof(Training.Files.Blob),

        // Counted by the nightly job from audited data, and never changed afterwards.
        typeof(Training.Coverage.CoverageSnapshot), typeof(Training.Coverage.CoverageFile),

        // Sign-ins are not changes to training data; admins' changes to accounts are audited on the account.
        typeof(SignInSession), typeof(RefreshToken),

        // An attempt's drawn questions and each answer as saved: the attempt's start, close and grade are audited on the attempt.
        typeof(Training.Quizzes.AttemptQuestion),
    ];

    private bool? _autoDetectChanges;

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

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Restore(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Restore(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Restore(eventData.Context);
        base.SaveChangesCanceled(eventData);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(eventData.Context);
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    private async Task AddEntriesAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        // The changes are looked for once, here: the save that follows would scan every tracked entity again (a 2,000-row
        // import batch twice over), so it skips that until the save has ended, whichever way it ends.
        context.ChangeTracker.DetectChanges();
        _autoDetectChanges = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
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
        catch
        {
            Restore(context);
            throw;
        }
    }

    private void Restore(DbContext? context)
    {
        if (context is not null && _autoDetectChanges is { } enabled)
        {
            context.ChangeTracker.AutoDetectChangesEnabled = enabled;
            _autoDetectChanges = null;
        }
    }

    private AuditLogEntry Entry(EntityEntry entry, string changes, string? unitPaths, DateTimeOffset now) =>
        AuditChanges.Entry(currentUser, now, entry.Metadata,
            string.Join("/", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()) ?? []),
            entry.State, changes, unitPaths);

    /// <summary>The changed values as JSON, personal data masked; null when nothing really changed.</summary>
    private static string? Describe(EntityEntry entry) => AuditChanges.Describe(entry.State, entry.Properties
        .Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        .Select(p => (p.Metadata, p.OriginalValue, p.CurrentValue)));
}
