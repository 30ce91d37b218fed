using System.ComponentModel.DataAnnotations;

namespace Training.Certificates;

/// <summary>A certificate issued by hand (a completion the system missed, recorded too when absent).</summary>
public sealed class IssueCertificateDto
{
    [Required]
    public Guid? StaffId { get; set; }

    [Required]
    public Guid? CourseId { get; set; }

    [Required]
    public DateOnly? CompletedOn { get; set; }

    public Guid? SessionId { get; set; }

    [Required]
    [StringLength(CertificateConsts.MaxReasonLength, MinimumLength = 1)]
    public string? Reason { get; set; }
}
