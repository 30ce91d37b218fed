using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Files;

namespace Training.EntityFrameworkCore.Files;

/// <summary>Files in the application's database, saved with the rest of the unit of work.</summary>
public sealed class DatabaseBlobStore(TrainingDbContext db) : IBlobStore
{
    public async Task<Guid> SaveAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var blob = new Blob(Guid.CreateVersion7(), content);
        await db.Blobs.AddAsync(blob, cancellationToken);
        return blob.Id;
    }

    public async Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Blobs.Where(b => b.Id == id).Select(b => b.Content).FirstOrDefaultAsync(cancellationToken);
}

internal sealed class BlobConfiguration : IEntityTypeConfiguration<Blob>
{
    public void Configure(EntityTypeBuilder<Blob> builder)
    {
        builder.ToTable("Blobs");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Content).IsRequired();
    }
}
