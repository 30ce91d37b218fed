namespace Training.Courses;

/// <summary>A file to serve: its name, type and bytes.</summary>
public sealed record FileContentDto(string FileName, string ContentType, byte[] Content);
