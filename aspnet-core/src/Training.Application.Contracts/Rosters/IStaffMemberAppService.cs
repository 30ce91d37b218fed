using Training.Common;

namespace Training.Rosters;

public interface IStaffMemberAppService
{
    Task<PagedResultDto<StaffMemberDto>> GetListAsync(GetStaffListInput input, CancellationToken cancellationToken = default);

    Task<StaffMemberDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<StaffMemberDto> CreateAsync(CreateStaffMemberDto input, CancellationToken cancellationToken = default);

    Task<StaffMemberDto> UpdateAsync(Guid id, UpdateStaffMemberDto input, CancellationToken cancellationToken = default);

    /// <summary>Sets the last active day (default today); the person and its history stay.</summary>
    Task DeactivateAsync(Guid id, DateOnly? lastDay, CancellationToken cancellationToken = default);

    /// <summary>The person's unit history, oldest first.</summary>
    Task<IReadOnlyList<StaffAssignmentDto>> GetAssignmentsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Corrects one period of the history (an admin's action, audited); returns the history as it then is.</summary>
    Task<IReadOnlyList<StaffAssignmentDto>> CorrectAssignmentAsync(Guid id, Guid assignmentId, CorrectStaffAssignmentDto input,
        CancellationToken cancellationToken = default);
}
