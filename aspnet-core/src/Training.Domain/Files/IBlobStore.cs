namespace Training.Files;

/// <summary>Where uploaded files live: in the database by default, so that every web node reads the same files.</summary>
public interface IBlobStore
{
    Task<Guid> SaveAsync(byte[] content, CancellationToken cancellationToken = default);

    Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>One stored file's bytes.</summary>
public class Blob
{
    private Blob()
    {
        Content = null!;
    }

    public Blob(Guid id, byte[] content)
    {
        Id = id;
        Content = content;
    }

    public Guid Id { get; private set; }

    public byte[] Content { get; private set; }
}
