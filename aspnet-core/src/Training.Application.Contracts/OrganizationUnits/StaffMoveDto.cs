namespace Training.OrganizationUnits;

/// <summary>A person moved (or, in a dry run, to be moved) from an ended unit to its successor from <see cref="MovedOn"/>,
/// the successor's first day.</summary>
public sealed record StaffMoveDto(Guid StaffId, string FullName, UnitRefDto From, UnitRefDto To, DateOnly MovedOn);
