namespace Training.Activities;

/// <param name="UnitName">The unit's name as it was on the activity's date.</param>
/// <param name="AttachmentName">The photo's or document's file name, read at <c>/api/training/activities/{id}/attachment</c>.</param>
/// <param name="Version">Send it back with a change, so that a change made since is not overwritten.</param>
public sealed record ActivityDto(Guid Id, string UnitCode, string UnitName, DateOnly Date, ActivityForm Form, string Title, int? Participants,
    Guid? AttachmentId, string? AttachmentName, Guid? Version = null);
