using Microsoft.Extensions.Localization;
using Training.Identity;
using Training.Localization;
using Training.Permissions;

namespace Training.Notifications;

public sealed class NotificationAppService(
    IPermissionChecker permissions,
    INotificationRepository notifications,
    ICurrentUser currentUser,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    TimeProvider clock) : INotificationAppService
{
    public async Task<IReadOnlyList<NotificationDto>> GetUnreadAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Notifications, cancellationToken);
        return (await notifications.GetUnreadAsync(currentUser.Id!.Value, 20, cancellationToken))
            .Select(n => new NotificationDto(n.Id, localizer[n.MessageKey, n.ArgumentList.Cast<object>().ToArray()].Value, n.Link, n.CreatedAt)).ToList();
    }

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Notifications, cancellationToken);
        var notification = await notifications.FindAsync(id, cancellationToken);
        if (notification is null || notification.UserId != currentUser.Id)
        {
            throw TrainingException.NotFound();
        }

        notification.MarkRead(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
