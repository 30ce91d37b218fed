namespace Training.Identity;

/// <summary>
/// One sign-in (a browser's cookie, or an API client's chain of refresh tokens), kept in the database so that ending it
/// (logout, a refresh token used twice) applies on every node at once: every request checks that its session is still open.
/// </summary>
public class SignInSession
{
    private SignInSession()
    {
    }

    public SignInSession(Guid id, Guid userId, DateTimeOffset startedAt)
    {
        Id = id;
        UserId = userId;
        StartedAt = startedAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }
}
