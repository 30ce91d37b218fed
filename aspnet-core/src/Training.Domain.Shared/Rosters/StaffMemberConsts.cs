namespace Training.Rosters;

public static class StaffMemberConsts
{
    public const int MaxFullNameLength = 128;
    public const int NationalIdLength = 12;
    public const int MaxPhoneLength = 16;
    public const int MaxEmailLength = 256;
    public const int MaxEthnicityLength = 64;
    public const int MaxSearchKeyLength = 256;

    /// <summary>Largest roster file accepted: 20 MB and 100,000 data rows.</summary>
    public const long MaxImportFileBytes = 20 * 1024 * 1024;
    public const int MaxImportRows = 100_000;
}
