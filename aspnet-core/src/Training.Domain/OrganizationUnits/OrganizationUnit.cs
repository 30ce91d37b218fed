namespace Training.OrganizationUnits;

/// <summary>
/// A node of the one unit tree: province, district, commune or agency. Never deleted: an ended unit keeps its place and
/// subtree and points to what replaced it through <see cref="OrganizationUnitSuccession"/>. A code names a unit only
/// together with a date, since a 2025 commune reuses the code of one it absorbed.
/// </summary>
public class OrganizationUnit
{
    private OrganizationUnit()
    {
        Code = null!;
        Name = null!;
        Path = null!;
    }

    internal OrganizationUnit(Guid id, string code, string name, OrganizationUnitKind kind, OrganizationUnit? parent,
        string pathSegment, DateOnly validFrom, DateOnly? validTo)
    {
        Id = id;
        Code = CheckCode(code, kind);
        Name = CheckName(name);
        Kind = kind;
        ParentId = parent?.Id;
        Path = (parent?.Path ?? string.Empty) + pathSegment;
        SetValidity(validFrom, validTo);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public OrganizationUnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Materialised path ("00001.00004.") so that a subtree is one prefix query.</summary>
    public string Path { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day the unit existed; null while it still does.</summary>
    public DateOnly? ValidTo { get; private set; }

    public int Depth => Path.Length / OrganizationUnitConsts.PathSegmentLength;

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public void Rename(string name) => Name = CheckName(name);

    public void SetValidity(DateOnly validFrom, DateOnly? validTo)
    {
        if (validTo is not null && validTo < validFrom)
        {
            throw new TrainingException(TrainingErrorCodes.UnitValidityInvalid) { Field = "validTo" };
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The unit ceases to exist after <paramref name="lastDay"/>; its subtree keeps its place.</summary>
    public void End(DateOnly lastDay) => SetValidity(ValidFrom, lastDay);

    public static string FormatPathSegment(int number) =>
        number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".";

    private static string CheckCode(string code, OrganizationUnitKind kind)
    {
        code = (code ?? string.Empty).Trim();
        if (code.Length is 0 or > OrganizationUnitConsts.MaxCodeLength)
        {
            throw new TrainingException(TrainingErrorCodes.UnitCodeInvalid) { Field = "code" };
        }

        // Agencies live in their own code space so they can never collide with the statistics office's numeric codes.
        var isAgencyCode = code.StartsWith(OrganizationUnitConsts.AgencyCodePrefix, StringComparison.Ordinal);
        if (isAgencyCode != (kind == OrganizationUnitKind.Agency))
        {
            throw new TrainingException(TrainingErrorCodes.UnitCodeKindMismatch) { Field = "code" };
        }

        return code;
    }

    private static string CheckName(string name)
    {
        name = (name ?? string.Empty).Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (name.Length is 0 or > OrganizationUnitConsts.MaxNameLength)
        {
            throw new TrainingException(TrainingErrorCodes.UnitNameRequired) { Field = "name" };
        }

        return name;
    }
}
