namespace Training.OrganizationUnits;

/// <summary>A unit named as people read it: its code (on the date at hand) and its name.</summary>
public sealed record UnitRefDto(string Code, string Name);
