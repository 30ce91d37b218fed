using System.ComponentModel.DataAnnotations;
using Training.OrganizationUnits;

namespace Training.Activities;

public sealed class SaveActivityDto
{
    /// <summary>The unit that held it, read on <see cref="Date"/>; within the caller's units.</summary>
    [Required]
    [StringLength(OrganizationUnitConsts.MaxCodeLength)]
    public string? UnitCode { get; set; }

    /// <summary>The day it was held (not after today).</summary>
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public ActivityForm? Form { get; set; }

    [Required]
    [StringLength(ActivityConsts.MaxTitleLength)]
    public string? Title { get; set; }

    [Range(0, ActivityConsts.MaxParticipants)]
    public int? Participants { get; set; }

    /// <summary>A photo or document the caller uploaded at <c>POST /api/training/activities/attachments</c>.</summary>
    public Guid? AttachmentId { get; set; }

    /// <summary>On a change, the <c>version</c> the caller read: 409 <c>ConcurrencyConflict</c> when someone changed it since.</summary>
    public Guid? Version { get; set; }
}
