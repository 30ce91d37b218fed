using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Certificates;
using Training.Courses;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Certificates;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CourseCode).HasMaxLength(CourseConsts.MaxCodeLength).IsRequired();
        builder.Property(c => c.Serial).HasMaxLength(CertificateConsts.MaxSerialLength).IsRequired();
        builder.Property(c => c.VerificationCode).HasMaxLength(CertificateConsts.CodeLength).IsRequired();
        builder.Property(c => c.HolderName).HasMaxLength(CertificateConsts.MaxNameLength).IsRequired();
        builder.Property(c => c.UnitName).HasMaxLength(Training.OrganizationUnits.OrganizationUnitConsts.MaxNameLength).IsRequired();
        builder.Property(c => c.CourseTitle).HasMaxLength(CourseConsts.MaxTitleLength).IsRequired();
        builder.Property(c => c.ParentBody).HasMaxLength(CertificateConsts.MaxBodyLength);
        builder.Property(c => c.IssuingBody).HasMaxLength(CertificateConsts.MaxBodyLength);
        builder.Property(c => c.Place).HasMaxLength(CertificateConsts.MaxNameLength).IsRequired();
        builder.Property(c => c.SignerTitle).HasMaxLength(CertificateConsts.MaxNameLength);
        builder.Property(c => c.SignerName).HasMaxLength(CertificateConsts.MaxNameLength);
        builder.Property(c => c.IssueReason).HasMaxLength(CertificateConsts.MaxReasonLength);
        builder.Property(c => c.RevocationReason).HasMaxLength(CertificateConsts.MaxReasonLength);
        builder.Property(c => c.ReplacedBySerial).HasMaxLength(CertificateConsts.MaxSerialLength);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(c => c.Facts);
        builder.HasOne<CourseCompletion>().WithMany().HasForeignKey(c => c.CompletionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);

        // Never two certificates for one completion, however many requests race to issue it; a re-issue is the next revision.
        builder.HasIndex(c => new { c.CompletionId, c.Revision }).IsUnique();
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        builder.HasIndex(c => c.Serial).IsUnique();
        builder.HasIndex(c => new { c.StaffMemberId, c.CourseCode });
        builder.HasIndex(c => c.SessionId);
        builder.HasIndex(c => c.ExpiresOn).HasFilter("\"RevokedAt\" IS NULL");
    }
}

internal sealed class CertificateSettingsConfiguration : IEntityTypeConfiguration<CertificateSettings>
{
    public void Configure(EntityTypeBuilder<CertificateSettings> builder)
    {
        builder.ToTable("CertificateSettings");
        builder.HasKey(s => s.UnitId);
        builder.Property(s => s.ParentBody).HasMaxLength(CertificateConsts.MaxBodyLength);
        builder.Property(s => s.IssuingBody).HasMaxLength(CertificateConsts.MaxBodyLength);
        builder.Property(s => s.Place).HasMaxLength(CertificateConsts.MaxNameLength);
        builder.Property(s => s.SignerTitle).HasMaxLength(CertificateConsts.MaxNameLength);
        builder.Property(s => s.SignerName).HasMaxLength(CertificateConsts.MaxNameLength);
        builder.HasOne<Training.OrganizationUnits.OrganizationUnit>().WithOne().HasForeignKey<CertificateSettings>(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The last number given for a year and course code; written only by <see cref="EfCertificateRepository.NextSequenceAsync"/>.</summary>
internal sealed class CertificateSequence
{
    public int Year { get; set; }

    public string CourseCode { get; set; } = null!;

    public int Last { get; set; }
}

internal sealed class CertificateSequenceConfiguration : IEntityTypeConfiguration<CertificateSequence>
{
    public void Configure(EntityTypeBuilder<CertificateSequence> builder)
    {
        builder.ToTable("CertificateSequences");
        builder.HasKey(s => new { s.Year, s.CourseCode });
        builder.Property(s => s.CourseCode).HasMaxLength(CourseConsts.MaxCodeLength);
    }
}
