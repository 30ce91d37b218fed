namespace Training.Certificates;

/// <summary>
/// How an organiser unit signs its certificates: the bodies of the header, the place, the signer, and an optional image of
/// the signature and seal. Read at issue; a certificate keeps what it was issued with.
/// </summary>
public class CertificateSettings
{
    private CertificateSettings()
    {
    }

    public CertificateSettings(Guid unitId) => UnitId = unitId;

    public Guid UnitId { get; private set; }

    /// <summary>The body above the issuer in the header ("UBND TỈNH CAO BẰNG").</summary>
    public string? ParentBody { get; private set; }

    public string? IssuingBody { get; private set; }

    public string? Place { get; private set; }

    public string? SignerTitle { get; private set; }

    public string? SignerName { get; private set; }

    public Guid? SignatureBlobId { get; private set; }

    public void Describe(string? parentBody, string? issuingBody, string? place, string? signerTitle, string? signerName)
    {
        ParentBody = Text(parentBody, CertificateConsts.MaxBodyLength, "parentBody");
        IssuingBody = Text(issuingBody, CertificateConsts.MaxBodyLength, "issuingBody");
        Place = Text(place, CertificateConsts.MaxNameLength, "place");
        SignerTitle = Text(signerTitle, CertificateConsts.MaxNameLength, "signerTitle");
        SignerName = Text(signerName, CertificateConsts.MaxNameLength, "signerName");
    }

    /// <summary>A new image is a new blob: certificates issued with the old one keep showing it.</summary>
    public void UseSignature(Guid? blobId) => SignatureBlobId = blobId;

    private static string? Text(string? value, int max, string field)
    {
        value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return value?.Length > max ? throw new TrainingException(TrainingErrorCodes.CertificateSettingTooLong) { Field = field } : value;
    }
}
