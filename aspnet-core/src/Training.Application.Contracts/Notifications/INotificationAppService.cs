namespace Training.Notifications;

public interface INotificationAppService
{
    /// <summary>The caller's unread notifications, newest first, in the request's language.</summary>
    Task<IReadOnlyList<NotificationDto>> GetUnreadAsync(CancellationToken cancellationToken = default);

    Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default);
}
