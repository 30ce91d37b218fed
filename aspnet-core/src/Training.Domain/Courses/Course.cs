using Training.Rosters;

namespace Training.Courses;

/// <summary>
/// A course (khoá học) in one version. Authored as a draft; published once it has content and a completion rule; a
/// published course is changed by making the next draft version of the same code, and those already enrolled keep the
/// version they started.
/// </summary>
public class Course
{
    private readonly List<Lesson> _lessons = [];

    private Course()
    {
        Code = null!;
        Title = null!;
        Rule = null!;
    }

    internal Course(Guid id, string code, int version, Guid createdBy)
    {
        Id = id;
        Code = code.Trim();
        Version = version;
        CreatedBy = createdBy;
        Title = string.Empty;
        Rule = new CompletionRule(false, 100, false);
        Status = CourseStatus.Draft;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public int Version { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The staff roles it is meant for; none means everyone.</summary>
    public IReadOnlyList<StaffRole> AudienceRoles { get; private set; } = [];

    public CompletionRule Rule { get; private set; }

    /// <summary>Whether completing it earns a certificate (giấy chứng nhận).</summary>
    public bool IssuesCertificate { get; private set; }

    /// <summary>How long its certificates stay valid; null: for ever.</summary>
    public int? CertificateValidityMonths { get; private set; }

    /// <summary>Whether completing it counts toward the coverage plans' targets.</summary>
    public bool QualifiesForCoverage { get; private set; }

    public CourseStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    public IReadOnlyList<Lesson> Lessons => _lessons.OrderBy(l => l.Order).ToList();

    /// <summary>
    /// Changes with every write to the version's question bank or quizzes, and when it is published: two such writes at
    /// once, or one racing the publication, end in one winner and a 409 instead of a bank changed after publication, two
    /// final quizzes or two questions in one place.
    /// </summary>
    public Guid BankStamp { get; private set; }

    /// <summary>Kept with the course so that a list of courses never reads their lessons.</summary>
    public int LessonCount { get; private set; }

    public bool IsFor(StaffRole role) => AudienceRoles.Count == 0 || AudienceRoles.Contains(role);

    /// <summary>The attachments of all its lessons: the only images a lesson body of this course may show.</summary>
    public IReadOnlySet<Guid> AttachmentIds() => _lessons.SelectMany(l => l.Attachments).Select(a => a.Id).ToHashSet();

    /// <summary>Sanitises again the lessons stored under older rules (<see cref="CourseConsts.LessonSanitizerVersion"/>),
    /// published or not; <paramref name="sanitise"/> takes a body and the course's attachment ids.</summary>
    public void SanitiseLessonsAgain(Func<string, IReadOnlySet<Guid>, string> sanitise)
    {
        var attachmentIds = AttachmentIds();
        foreach (var lesson in _lessons.Where(l => l.SanitizerVersion < CourseConsts.LessonSanitizerVersion))
        {
            lesson.SanitiseAgain(sanitise(lesson.Body, attachmentIds));
        }
    }

    public void Describe(string title, string? description, IEnumerable<StaffRole> audienceRoles, CompletionRule rule, int? certificateValidityMonths,
        bool qualifiesForCoverage, bool issuesCertificate)
    {
        EnsureDraft();
        title = (title ?? string.Empty).Trim();
        if (title.Length is 0 or > CourseConsts.MaxTitleLength)
        {
            throw new TrainingException(TrainingErrorCodes.CourseTitleRequired) { Field = "title" };
        }

        if (rule.MinAttendancePercent is < 1 or > 100)
        {
            throw new TrainingException(TrainingErrorCodes.CourseAttendancePercentInvalid) { Field = "completionRule.minAttendancePercent" };
        }

        if (certificateValidityMonths is < 1 or > 600)
        {
            throw new TrainingException(TrainingErrorCodes.CourseCertificateValidityInvalid) { Field = "certificateValidityMonths" };
        }

        Title = title;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        AudienceRoles = audienceRoles.Distinct().Order().ToList();
        if (AudienceRoles.Any(r => !Enum.IsDefined(r)))
        {
            throw new TrainingException(TrainingErrorCodes.StaffRoleUnknown) { Field = "audienceRoles" };
        }
        Rule = rule;
        IssuesCertificate = issuesCertificate;
        CertificateValidityMonths = certificateValidityMonths;
        QualifiesForCoverage = qualifiesForCoverage;
    }

    /// <summary>Adds a lesson at the end; its body must already be sanitised (see <c>LessonContent</c>).</summary>
    public Lesson AddLesson(string title, string sanitisedBody, string? videoUrl)
    {
        EnsureDraft();
        var lesson = new Lesson(Guid.CreateVersion7(), Id, _lessons.Count == 0 ? 1 : _lessons.Max(l => l.Order) + 1, title, sanitisedBody, videoUrl);
        _lessons.Add(lesson);
        LessonCount = _lessons.Count;
        return lesson;
    }

    public void UpdateLesson(Guid lessonId, string title, string sanitisedBody, string? videoUrl)
    {
        EnsureDraft();
        (_lessons.FirstOrDefault(l => l.Id == lessonId) ?? throw TrainingException.NotFound(TrainingErrorCodes.LessonNotFound)).Change(title, sanitisedBody, videoUrl);
    }

    /// <summary>Attaches a stored file to a lesson of the draft.</summary>
    public LessonAttachment Attach(Guid lessonId, Guid blobId, string fileName, string contentType, long size)
    {
        EnsureDraft();
        return (_lessons.FirstOrDefault(l => l.Id == lessonId) ?? throw TrainingException.NotFound(TrainingErrorCodes.LessonNotFound))
            .Attach(blobId, fileName, contentType, size);
    }

    /// <summary>Publishes the draft: it needs lessons or a session to teach through, and a completion rule that can be met (the
    /// final quiz a rule asks for is <see cref="CourseManager.PublishAsync"/>'s to check).</summary>
    public void Publish(bool hasSessions, DateTimeOffset now)
    {
        EnsureDraft();
        if (_lessons.Count == 0 && !hasSessions)
        {
            throw new TrainingException(TrainingErrorCodes.CourseHasNoContent);
        }

        if (Rule.IsEmpty || (Rule.AllLessons && _lessons.Count == 0))
        {
            throw new TrainingException(TrainingErrorCodes.CourseRuleEmpty);
        }

        Status = CourseStatus.Published;
        PublishedAt = now;
        BankStamp = Guid.NewGuid();
    }

    public void Archive() => Status = CourseStatus.Archived;

    /// <summary>A write to the draft's bank or quizzes is about to be saved (see <see cref="BankStamp"/>).</summary>
    internal void TouchBank()
    {
        EnsureDraft();
        BankStamp = Guid.NewGuid();
    }

    /// <summary>The next draft version: same code and content, to be edited and published in its turn.</summary>
    internal Course NextVersion(int version, Guid createdBy)
    {
        var next = new Course(Guid.CreateVersion7(), Code, version, createdBy);
        next.Describe(Title, Description, AudienceRoles, Rule, CertificateValidityMonths, QualifiesForCoverage, IssuesCertificate);
        var copiedAttachments = new Dictionary<Guid, Guid>();
        foreach (var lesson in Lessons)
        {
            var copy = next.AddLesson(lesson.Title, lesson.Body, lesson.VideoUrl);
            foreach (var attachment in lesson.Attachments)
            {
                copiedAttachments[attachment.Id] = copy.Attach(attachment.BlobId, attachment.FileName, attachment.ContentType, attachment.Size).Id;
            }
        }

        // The copies' attachments have ids of their own, and a body may show an image of any lesson of the course.
        foreach (var copy in next._lessons)
        {
            copy.Change(copy.Title, copiedAttachments.Aggregate(copy.Body, (body, ids) =>
                body.Replace(LessonAttachment.ReferenceScheme + ids.Key, LessonAttachment.ReferenceScheme + ids.Value, StringComparison.Ordinal)), copy.VideoUrl);
        }

        return next;
    }

    private void EnsureDraft()
    {
        if (Status != CourseStatus.Draft)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.CourseNotDraft);
        }
    }
}
