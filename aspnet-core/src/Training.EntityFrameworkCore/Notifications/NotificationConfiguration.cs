using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Identity;
using Training.Notifications;

namespace Training.EntityFrameworkCore.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.MessageKey).HasMaxLength(128).IsRequired();
        builder.Property(n => n.Arguments).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(512);
        builder.Property(n => n.DedupKey).HasMaxLength(256).IsRequired();
        builder.Ignore(n => n.ArgumentList);
        builder.HasOne<TrainingUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.DedupKey }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

public sealed class EfNotificationRepository(TrainingDbContext db) : INotificationRepository
{
    public async Task<HashSet<Guid>> GetNotifiedAsync(IReadOnlyCollection<Guid> userIds, string dedupKey, CancellationToken cancellationToken = default) =>
        (await db.Notifications.Where(n => n.DedupKey == dedupKey && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken)).ToHashSet();

    public Task<List<Notification>> GetUnreadAsync(Guid userId, int take, CancellationToken cancellationToken = default) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).OrderByDescending(n => n.CreatedAt).Take(take).ToListAsync(cancellationToken);

    public Task<Notification?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Notifications.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public async Task InsertAsync(Notification notification, CancellationToken cancellationToken = default) =>
        await db.Notifications.AddAsync(notification, cancellationToken);
}
