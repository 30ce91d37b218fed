namespace Training.Courses;

public interface ICourseRepository
{
    Task<Course?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<List<Course>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    Task<Course?> FindByLessonAsync(Guid lessonId, CancellationToken cancellationToken = default);

    Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken = default);

    Task<int> GetLatestVersionAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The draft of the code that is being edited, if there is one.</summary>
    Task<Course?> FindDraftAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The published versions of <paramref name="code"/> other than <paramref name="exceptId"/>.</summary>
    Task<List<Course>> GetPublishedAsync(string code, Guid exceptId, CancellationToken cancellationToken = default);


    /// <summary>The latest published version of every code: the catalogue.</summary>
    Task<List<Course>> GetCatalogueAsync(CancellationToken cancellationToken = default);

    Task InsertAsync(Course course, CancellationToken cancellationToken = default);
}

public interface ITrainingSessionRepository
{
    Task<TrainingSession?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Inside a transaction: waits until no other transaction holds the session's row, and holds it until this one
    /// ends, so that enrolments into the last places are served one at a time on every node.</summary>
    Task LockAsync(Guid id, CancellationToken cancellationToken = default);

    Task<bool> AnyForCourseAsync(Guid courseId, CancellationToken cancellationToken = default);


    /// <summary>The sessions of a course version that hold a place for the person, with their enrolments.</summary>
    Task<List<TrainingSession>> GetEnrolledAsync(Guid courseId, Guid staffMemberId, CancellationToken cancellationToken = default);

    /// <summary>Sessions that have <paramref name="day"/> among their days.</summary>
    Task<List<TrainingSession>> GetHavingDayAsync(DateOnly day, CancellationToken cancellationToken = default);

    Task InsertAsync(TrainingSession session, CancellationToken cancellationToken = default);
}

public interface ICompletionRepository
{
    /// <summary>
    /// Of these people, those a new completion of the course version would repeat on <paramref name="today"/>: who hold one
    /// not voided whose certificate, if any, is neither revoked nor within <see cref="Certificates.CertificateConsts.RenewalDays"/> of expiring.
    /// </summary>
    Task<HashSet<Guid>> GetCompletedStaffAsync(Guid courseId, IReadOnlyCollection<Guid> staffMemberIds, DateOnly today, CancellationToken cancellationToken = default);

    Task<CourseCompletion?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The session's completions not voided.</summary>
    Task<List<CourseCompletion>> GetForSessionAsync(Guid sessionId, CancellationToken cancellationToken = default);

    /// <summary>The person's completion of the course version that holds on <paramref name="completedOn"/>'s day, not voided.</summary>
    Task<CourseCompletion?> FindAsync(Guid staffMemberId, Guid courseId, DateOnly completedOn, CancellationToken cancellationToken = default);

    Task<List<CourseCompletion>> GetForStaffAsync(Guid staffMemberId, CancellationToken cancellationToken = default);

    Task InsertAsync(CourseCompletion completion, CancellationToken cancellationToken = default);

    /// <summary>Of these people, those who passed the course version's final quiz, with the day they first passed it.</summary>
    Task<Dictionary<Guid, DateOnly>> GetFinalQuizPassesAsync(Guid courseId, IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken = default);

    /// <summary>How many lessons of the course each person has read.</summary>
    Task<Dictionary<Guid, int>> CountLessonsReadAsync(Guid courseId, IReadOnlyCollection<Guid> staffMemberIds, CancellationToken cancellationToken = default);

    Task<List<LessonProgress>> GetProgressAsync(Guid staffMemberId, CancellationToken cancellationToken = default);

    Task AddProgressAsync(LessonProgress progress, CancellationToken cancellationToken = default);
}
