namespace Training.Coverage;

/// <param name="ParentName">The district (or province) it lies in, to tell apart communes of one name.</param>
public sealed record CoverageCommuneDto(string Code, string Name, string? ParentName);
