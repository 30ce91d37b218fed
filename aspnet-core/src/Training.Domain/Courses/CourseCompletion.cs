namespace Training.Courses;

/// <summary>
/// That a staff member completed a course, and on which date (Asia/Ho_Chi_Minh). Recorded once, in the same transaction
/// as the event that completed it; coverage and certificates read it.
/// </summary>
public class CourseCompletion
{
    private CourseCompletion()
    {
        CourseCode = null!;
    }

    public CourseCompletion(Guid id, Guid staffMemberId, Guid courseId, string courseCode, DateOnly completedOn, Guid? sessionId, DateTimeOffset recordedAt)
    {
        Id = id;
        StaffMemberId = staffMemberId;
        CourseId = courseId;
        CourseCode = courseCode;
        CompletedOn = completedOn;
        SessionId = sessionId;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid StaffMemberId { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public Guid? SessionId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When the certificate it earned was revoked: from then on it never counts, for any date.</summary>
    public DateTimeOffset? VoidedAt { get; private set; }

    public void Void(DateTimeOffset now) => VoidedAt ??= now;
}

/// <summary>A lesson a learner has read.</summary>
public class LessonProgress
{
    private LessonProgress()
    {
    }

    public LessonProgress(Guid staffMemberId, Guid lessonId, Guid courseId, DateTimeOffset readAt)
    {
        StaffMemberId = staffMemberId;
        LessonId = lessonId;
        CourseId = courseId;
        ReadAt = readAt;
    }

    public Guid StaffMemberId { get; private set; }

    public Guid LessonId { get; private set; }

    public Guid CourseId { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }
}
