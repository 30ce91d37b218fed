namespace Training.Rosters;

/// <param name="Row">The row number as Excel shows it (the header is row 1).</param>
/// <param name="Column">The header text of the column, or null for the whole row.</param>
public sealed record StaffImportErrorDto(int Row, string? Column, string Code, string Message);
