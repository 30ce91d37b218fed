using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Identity;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Rosters;

internal sealed class StaffImportJobConfiguration : IEntityTypeConfiguration<StaffImportJob>
{
    public void Configure(EntityTypeBuilder<StaffImportJob> builder)
    {
        builder.ToTable("StaffImportJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.FileName).HasMaxLength(256).IsRequired();
        builder.Property(j => j.Culture).HasMaxLength(16).IsRequired();
        builder.Property(j => j.Content).IsRequired();
        builder.Property(j => j.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.ErrorCode).HasMaxLength(64);
        builder.Ignore(j => j.IsFinished);
        builder.HasOne<TrainingUser>().WithMany().HasForeignKey(j => j.RequestedBy).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => j.FinishedAt);
    }
}
