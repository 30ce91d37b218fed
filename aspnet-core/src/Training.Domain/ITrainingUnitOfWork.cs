namespace Training;

/// <summary>Commits what an application service changed, in one transaction: the DbContext's SaveChanges, nothing more.</summary>
public interface ITrainingUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
