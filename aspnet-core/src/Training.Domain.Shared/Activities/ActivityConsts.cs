namespace Training.Activities;

public static class ActivityConsts
{
    public const int MaxTitleLength = 300;

    /// <summary>A commune meeting or a broadcast's audience, counted or estimated; more than a commune's people is a typing error.</summary>
    public const int MaxParticipants = 1_000_000;

    public const int MaxFileNameLength = 255;
}
