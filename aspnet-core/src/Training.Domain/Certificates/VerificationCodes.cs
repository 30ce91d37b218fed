using System.Security.Cryptography;

namespace Training.Certificates;

/// <summary>Verification codes: 80 random bits in Crockford's base32, unrelated to the id or the serial, so that none can be guessed from another.</summary>
public static class VerificationCodes
{
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        Span<char> code = stackalloc char[CertificateConsts.CodeLength];
        ulong buffer = 0;
        var bits = 0;
        var next = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                code[next++] = CertificateConsts.CodeAlphabet[(int)((buffer >> bits) & 31)];
            }
        }

        return new string(code);
    }

    /// <summary>A code as typed from paper: case, spaces and dashes ignored, and the letters Crockford reads as digits (O as 0, I and L as 1)
    /// read so; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var code = new System.Text.StringBuilder(CertificateConsts.CodeLength);
        foreach (var c in typed.ToUpperInvariant())
        {
            var read = c switch
            {
                ' ' or '-' => '\0',
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (read == '\0')
            {
                continue;
            }

            if (!CertificateConsts.CodeAlphabet.Contains(read))
            {
                return null;
            }

            code.Append(read);
        }

        return code.Length == CertificateConsts.CodeLength ? code.ToString() : null;
    }
}
