namespace Training.Identity;

/// <summary>Sign-in sessions and refresh tokens, each change one statement so that two nodes racing cannot both win.</summary>
public interface ISignInSessionRepository
{
    Task InsertAsync(SignInSession session, RefreshToken? refreshToken, CancellationToken cancellationToken = default);

    Task InsertAsync(RefreshToken refreshToken, CancellationToken cancellationToken = default);

    /// <summary>Marks the token used if it was unused and unexpired (<c>UPDATE … WHERE UsedAt IS NULL</c>): true for the one caller that did.</summary>
    Task<bool> TryUseAsync(Guid refreshTokenId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task EndAsync(Guid sessionId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>What a request needs to know about its session, in one query; null when there is no such session.</summary>
    Task<SignInSessionState?> GetStateAsync(Guid sessionId, CancellationToken cancellationToken = default);

    /// <summary>Deletes refresh tokens expired before <paramref name="before"/>, then the sessions that ended before it and
    /// those started before <paramref name="staleBefore"/> that hold no live refresh token.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset before, DateTimeOffset staleBefore, CancellationToken cancellationToken = default);

    /// <summary>Whether the account may sign in: not disabled, and its staff record (if any) not ended before <paramref name="today"/>.</summary>
    Task<bool> IsAccountActiveAsync(Guid userId, DateOnly today, CancellationToken cancellationToken = default);
}

/// <param name="StaffActiveTo">The last day of the account's staff record, if it has one that ended.</param>
public sealed record SignInSessionState(Guid UserId, bool Ended, string? SecurityStamp, bool IsActive, DateOnly? StaffActiveTo)
{
    /// <summary>The account is usable on <paramref name="today"/>: enabled, and its person still on a roster.</summary>
    public bool AccountActive(DateOnly today) => IsActive && (StaffActiveTo is not { } last || last >= today);
}
