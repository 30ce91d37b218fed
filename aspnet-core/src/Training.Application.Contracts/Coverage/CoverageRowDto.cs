namespace Training.Coverage;

/// <param name="Key">By unit: the child unit's code; by role or gender: the enum's name; by ethnicity: the group's name. Null: not recorded.</param>
/// <param name="InScope">Null when <paramref name="Masked"/>.</param>
/// <param name="Trained">Null when <paramref name="Masked"/>.</param>
/// <param name="Masked">A breakdown by ethnicity hides counts under 5 (shown "&lt; 5"), and with them the percent.</param>
public sealed record CoverageRowDto(string? Key, string? Name, int? InScope, int? Trained, decimal? Percent, bool Masked);
