namespace Training.Coverage;

/// <summary>A plan's coverage report as generated on one of its reporting dates, kept for download as it was that day.</summary>
public class CoverageFile
{
    private CoverageFile()
    {
        FileName = null!;
        ContentType = null!;
    }

    public CoverageFile(Guid id, Guid planId, DateOnly reportingDate, string format, string fileName, string contentType, Guid blobId, long length,
        DateTimeOffset createdAt)
    {
        Id = id;
        PlanId = planId;
        ReportingDate = reportingDate;
        Format = format;
        FileName = fileName;
        ContentType = contentType;
        BlobId = blobId;
        Length = length;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public DateOnly ReportingDate { get; private set; }

    /// <summary>"xlsx" or "pdf".</summary>
    public string Format { get; private set; } = null!;

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public Guid BlobId { get; private set; }

    public long Length { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
