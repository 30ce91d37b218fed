using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Training.Courses;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Courses;

/// <summary>Small lists kept in one column: the roles a course is for, the days of a session, the days attended, a quiz's or an
/// attempt's question and option ids.</summary>
internal static class ListColumns
{
    public static readonly ValueConverter<IReadOnlyList<DateOnly>, string> Dates = new(
        v => string.Join(',', v.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        v => v.Length == 0 ? new List<DateOnly>() : v.Split(',', StringSplitOptions.None).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList());

    public static readonly ValueConverter<IReadOnlyList<StaffRole>, string> Roles = new(
        v => string.Join(',', v),
        v => v.Length == 0 ? new List<StaffRole>() : v.Split(',', StringSplitOptions.None).Select(Enum.Parse<StaffRole>).ToList());

    public static readonly ValueConverter<IReadOnlyList<Guid>, string> Guids = new(
        v => string.Join(',', v),
        v => v.Length == 0 ? new List<Guid>() : v.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList());

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(CourseConsts.MaxCodeLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(CourseConsts.MaxTitleLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(CourseConsts.MaxDescriptionLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.AudienceRoles).HasConversion(ListColumns.Roles, ListColumns.Comparer<StaffRole>()).HasMaxLength(256);
        builder.ComplexProperty(c => c.Rule);
        builder.Property(c => c.BankStamp).IsConcurrencyToken();
        builder.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lessons).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_lessons");

        // One row per version; two requests creating the same code race to this index.
        builder.HasIndex(c => new { c.Code, c.Version }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.Code });
    }
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("Lessons");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Title).HasMaxLength(CourseConsts.MaxTitleLength).IsRequired();
        builder.Property(l => l.Body).IsRequired();
        builder.Property(l => l.VideoUrl).HasMaxLength(CourseConsts.MaxVideoUrlLength);
        builder.HasIndex(l => new { l.CourseId, l.Order });
        builder.HasMany(l => l.Attachments).WithOne().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LessonAttachmentConfiguration : IEntityTypeConfiguration<LessonAttachment>
{
    public void Configure(EntityTypeBuilder<LessonAttachment> builder)
    {
        builder.ToTable("LessonAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(128).IsRequired();
        builder.HasOne<Training.Files.Blob>().WithMany().HasForeignKey(a => a.BlobId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(CourseConsts.MaxTitleLength).IsRequired();
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Venue).HasMaxLength(CourseConsts.MaxVenueLength);
        builder.Property(s => s.Trainers).HasMaxLength(CourseConsts.MaxTrainersLength);
        builder.Property(s => s.Days).HasConversion(ListColumns.Dates, ListColumns.Comparer<DateOnly>()).HasMaxLength(CourseConsts.MaxSessionDays * 11);
        builder.HasIndex(s => new { s.FirstDay, s.LastDay });
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.WaitingList);
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(s => s.OrganizerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Enrollments).WithOne().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Enrollments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToTable("Enrollments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.AttendedDays).HasConversion(ListColumns.Dates, ListColumns.Comparer<DateOnly>()).HasMaxLength(CourseConsts.MaxSessionDays * 11);
        builder.Ignore(e => e.HoldsAPlace);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.StaffMemberId, e.CourseId });
    }
}

internal sealed class CourseCompletionConfiguration : IEntityTypeConfiguration<CourseCompletion>
{
    public void Configure(EntityTypeBuilder<CourseCompletion> builder)
    {
        builder.ToTable("CourseCompletions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CourseCode).HasMaxLength(CourseConsts.MaxCodeLength).IsRequired();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);

        // Recorded once per person, course version and day, whatever races to record it; a renewal is a later day's.
        builder.HasIndex(c => new { c.StaffMemberId, c.CourseId, c.CompletedOn }).IsUnique().HasFilter("\"VoidedAt\" IS NULL")
            .HasDatabaseName("IX_CourseCompletions_Holding");
        builder.HasIndex(c => new { c.CourseCode, c.CompletedOn });

        // Coverage asks, for each person, "a completion of one of these codes between two dates?": one index probe.
        builder.HasIndex(c => new { c.StaffMemberId, c.CourseCode, c.CompletedOn });
    }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        builder.ToTable("LessonProgress");
        builder.HasKey(p => new { p.StaffMemberId, p.LessonId });
        builder.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CourseId, p.StaffMemberId });
    }
}
