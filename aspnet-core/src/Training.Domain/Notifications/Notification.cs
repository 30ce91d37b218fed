namespace Training.Notifications;

/// <summary>
/// A message in a user's in-app inbox (a reminder of tomorrow's training day, …). It keeps a message key and its
/// arguments rather than text, so that it reads in the language the user has chosen when it is shown.
/// </summary>
public class Notification
{
    public const char ArgumentSeparator = '\u001F';

    private Notification()
    {
        MessageKey = null!;
        Arguments = null!;
        DedupKey = null!;
    }

    public Notification(Guid id, Guid userId, string messageKey, IEnumerable<string> arguments, string? link, string dedupKey, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        MessageKey = messageKey;
        Arguments = string.Join(ArgumentSeparator, arguments);
        Link = link;
        DedupKey = dedupKey;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string MessageKey { get; private set; }

    public string Arguments { get; private set; }

    public string? Link { get; private set; }

    /// <summary>What the notification is about ("session-reminder:{session}:{day}"): one per user, however often a job runs.</summary>
    public string DedupKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public IReadOnlyList<string> ArgumentList => Arguments.Length == 0 ? [] : Arguments.Split(ArgumentSeparator);

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

public interface INotificationRepository
{
    /// <summary>Which of <paramref name="userIds"/> already have a notification with this key.</summary>
    Task<HashSet<Guid>> GetNotifiedAsync(IReadOnlyCollection<Guid> userIds, string dedupKey, CancellationToken cancellationToken = default);

    Task<List<Notification>> GetUnreadAsync(Guid userId, int take, CancellationToken cancellationToken = default);

    Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(Notification notification, CancellationToken cancellationToken = default);
}

/// <summary>Sends e-mail when SMTP is configured; otherwise does nothing (the in-app notification still reaches the user).</summary>
public interface IEmailSender
{
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
