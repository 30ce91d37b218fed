namespace Training.Rosters;

public static class LearnerAccountLimits
{
    /// <summary>Accounts created in one request: one printed batch of slips.</summary>
    public const int MaxPerRequest = 500;
}
