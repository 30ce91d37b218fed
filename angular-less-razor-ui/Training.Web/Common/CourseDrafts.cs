using Training.Courses;

namespace Training.Web.Common;

public static class CourseDrafts
{
    /// <summary>After a write to a published course went to its next draft version (a lesson, a question, a quiz, an import),
    /// the page to show is the draft's.</summary>
    public static async Task<Guid> EditableIdAsync(this ICourseAppService courses, Guid id, CancellationToken cancellationToken)
    {
        var course = await courses.GetAsync(id, cancellationToken);
        if (course.Status == CourseStatus.Draft)
        {
            return id;
        }

        var versions = await courses.GetListAsync(new GetCourseListInput { Search = course.Code, Status = CourseStatus.Draft }, cancellationToken);
        return versions.Items.FirstOrDefault(c => c.Code == course.Code)?.Id ?? id;
    }
}
