namespace Training.Rosters;

public sealed record StaffImportResultDto(int TotalRows, int Created, int Updated, int Unchanged, IReadOnlyList<StaffImportErrorDto> Errors)
{
    /// <summary>Whether the rows were written (false for a dry run, and for an all-or-nothing import with errors).</summary>
    public bool Committed { get; init; }
}
