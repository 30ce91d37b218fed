namespace Training.Rosters;

public enum StaffImportMode
{
    /// <summary>Nothing is written when any row fails.</summary>
    AllOrNothing,

    /// <summary>The good rows are written; the bad ones are reported.</summary>
    ValidOnly,
}
