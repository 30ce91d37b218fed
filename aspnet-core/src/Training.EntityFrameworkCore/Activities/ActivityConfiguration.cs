using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Activities;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.Activities;

internal sealed class InformationActivityConfiguration : IEntityTypeConfiguration<InformationActivity>
{
    public void Configure(EntityTypeBuilder<InformationActivity> builder)
    {
        builder.ToTable("InformationActivities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Form).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Title).HasMaxLength(ActivityConsts.MaxTitleLength).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsDeleted);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ActivityAttachment>().WithMany().HasForeignKey(a => a.AttachmentId).OnDelete(DeleteBehavior.Restrict);

        // The coverage question (which units held one in a period) and the lists (by date) read by date first.
        builder.HasIndex(a => new { a.Date, a.UnitId });
        builder.HasIndex(a => a.UnitId);

        // One photo, one activity: a second activity cannot take an attachment already taken, even in a race.
        builder.HasIndex(a => a.AttachmentId).IsUnique();
    }
}

internal sealed class ActivityAttachmentConfiguration : IEntityTypeConfiguration<ActivityAttachment>
{
    public void Configure(EntityTypeBuilder<ActivityAttachment> builder)
    {
        builder.ToTable("ActivityAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(ActivityConsts.MaxFileNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.HasOne<Training.Files.Blob>().WithMany().HasForeignKey(a => a.BlobId).OnDelete(DeleteBehavior.Restrict);
    }
}
