namespace Training.Courses;

/// <summary>Rules of courses that need the database: codes unique across courses, versions of one code, publishing.</summary>
public class CourseManager(ICourseRepository courses, ITrainingSessionRepository sessions, Training.Quizzes.QuizManager quizzes)
{
    public async Task<Course> CreateAsync(string code, Guid createdBy, CancellationToken cancellationToken = default)
    {
        code = (code ?? string.Empty).Trim();
        if (code.Length is 0 or > CourseConsts.MaxCodeLength)
        {
            throw new TrainingException(TrainingErrorCodes.CourseCodeInvalid) { Field = "code" };
        }

        if (await courses.CodeExistsAsync(code, cancellationToken))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.CourseCodeTaken, code);
        }

        var course = new Course(Guid.CreateVersion7(), code, 1, createdBy);
        await courses.InsertAsync(course, cancellationToken);
        return course;
    }

    /// <summary>The course to edit: a draft itself, or for a published course its next draft version (made once).</summary>
    public async Task<Course> GetEditableAsync(Course course, Guid editor, CancellationToken cancellationToken = default)
    {
        if (course.Status == CourseStatus.Draft)
        {
            return course;
        }

        if (await courses.FindDraftAsync(course.Code, cancellationToken) is { } draft)
        {
            return draft;
        }

        // An archived version is history: the next draft starts from the version learners see now.
        var source = course.Status == CourseStatus.Archived
            ? (await courses.GetPublishedAsync(course.Code, course.Id, cancellationToken)).FirstOrDefault() ?? course
            : course;
        var next = source.NextVersion(await courses.GetLatestVersionAsync(course.Code, cancellationToken) + 1, editor);
        await courses.InsertAsync(next, cancellationToken);
        await quizzes.CopyAsync(source, next, cancellationToken);
        return next;
    }

    /// <summary>Publishes the draft, with the final quiz its rule may ask for and draws its bank can fill; the version it
    /// replaces in the catalogue is archived (its enrolments keep it).</summary>
    public async Task PublishAsync(Course course, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (course.Status == CourseStatus.Draft)
        {
            await quizzes.CheckPublishableAsync(course, cancellationToken);
        }

        course.Publish(await sessions.AnyForCourseAsync(course.Id, cancellationToken), now);
        foreach (var older in await courses.GetPublishedAsync(course.Code, course.Id, cancellationToken))
        {
            older.Archive();
        }
    }
}
