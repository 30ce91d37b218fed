using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.OrganizationUnits;

internal sealed class OrganizationUnitConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> builder)
    {
        builder.ToTable("OrganizationUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Code).HasMaxLength(OrganizationUnitConsts.MaxCodeLength).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(OrganizationUnitConsts.MaxNameLength).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Path).HasMaxLength(OrganizationUnitConsts.MaxPathLength).IsRequired();
        builder.Ignore(u => u.Depth);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);

        // Subtree queries are prefix scans of Path; codes are read together with a date.
        builder.HasIndex(u => u.Path).IsUnique();
        builder.HasIndex(u => new { u.Code, u.ValidFrom });
        builder.HasIndex(u => new { u.ParentId, u.ValidFrom });
    }
}

internal sealed class OrganizationUnitSuccessionConfiguration : IEntityTypeConfiguration<OrganizationUnitSuccession>
{
    public void Configure(EntityTypeBuilder<OrganizationUnitSuccession> builder)
    {
        builder.ToTable("OrganizationUnitSuccessions");
        builder.HasKey(s => new { s.PredecessorId, s.SuccessorId });
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SuccessorId);
    }
}
