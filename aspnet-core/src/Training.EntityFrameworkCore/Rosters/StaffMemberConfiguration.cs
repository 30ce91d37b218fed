using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Rosters;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("StaffMembers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.FullName).HasMaxLength(StaffMemberConsts.MaxFullNameLength).IsRequired();
        builder.Property(s => s.SearchKey).HasMaxLength(StaffMemberConsts.MaxSearchKeyLength).IsRequired();
        builder.Property(s => s.SortKey).HasMaxLength(StaffMemberConsts.MaxSearchKeyLength * 3).IsRequired();
        builder.Property(s => s.Gender).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.Ethnicity).HasMaxLength(StaffMemberConsts.MaxEthnicityLength);
        builder.Property(s => s.NationalId).HasMaxLength(StaffMemberConsts.NationalIdLength);
        builder.Property(s => s.Phone).HasMaxLength(StaffMemberConsts.MaxPhoneLength);
        builder.Property(s => s.Email).HasMaxLength(StaffMemberConsts.MaxEmailLength);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Assignments).WithOne().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A national ID and an account belong to one person; both unique where present (NULLs never collide).
        builder.HasIndex(s => s.NationalId).IsUnique();
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasIndex(s => s.SortKey);
        builder.HasIndex(s => s.SearchKey);
    }
}

internal sealed class StaffUnitAssignmentConfiguration : IEntityTypeConfiguration<StaffUnitAssignment>
{
    public void Configure(EntityTypeBuilder<StaffUnitAssignment> builder)
    {
        builder.ToTable("StaffUnitAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);

        // "Who was in this unit on date D": by unit, then the dates.
        builder.HasIndex(a => new { a.UnitId, a.From, a.To });
        builder.HasIndex(a => new { a.StaffMemberId, a.From });
    }
}
