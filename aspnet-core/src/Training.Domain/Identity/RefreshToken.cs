namespace Training.Identity;

/// <summary>
/// A refresh token works once: using it marks it used and issues the next one of the same family (its
/// <see cref="SignInSession"/>). A token presented a second time means it was stolen or replayed: the whole family ends.
/// </summary>
public class RefreshToken
{
    private RefreshToken()
    {
    }

    public RefreshToken(Guid id, Guid familyId, Guid userId, DateTimeOffset expiresAt)
    {
        Id = id;
        FamilyId = familyId;
        UserId = userId;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The sign-in session the token belongs to.</summary>
    public Guid FamilyId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }
}
