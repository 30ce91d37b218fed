namespace Training.Rosters;

/// <summary>Rules of the rosters that need the database: a national ID belongs to one person across every roster.</summary>
public class StaffMemberManager(IStaffMemberRepository repository)
{
    public async Task<StaffMember> CreateAsync(string fullName, Guid unitId, StaffRole role, bool inScope, DateOnly activeFrom,
        string? nationalId, CancellationToken cancellationToken = default)
    {
        var staff = new StaffMember(Guid.CreateVersion7(), fullName, unitId, role, inScope, activeFrom);
        await SetNationalIdAsync(staff, nationalId, cancellationToken);
        await repository.InsertAsync(staff, cancellationToken);
        return staff;
    }

    public async Task SetNationalIdAsync(StaffMember staff, string? nationalId, CancellationToken cancellationToken = default)
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

    /// <summary>For a bulk import that has already checked uniqueness for all its rows in one query.</summary>
    public static void SetCheckedNationalId(StaffMember staff, string? normalisedNationalId) => staff.SetNationalId(normalisedNationalId);

    /// <summary>A new person for an import, whose rows were all checked beforehand.</summary>
    public static StaffMember NewForImport(string fullName, Guid unitId, StaffRole role, bool inScope, DateOnly activeFrom) =>
        new(Guid.CreateVersion7(), fullName, unitId, role, inScope, activeFrom);
}
