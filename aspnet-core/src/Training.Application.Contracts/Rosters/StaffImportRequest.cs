namespace Training.Rosters;

public sealed record StaffImportRequest(Stream File, bool DryRun, StaffImportMode Mode, DateOnly? AsOf);
