namespace Training.Rosters;

public enum StaffImportJobStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
