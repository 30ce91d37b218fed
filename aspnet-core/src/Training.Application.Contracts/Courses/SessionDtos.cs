using System.ComponentModel.DataAnnotations;
using Training.Common;
using Training.Rosters;

namespace Training.Courses;

/// <param name="CanChange">The caller's scope holds the person: it may withdraw them and mark their attendance; others are read-only.</param>
/// <param name="WaitlistPosition">1 for the first to take a freed place; null for those not waiting.</param>
public sealed record EnrollmentDto(Guid StaffMemberId, string FullName, string UnitName, EnrollmentStatus Status, IReadOnlyList<DateOnly> AttendedDays,
    decimal AttendancePercent, bool CanChange, int? WaitlistPosition);

public sealed record TrainingSessionDto(
    Guid Id,
    Guid CourseId,
    string CourseCode,
    string CourseTitle,
    string Title,
    SessionMode Mode,
    Guid OrganizerUnitId,
    string OrganizerUnitCode,
    string OrganizerUnitName,
    string? Venue,
    string? Trainers,
    int Capacity,
    IReadOnlyList<DateOnly> Days,
    int Enrolled,
    int Waitlisted);

public sealed class CreateSessionDto
{
    public Guid CourseId { get; set; }

    [Required]
    [StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    public SessionMode Mode { get; set; }

    [Required]
    public string OrganizerUnitCode { get; set; } = string.Empty;

    [StringLength(CourseConsts.MaxVenueLength)]
    public string? Venue { get; set; }

    [StringLength(CourseConsts.MaxTrainersLength)]
    public string? Trainers { get; set; }

    [Range(1, CourseConsts.MaxCapacity)]
    public int Capacity { get; set; }

    public List<DateOnly> Days { get; set; } = [];
}

/// <summary>Who to enrol: listed people, or everyone of a unit's subtree (on <see cref="AsOf"/>) in the given roles.</summary>
public sealed class EnrollStaffDto
{
    public List<Guid>? StaffIds { get; set; }

    public string? UnitCode { get; set; }

    public DateOnly? AsOf { get; set; }

    public List<StaffRole>? Roles { get; set; }
}

/// <summary>How many were enrolled, put on the waiting list or skipped (already in, outside the caller's units, or not found);
/// for a file, each row that named no one the caller may enrol, with its Excel row number.</summary>
public sealed record EnrollResultDto(int Enrolled, int Waitlisted, int Skipped)
{
    public IReadOnlyList<Training.Rosters.StaffImportErrorDto> Errors { get; init; } = [];
}

public sealed class AttendanceDto
{
    public DateOnly Date { get; set; }

    public List<Guid> PresentStaffIds { get; set; } = [];
}

public sealed record AttendanceResultDto(DateOnly Date, int Present, int Completed);

public sealed record CompletionDto(Guid CourseId, string CourseCode, DateOnly CompletedOn, Guid? SessionId);

public sealed record GetSessionListInput : PagedInput
{
    public Guid? CourseId { get; init; }
}

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
    Task<(string FileName, string ContentType, byte[] Content)> GetSignInSheetAsync(Guid id, DateOnly day, string format, CancellationToken cancellationToken = default);

    Task WithdrawAsync(Guid id, Guid staffMemberId, CancellationToken cancellationToken = default);

    /// <summary>Sets a day's attendance and records the completions it earns, in one transaction.</summary>
    Task<AttendanceResultDto> SetAttendanceAsync(Guid id, AttendanceDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CompletionDto>> GetCompletionsAsync(Guid staffMemberId, CancellationToken cancellationToken = default);
}

public sealed record CatalogueCourseDto(Guid Id, string Code, string Title, string? Description, int LessonCount, int LessonsRead, bool Completed,
    Guid? ContinueLessonId);

public sealed record CatalogueLessonDto(Guid Id, int Order, string Title, bool Read);

public sealed record CatalogueCourseDetailDto(CatalogueCourseDto Course, IReadOnlyList<CatalogueLessonDto> Lessons);

/// <summary>The learner's side: the published courses for its role, its progress, the lessons.</summary>
public interface ICatalogueAppService
{
    Task<IReadOnlyList<CatalogueCourseDto>> GetCoursesAsync(CancellationToken cancellationToken = default);

    Task<CatalogueCourseDetailDto> GetCourseAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task<LessonDto> GetLessonAsync(Guid lessonId, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetAttachmentAsync(Guid lessonId, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Marks the lesson read (once) and records the course's completion when that completes it.</summary>
    Task<CatalogueCourseDto> MarkLessonReadAsync(Guid lessonId, CancellationToken cancellationToken = default);
}
