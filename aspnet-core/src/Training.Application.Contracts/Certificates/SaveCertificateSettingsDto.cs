using System.ComponentModel.DataAnnotations;

namespace Training.Certificates;

public sealed class SaveCertificateSettingsDto
{
    [StringLength(CertificateConsts.MaxBodyLength)]
    public string? ParentBody { get; set; }

    [StringLength(CertificateConsts.MaxBodyLength)]
    public string? IssuingBody { get; set; }

    [StringLength(CertificateConsts.MaxNameLength)]
    public string? Place { get; set; }

    [StringLength(CertificateConsts.MaxNameLength)]
    public string? SignerTitle { get; set; }

    [StringLength(CertificateConsts.MaxNameLength)]
    public string? SignerName { get; set; }

    /// <summary>A PNG or JPEG of the signature and seal, base64, at most 1 MB; absent keeps the current one.</summary>
    public string? SignatureImage { get; set; }

    /// <summary>Removes the current image (certificates already issued keep theirs).</summary>
    public bool RemoveSignatureImage { get; set; }
}
