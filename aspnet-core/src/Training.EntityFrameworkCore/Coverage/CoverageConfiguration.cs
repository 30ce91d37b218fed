using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Training.Coverage;
using Training.EntityFrameworkCore.Courses;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Coverage;

internal sealed class CoveragePlanConfiguration : IEntityTypeConfiguration<CoveragePlan>
{
    private static readonly ValueConverter<IReadOnlyList<string>, string> Codes = new(
        v => string.Join('\n', v),
        v => v.Length == 0 ? new List<string>() : v.Split('\n', StringSplitOptions.None).ToList());

    private static readonly ValueConverter<IReadOnlyList<OrganizationUnitKind>, string> Kinds = new(
        v => string.Join(',', v),
        v => v.Length == 0 ? new List<OrganizationUnitKind>() : v.Split(',', StringSplitOptions.None).Select(Enum.Parse<OrganizationUnitKind>).ToList());

    public void Configure(EntityTypeBuilder<CoveragePlan> builder)
    {
        builder.ToTable("CoveragePlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(CoverageConsts.MaxNameLength).IsRequired();
        builder.Property(p => p.RootUnitCode).HasMaxLength(OrganizationUnitConsts.MaxCodeLength).IsRequired();
        builder.Property(p => p.ConsolidatingUnitCode).HasMaxLength(OrganizationUnitConsts.MaxCodeLength);

        // Course codes may hold commas but never a line break.
        builder.Property(p => p.CourseCodes).HasConversion(Codes, ListColumns.Comparer<string>()).HasMaxLength(CoverageConsts.MaxCourseCodes * 65);
        builder.Property(p => p.Roles).HasConversion(ListColumns.Roles, ListColumns.Comparer<StaffRole>()).HasMaxLength(256);
        builder.Property(p => p.ReportingDates).HasConversion(ListColumns.Dates, ListColumns.Comparer<DateOnly>()).HasMaxLength(CoverageConsts.MaxReportingDates * 11);
        builder.Property(p => p.ReportingUnitKinds).HasConversion(Kinds, ListColumns.Comparer<OrganizationUnitKind>()).HasMaxLength(64);
        builder.Property(p => p.TargetPercent).HasPrecision(5, 2);
        builder.Property(p => p.ActivityTargetPercent).HasPrecision(5, 2);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.StartsOn);

        // Two clicks or two tabs saving the same new plan make one plan; the second answers 409.
        builder.HasIndex(p => new { p.RootUnitCode, p.Name }).IsUnique();
    }
}

internal sealed class CoverageSnapshotConfiguration : IEntityTypeConfiguration<CoverageSnapshot>
{
    public void Configure(EntityTypeBuilder<CoverageSnapshot> builder)
    {
        builder.ToTable("CoverageSnapshots");

        // One row per plan, unit and day: a second run of the nightly job meets this key and writes nothing.
        builder.HasKey(s => new { s.PlanId, s.UnitId, s.Date });
        builder.HasOne<CoveragePlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PlanId, s.Date });
    }
}

internal sealed class CoverageFileConfiguration : IEntityTypeConfiguration<CoverageFile>
{
    public void Configure(EntityTypeBuilder<CoverageFile> builder)
    {
        builder.ToTable("CoverageFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Format).HasMaxLength(8).IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(256).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(128).IsRequired();
        builder.HasOne<CoveragePlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Training.Files.Blob>().WithMany().HasForeignKey(f => f.BlobId).OnDelete(DeleteBehavior.Restrict);

        // One file per plan, date and format, whichever node's job gets there first.
        builder.HasIndex(f => new { f.PlanId, f.ReportingDate, f.Format }).IsUnique();
    }
}
