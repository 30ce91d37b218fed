namespace Training.Rosters;

/// <summary>Rules of the rosters that need the database: a national ID belongs to one person across every roster.</summary>
public class StaffMemberManager(IStaffMemberRepository repository)
{
    public async Task<StaffMember> CreateAsync(string fullName, Guid unitId, StaffRole role, bool inScope, DateOnly activeFrom,
        StaffMemberChanges details, CancellationToken cancellationToken = default)
    {
        var staff = new StaffMember(Guid.CreateVersion7(), fullName, unitId, role, inScope, activeFrom);
        await ApplyAsync(staff, details, cancellationToken);
        await repository.InsertAsync(staff, cancellationToken);
        return staff;
    }

    /// <summary>Writes a change onto a person; a national ID is checked against every roster first.</summary>
    public async Task ApplyAsync(StaffMember staff, StaffMemberChanges changes, CancellationToken cancellationToken = default)
    {
        if (changes.NationalId.Kind != FieldChangeKind.Keep)
        {
            await SetNationalIdAsync(staff, changes.NationalId.Value, cancellationToken);
        }

        changes.ApplyTo(staff);
    }

    /// <summary>For a bulk import that has already checked every row's national ID in one query.</summary>
    public static void ApplyChecked(StaffMember staff, StaffMemberChanges changes)
    {
        staff.SetNationalId(changes.NationalId.Apply(staff.NationalId));
        changes.ApplyTo(staff);
    }

    private async Task SetNationalIdAsync(StaffMember staff, string? nationalId, CancellationToken cancellationToken)
    {
        if (!ContactFormats.TryNormaliseNationalId(nationalId, out var normalised))
        {
            throw new TrainingException(TrainingErrorCodes.StaffNationalIdInvalid) { Field = "nationalId" };
        }

        if (normalised is not null && normalised != staff.NationalId
            && await repository.FindByNationalIdAsync(normalised, cancellationToken) is { } holder && holder.Id != staff.Id)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.StaffNationalIdTaken);
        }

        staff.SetNationalId(normalised);
    }

    /// <summary>A new person for an import, whose rows were all checked beforehand.</summary>
    public static StaffMember NewForImport(string fullName, Guid unitId, StaffRole role, bool inScope, DateOnly activeFrom) =>
        new(Guid.CreateVersion7(), fullName, unitId, role, inScope, activeFrom);
}
