using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.Identity;

internal sealed class TrainingUserConfiguration : IEntityTypeConfiguration<TrainingUser>
{
    public void Configure(EntityTypeBuilder<TrainingUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(IdentityConsts.MaxDisplayNameLength).IsRequired();
        builder.HasMany(u => u.OrganizationUnits).WithOne().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.OrganizationUnits).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UserOrganizationUnitConfiguration : IEntityTypeConfiguration<UserOrganizationUnit>
{
    public void Configure(EntityTypeBuilder<UserOrganizationUnit> builder)
    {
        builder.ToTable("UserOrganizationUnits");
        builder.HasKey(o => new { o.UserId, o.OrganizationUnitId });
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(o => o.OrganizationUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
