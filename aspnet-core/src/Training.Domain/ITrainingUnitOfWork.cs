namespace Training;

/// <summary>Commits what an application service changed: the DbContext's SaveChanges, and for bulk writes, a transaction
/// around several saves.</summary>
public interface ITrainingUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves unless a concurrency token shows that another request changed one of the rows first; then nothing of this save is
    /// kept, what was tracked is forgotten, and it answers false, for the caller to read what the other request left.
    /// </summary>
    Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in one database transaction: it may save in batches, and all of it is kept or none.</summary>
    Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default);

    /// <summary>Stops tracking what has been saved, so that a bulk write in batches keeps its memory flat.</summary>
    void ForgetSaved();
}
