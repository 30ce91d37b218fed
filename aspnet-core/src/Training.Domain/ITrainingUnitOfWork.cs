namespace Training;

/// <summary>Commits what an application service changed: the DbContext's SaveChanges, and for bulk writes, a transaction
/// around several saves.</summary>
public interface ITrainingUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in one database transaction: it may save in batches, and all of it is kept or none.</summary>
    Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default);

    /// <summary>Stops tracking what has been saved, so that a bulk write in batches keeps its memory flat.</summary>
    void ForgetSaved();
}
