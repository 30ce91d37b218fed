namespace Training.Notifications;

public sealed record NotificationDto(Guid Id, string Text, string? Link, DateTimeOffset CreatedAt);
