namespace Training.Coverage;

/// <summary>A course a plan may count, named by its code (any version counts) and its latest title.</summary>
public sealed record CoverageCourseDto(string Code, string Title);
