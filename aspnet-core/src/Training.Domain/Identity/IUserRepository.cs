namespace Training.Identity;

public interface IUserRepository
{
    /// <summary>A page of users, their assigned units loaded, matching <paramref name="search"/> in user name, e-mail or display
    /// name, whose assigned units all lie in the subtrees of <paramref name="scopePaths"/>.</summary>
    Task<(List<TrainingUser> Users, long TotalCount)> GetPageAsync(string? search, IReadOnlyCollection<string> scopePaths, int skip, int take,
        CancellationToken cancellationToken = default);

    Task<TrainingUser?> FindWithUnitsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Role names per user, for a page of users in one query.</summary>
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
