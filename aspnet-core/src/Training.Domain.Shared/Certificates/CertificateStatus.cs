namespace Training.Certificates;

/// <summary>Computed on every read: revoked first, then expired by the date in Cao Bằng, else valid.</summary>
public enum CertificateStatus
{
    Valid,
    Revoked,
    Expired,
}
