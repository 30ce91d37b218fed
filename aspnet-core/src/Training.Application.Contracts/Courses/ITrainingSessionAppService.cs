using Training.Common;

namespace Training.Courses;

public interface ITrainingSessionAppService
{
    Task<PagedResultDto<TrainingSessionDto>> GetListAsync(GetSessionListInput input, CancellationToken cancellationToken = default);

    Task<TrainingSessionDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EnrollmentDto>> GetEnrollmentsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<TrainingSessionDto> CreateAsync(CreateSessionDto input, CancellationToken cancellationToken = default);

    Task<EnrollResultDto> EnrollAsync(Guid id, EnrollStaffDto input, CancellationToken cancellationToken = default);

    /// <summary>Enrols the people an .xlsx lists: by national ID (a column headed "Số CCCD", else the first column) for those who
    /// may see national IDs, by the roster's "Mã cán bộ" for everyone else.</summary>
    Task<EnrollResultDto> EnrollFromWorkbookAsync(Guid id, Stream workbook, CancellationToken cancellationToken = default);

    /// <summary>The printable sign-in sheet of one of the session's days, as "pdf" or "xlsx".</summary>
    Task<Training.Documents.FileContentDto> GetSignInSheetAsync(Guid id, DateOnly day, string format, CancellationToken cancellationToken = default);

    Task WithdrawAsync(Guid id, Guid staffMemberId, CancellationToken cancellationToken = default);

    /// <summary>Sets a day's attendance and records the completions it earns, in one transaction.</summary>
    Task<AttendanceResultDto> SetAttendanceAsync(Guid id, AttendanceDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CompletionDto>> GetCompletionsAsync(Guid staffMemberId, CancellationToken cancellationToken = default);
}
