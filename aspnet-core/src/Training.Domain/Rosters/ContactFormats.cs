namespace Training.Rosters;

/// <summary>National IDs, phones and e-mails as rosters write them and as they are kept.</summary>
public static class ContactFormats
{
    /// <summary>12 digits; a number that lost its leading zeros in Excel is padded back ("4123456789" → "004123456789").</summary>
    public static bool TryNormaliseNationalId(string? input, out string? nationalId)
    {
        nationalId = null;
        var digits = (input ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 0)
        {
            return true;
        }

        if (digits.Length > StaffMemberConsts.NationalIdLength || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        nationalId = digits.PadLeft(StaffMemberConsts.NationalIdLength, '0');
        return true;
    }

    /// <summary>Digits only, with the leading 0 a number cell drops ("912345678" → "0912345678", "+84912345678" → "0912345678").</summary>
    public static string? NormalisePhone(string? input)
    {
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (text.StartsWith('+') && digits.StartsWith("84", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }
        else if (digits.Length == 9)
        {
            digits = "0" + digits;
        }

        if (digits.Length is < 10 or > 11 || digits[0] != '0' || text.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '+' or '(' or ')')))
        {
            throw new TrainingException(TrainingErrorCodes.StaffPhoneInvalid) { Field = "phone" };
        }

        return digits;
    }

    public static string? NormaliseEmail(string? input)
    {
        var email = (input ?? string.Empty).Trim();
        if (email.Length == 0)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (email.Length > StaffMemberConsts.MaxEmailLength || at <= 0 || at != email.LastIndexOf('@') || !email[(at + 1)..].Contains('.', StringComparison.Ordinal)
            || email.Any(char.IsWhiteSpace))
        {
            throw new TrainingException(TrainingErrorCodes.StaffEmailInvalid) { Field = "email" };
        }

        return email;
    }

    /// <summary>What a reader without the right to see it gets: the last three digits ("•••••••••678").</summary>
    /// <summary>Whether a value is a masked one sent back (<see cref="Mask"/>), which says nothing new.</summary>
    public static bool IsMasked(string value) => value.Contains('•', StringComparison.Ordinal);

    public static string? Mask(string? value) =>
        value is null ? null : new string('•', Math.Max(value.Length - 3, 0)) + value[Math.Max(value.Length - 3, 0)..];
}
