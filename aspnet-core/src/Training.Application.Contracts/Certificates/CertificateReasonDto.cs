using System.ComponentModel.DataAnnotations;

namespace Training.Certificates;

public sealed class CertificateReasonDto
{
    [Required]
    [StringLength(CertificateConsts.MaxReasonLength, MinimumLength = 1)]
    public string? Reason { get; set; }
}
