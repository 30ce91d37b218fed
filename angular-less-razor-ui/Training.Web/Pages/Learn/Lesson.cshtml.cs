using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Courses;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.Learn;

/// <summary>One lesson to read; "I have read it" records the progress and goes on to the next lesson.</summary>
[Authorize(TrainingPermissions.Courses.Learn)]
public class LessonModel(ICatalogueAppService catalogue) : TrainingPageModel
{
    public LessonDto Lesson { get; private set; } = null!;

    public CatalogueCourseDetailDto Course { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Lesson = await catalogue.GetLessonAsync(id, cancellationToken);
        Course = await catalogue.GetCourseAsync(Lesson.CourseId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var progress = await catalogue.MarkLessonReadAsync(id, cancellationToken);
        return progress.LessonsRead < progress.LessonCount && progress.ContinueLessonId is { } next
            ? RedirectToPage("/Learn/Lesson", new { id = next })
            : RedirectToPage("/Learn/Course", new { id = progress.Id });
    }
}
