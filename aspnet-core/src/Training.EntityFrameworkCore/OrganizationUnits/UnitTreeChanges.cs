using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.OrganizationUnits;

/// <summary>
/// A number that grows whenever this process commits a unit or a succession, so that the unit trees coverage keeps (see
/// <see cref="Coverage.EfCoverageQuery.GetUnitsOnAsync"/>) are built again at the next question, instead of each question
/// first reading a stamp of the whole units table. What another process changes shows when the kept tree expires.
/// </summary>
public sealed class UnitTreeChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    internal void Changed() => Interlocked.Increment(ref _version);
}

/// <summary>Bumps <see cref="UnitTreeChanges"/> once a save that touched the unit tree is committed: at once when the save is its
/// own transaction, else when the surrounding transaction commits (a tree built in between would hold uncommitted units).</summary>
internal sealed class UnitTreeChangesInterceptor(UnitTreeChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _saving;
    private bool _uncommitted;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _saving = TouchesTree(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(SavingChanges(eventData, result));

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_saving)
        {
            _saving = false;
            if (eventData.Context?.Database.CurrentTransaction is null)
            {
                changes.Changed();
            }
            else
            {
                _uncommitted = true;
            }
        }

        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public void SaveChangesFailed(DbContextErrorEventData eventData) => _saving = false;

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_uncommitted)
        {
            _uncommitted = false;
            changes.Changed();
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private static bool TouchesTree(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e => e.Entity is OrganizationUnit or OrganizationUnitSuccession
            && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}
