namespace Training.Certificates;

public static class CertificateConsts
{
    /// <summary>Crockford's base32: no I, L, O or U, so that a code read aloud or typed from paper is not misread.</summary>
    public const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>16 characters of 5 bits: 80 random bits.</summary>
    public const int CodeLength = 16;

    public const int MaxReasonLength = 500;
    public const int MaxNameLength = 200;
    public const int MaxBodyLength = 300;
    public const int MaxSerialLength = 80;

    /// <summary>From this many days before expiry a holder may renew, and is told so.</summary>
    public const int RenewalDays = 30;

    /// <summary>A signature or seal image.</summary>
    public const int MaxImageBytes = 1024 * 1024;
}
