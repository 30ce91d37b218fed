namespace Training.Identity;

/// <summary>For work done without a request — a background job — on behalf of the user who asked for it: from then on
/// the scope's <see cref="ICurrentUser"/> is that user, for its permissions, its unit scope and the audit log.</summary>
public interface ICurrentUserSetter
{
    void ActAs(Guid userId, string? userName);
}
