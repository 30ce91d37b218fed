namespace Training.Documents;

/// <summary>Where the province's papers are signed: the place line of every report, sign-in sheet and certificate.</summary>
public static class OfficialPlace
{
    public const string Name = "Cao Bằng";
}
