namespace Training.Activities;

/// <summary>How a commune spread the word on prostitution prevention (plan 552/KH-UBND, part II).</summary>
public enum ActivityForm
{
    LoudspeakerBroadcast,
    CommunityMeeting,
    Leaflets,
    SchoolTalk,
    SocialMedia,
    Other,
}
