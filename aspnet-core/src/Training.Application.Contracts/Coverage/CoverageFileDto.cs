namespace Training.Coverage;

/// <summary>A report file generated on a reporting date.</summary>
public sealed record CoverageFileDto(Guid Id, DateOnly ReportingDate, string Format, string FileName, long Length, DateTimeOffset CreatedAt);
