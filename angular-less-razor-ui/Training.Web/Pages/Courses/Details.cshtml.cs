using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Identity;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Courses;

/// <summary>A course: its lessons, adding one, publishing the draft.</summary>
[Authorize(TrainingPermissions.Courses.Default)]
[RequestSizeLimit(AttachmentTypes.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentTypes.MaxBytes + (1024 * 1024))]
public class DetailsModel(ICourseAppService courses, IQuestionAppService questions, IQuizAppService quizzes, IPermissionChecker permissions) : TrainingPageModel
{
    public CourseDto Course { get; private set; } = null!;

    public IReadOnlyList<LessonDto> Lessons { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool CanPublish { get; private set; }

    public bool CanAuthorQuizzes { get; private set; }

    /// <summary>The bank's categories, parents first.</summary>
    public IReadOnlyList<QuestionCategoryDto> Categories { get; private set; } = [];

    public int QuestionCount => Categories.Sum(c => c.Count);

    public IReadOnlyList<QuizDto> Quizzes { get; private set; } = [];

    [BindProperty]
    public SaveLessonDto Lesson { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostLessonAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await RunAsync(() => courses.AddLessonAsync(id, Lesson, cancellationToken)))
        {
            return RedirectToPage(new { id = await courses.EditableIdAsync(id, cancellationToken) });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, Guid lessonId, IFormFile? file, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        if (file is not null && file.Length <= AttachmentTypes.MaxBytes)
        {
            await file.CopyToAsync(content, cancellationToken);
        }

        if (await RunAsync(() => courses.AttachAsync(id, lessonId, file?.FileName ?? string.Empty, content.ToArray(), cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => courses.PublishAsync(id, cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Course = await courses.GetAsync(id, cancellationToken);
        Lessons = await courses.GetLessonsAsync(id, cancellationToken);
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        CanAuthorQuizzes = await permissions.IsGrantedAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
        Categories = await questions.GetCategoriesAsync(id, cancellationToken);
        Quizzes = await quizzes.GetListAsync(id, cancellationToken);
        CanPublish = Course.Status == CourseStatus.Draft && await permissions.IsGrantedAsync(TrainingPermissions.Courses.Publish, cancellationToken);
    }
}
