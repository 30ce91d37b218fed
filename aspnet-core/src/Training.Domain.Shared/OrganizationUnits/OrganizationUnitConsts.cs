namespace Training.OrganizationUnits;

public static class OrganizationUnitConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 256;

    /// <summary>One path segment: five digits and a dot, so 99,999 children under one parent.</summary>
    public const int PathSegmentLength = 6;
    public const int MaxDepth = 16;
    public const int MaxPathLength = PathSegmentLength * MaxDepth;

    /// <summary>Agencies have codes of this prefix, which official numeric codes can never take.</summary>
    public const string AgencyCodePrefix = "CQ-";

    /// <summary>The date from which the seeded structure (Resolutions 864 and 897/NQ-UBTVQH14) is valid.</summary>
    public static readonly DateOnly SeedStructureValidFrom = new(2020, 3, 1);

    /// <summary>Resolution 1657/NQ-UBTVQH15: communes merged and district level abolished from this date.</summary>
    public static readonly DateOnly Reorganisation2025 = new(2025, 7, 1);
}
